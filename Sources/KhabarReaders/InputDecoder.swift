import Foundation

/// Turns an input's bytes into text, refusing what is not text.
///
/// Rules: a UTF-8 BOM is dropped; UTF-16 (BOM LE/BE) is decoded; a NUL byte in the first 8 KiB, or a
/// known binary signature (PDF, ZIP, gzip, PNG, JPEG, GIF, ELF, SQLite), means "binary"; otherwise
/// the bytes are read as UTF-8 with ill-formed sequences replaced by U+FFFD, and refused as "not
/// UTF-8" when more than 2 % of the non-ASCII sequences were ill-formed (a legacy encoding).
public enum InputDecoder {
    public static func decode(_ bytes: [UInt8], input: String) throws -> String {
        String(decoding: try utf8(bytes, input: input), as: UTF8.self)
    }

    /// The input as UTF-8 bytes (BOM dropped, UTF-16 converted), ill-formed sequences left for the
    /// readers' `String(decoding:)` to replace.
    public static func utf8(_ bytes: [UInt8], input: String) throws -> [UInt8] {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let s = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else {
                throw ReaderError(input: input, message: "invalid UTF-16 text")
            }
            return Array(s.utf8)
        }
        try checkNotBinary(bytes, input: input)
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        // Fast path: the standard library's validation; the counting pass only for ill-formed input.
        if UTF8Check.isValid(body) { return body }
        let repaired = UTF8Check(body)
        if repaired.invalid > 0 && repaired.invalid * 50 > repaired.nonASCII {
            throw ReaderError(
                input: input, message: "not UTF-8 text (\(repaired.invalid) ill-formed sequences; a legacy encoding?)",
                byteOffset: repaired.firstInvalid)
        }
        return body
    }

    /// Throws for a known binary signature or a NUL byte in the first 8 KiB (UTF-16 excepted).
    public static func checkNotBinary(_ bytes: [UInt8], input: String) throws {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return }
        if let kind = binarySignature(bytes) {
            throw ReaderError(input: input, message: "binary file (\(kind)), not text")
        }
        let nul: Int? = bytes.withUnsafeBufferPointer { p -> Int? in
            guard let base = p.baseAddress, let hit = memchr(base, 0, min(p.count, 8192)) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
        if let nul {
            throw ReaderError(input: input, message: "binary file (NUL byte), not text", byteOffset: nul)
        }
    }

    static let signatures: [([UInt8], String)] = [
            (Array("%PDF".utf8), "PDF"), ([0x50, 0x4B, 0x03, 0x04], "ZIP"), ([0x1F, 0x8B], "gzip"),
            ([0x89, 0x50, 0x4E, 0x47], "PNG"), ([0xFF, 0xD8, 0xFF], "JPEG"), (Array("GIF8".utf8), "GIF"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF"), (Array("SQLite format 3".utf8), "SQLite"),
    ]

    static func binarySignature(_ b: [UInt8]) -> String? {
        signatures.first { b.starts(with: $0.0) }?.1
    }
}

/// Counts ill-formed UTF-8 sequences (one pass, no copy).
struct UTF8Check {
    /// Whether `bytes` is well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no surrogates,
    /// nothing above U+10FFFF), the same answer as `String(validating:as:)` without building a String.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            while i < n {
                let b = p[i]
                if b < 0x80 { i += 1; continue }
                @inline(__always) func isContinuation(_ k: Int) -> Bool { k < n && p[k] & 0xC0 == 0x80 }
                switch b {
                case 0xC2...0xDF:
                    guard isContinuation(i + 1) else { return false }
                    i += 2
                case 0xE0...0xEF:
                    // Second byte range: A0–BF after E0 (no overlong), 80–9F after ED (no surrogate).
                    guard i + 1 < n else { return false }
                    let lo: UInt8 = b == 0xE0 ? 0xA0 : 0x80, hi: UInt8 = b == 0xED ? 0x9F : 0xBF
                    guard p[i + 1] >= lo, p[i + 1] <= hi, isContinuation(i + 2) else { return false }
                    i += 3
                case 0xF0...0xF4:
                    // Second byte range: 90–BF after F0 (no overlong), 80–8F after F4 (≤ U+10FFFF).
                    guard i + 1 < n else { return false }
                    let lo: UInt8 = b == 0xF0 ? 0x90 : 0x80, hi: UInt8 = b == 0xF4 ? 0x8F : 0xBF
                    guard p[i + 1] >= lo, p[i + 1] <= hi, isContinuation(i + 2), isContinuation(i + 3) else { return false }
                    i += 4
                default:
                    return false
                }
            }
            return true
        }
    }

    var invalid = 0
    var nonASCII = 0
    var firstInvalid: Int?

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                let b = p[i]
                if b < 0x80 { i += 1; continue }
                nonASCII += 1
                let len: Int = b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0
                var ok = len > 0 && i + len <= n
                if ok { for k in 1..<len where p[i + k] & 0xC0 != 0x80 { ok = false } }
                if ok {
                    i += len
                } else {
                    invalid += 1
                    if firstInvalid == nil { firstInvalid = i }
                    i += 1
                }
            }
        }
    }
}
