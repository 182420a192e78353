import ArabicText
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file or standard input in pieces that end at a safe boundary (a line break; in a very long
/// line, a space; at worst a character boundary), repairing ill-formed UTF-8, so that a 500 MB input
/// never sits in memory whole.
struct ChunkedInput {
    let path: String
    let strict: Bool
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var eof = false
    /// Bytes of the input consumed so far (offsets in errors are input offsets).
    private(set) var inputOffset = 0
    /// U+FFFD written for ill-formed bytes so far, and where the first one was.
    private(set) var replacements = 0
    private(set) var firstInvalidOffset: Int?

    static let blockSize = 1 << 20
    static let maxLineChunk = 4 << 20

    init(path: String, strict: Bool) throws {
        self.path = path
        self.strict = strict
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let h = FileHandle(forReadingAtPath: path) else {
                throw CLIError("\(path): cannot open the file")
            }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                throw CLIError("\(path): is a directory")
            }
            handle = h
        }
    }

    var displayName: String { path == "-" ? "<stdin>" : path }

    /// The next piece of well-formed UTF-8, or nil at the end.
    mutating func next() throws -> [UInt8]? {
        while true {
            if let cut = cutPoint() {
                let piece = Array(buffer[0..<cut])
                buffer.removeFirst(cut)
                return try repair(piece)
            }
            if eof {
                guard !buffer.isEmpty else { return nil }
                let piece = buffer
                buffer = []
                return try repair(piece)
            }
            let data = try readBlock()
            if data.isEmpty { eof = true } else { buffer.append(contentsOf: data) }
        }
    }

    private func readBlock() throws -> Data {
        do {
            return try handle.read(upToCount: Self.blockSize) ?? Data()
        } catch {
            throw CLIError("\(displayName): read failed at byte \(inputOffset + buffer.count): \(error.localizedDescription)")
        }
    }

    /// Where to cut the buffer now, if a piece is ready.
    private func cutPoint() -> Int? {
        guard buffer.count >= Self.blockSize || (eof && !buffer.isEmpty) else { return nil }
        if eof { return nil }
        if let nl = buffer.lastIndex(of: 0x0A) { return nl + 1 }
        guard buffer.count >= Self.maxLineChunk else { return nil }
        if let sp = buffer.lastIndex(of: 0x20) { return sp + 1 }
        var i = buffer.count - 1
        while i > 0 && buffer[i] & 0xC0 == 0x80 { i -= 1 }
        return i > 0 ? i : buffer.count
    }

    private mutating func repair(_ piece: [UInt8]) throws -> [UInt8] {
        defer { inputOffset += piece.count }
        let r = UTF8Repair(piece)
        if r.replacements > 0 {
            let at = inputOffset + (r.firstInvalidOffset ?? 0)
            if strict { throw CLIError("\(displayName): byte \(at): invalid UTF-8") }
            if firstInvalidOffset == nil { firstInvalidOffset = at }
            replacements += r.replacements
        }
        return r.bytes
    }

    /// The one-line warning about replaced bytes, if any.
    var repairWarning: String? {
        guard replacements > 0, let at = firstInvalidOffset else { return nil }
        return "khabar: \(displayName): replaced \(replacements) invalid UTF-8 sequence(s) with U+FFFD (first at byte \(at))"
    }
}

/// Buffered standard output over bytes.
struct ByteWriter {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 17) }

    @inline(__always)
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    @inline(__always)
    mutating func write<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { p in
            var done = 0
            while done < p.count {
                let n = Glibc.write(1, p.baseAddress! + done, p.count - done)
                if n <= 0 { break }  // a closed pipe: nothing more to say
                done += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
