/// Replaces ill-formed UTF-8 with U+FFFD (one per maximal invalid subpart, as Unicode recommends)
/// and reports how many replacements were made and where the first one was.
public struct UTF8Repair: Sendable, Equatable {
    /// The repaired bytes: always well-formed UTF-8.
    public var bytes: [UInt8]
    /// How many U+FFFD were written.
    public var replacements: Int
    /// Byte offset (in the input) of the first ill-formed sequence, if any.
    public var firstInvalidOffset: Int?

    /// Repairs `input`. Linear time; well-formed input is copied unchanged.
    public init(_ input: UnsafeBufferPointer<UInt8>) {
        if let clean = Self.wellFormedPrefix(input), clean == input.count {
            bytes = Array(input)
            replacements = 0
            firstInvalidOffset = nil
            return
        }
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var count = 0
        var first: Int? = nil
        let n = input.count
        var i = 0
        while i < n {
            let b = input[i]
            if b < 0x80 {
                out.append(b)
                i += 1
                continue
            }
            let len = UTF8Scalar.sequenceLength(b)
            if len > 1, i + len <= n, UTF8Scalar.decode(input, at: i, length: len) != nil {
                out.append(contentsOf: input[i..<(i + len)])
                i += len
                continue
            }
            // Maximal subpart: the lead byte plus the continuation bytes that could still follow it.
            if first == nil { first = i }
            count += 1
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            i += Self.maximalSubpart(input, at: i)
        }
        bytes = out
        replacements = count
        firstInvalidOffset = first
    }

    public init(_ input: [UInt8]) {
        self = input.withUnsafeBufferPointer { UTF8Repair($0) }
    }

    /// Whether `p` is well-formed UTF-8 (what `String(validating:as:)` accepts), without copying it.
    public static func isWellFormed(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        wellFormedPrefix(p) == p.count
    }

    /// How many bytes from the start are well-formed (a fast validating scan).
    static func wellFormedPrefix(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let len = UTF8Scalar.sequenceLength(b)
            guard len > 1, i + len <= n, UTF8Scalar.decode(p, at: i, length: len) != nil else { return i }
            i += len
        }
        return n
    }

    /// The number of bytes of the ill-formed sequence starting at `i` (at least 1).
    static func maximalSubpart(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = p[i]
        let len = UTF8Scalar.sequenceLength(b)
        guard len > 1 else { return 1 }
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch b {
        case 0xE0: lo = 0xA0
        case 0xED: hi = 0x9F
        case 0xF0: lo = 0x90
        case 0xF4: hi = 0x8F
        default: break
        }
        var j = i + 1
        var k = 1
        while k < len, j < p.count {
            let c = p[j]
            if k == 1 {
                guard c >= lo, c <= hi else { break }
            } else {
                guard c & 0xC0 == 0x80 else { break }
            }
            j += 1
            k += 1
        }
        return max(1, j - i)
    }
}
