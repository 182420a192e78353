/// What a token is.
public enum TokenKind: String, Sendable, CaseIterable, Codable {
    /// Arabic-script letters with their marks (and tatweel).
    case arabicWord = "arabic"
    /// Latin-script letters (with internal apostrophes).
    case latinWord = "latin"
    /// Letters of any other script.
    case otherWord = "word"
    /// Digits in any script, with internal separators and a trailing percent sign: 2022, ٢٫٥, 1,000, 3.5%.
    case number
    /// One punctuation mark (an ellipsis `...` is one token).
    case punctuation
    /// http(s):// or www. address.
    case url
    case email
    /// `#word`
    case hashtag
    /// `@name`
    case mention
    /// Anything else that is not space: currency and math signs, emoji.
    case symbol

    /// Whether the token carries words (Arabic, Latin or other letters).
    public var isWord: Bool { self == .arabicWord || self == .latinWord || self == .otherWord }
}

/// A token: a kind and where it stands in the original text, as UTF-8 byte offsets and as Unicode
/// scalar (code point) offsets, both half-open.
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    public var utf8Range: Range<Int>
    public var scalarRange: Range<Int>

    public init(kind: TokenKind, utf8Range: Range<Int>, scalarRange: Range<Int>) {
        self.kind = kind
        self.utf8Range = utf8Range
        self.scalarRange = scalarRange
    }

    /// The token's text in `text` (the string it was produced from).
    public func text(in text: String) -> String {
        let u = text.utf8
        let a = u.index(u.startIndex, offsetBy: utf8Range.lowerBound)
        let b = u.index(a, offsetBy: utf8Range.count)
        return String(text[a..<b])
    }
}

/// Counts scalars while a cursor moves forward through UTF-8, so that byte offsets can be turned into
/// scalar offsets in one pass (a scalar starts at every byte that is not a continuation byte).
struct ScalarCounter {
    private(set) var byte = 0
    private(set) var scalar = 0

    init(byte: Int = 0, scalar: Int = 0) {
        self.byte = byte
        self.scalar = scalar
    }

    /// The scalar offset of byte offset `to` (which must not be before the last one asked).
    @inline(__always)
    mutating func scalarOffset(_ p: UnsafeBufferPointer<UInt8>, at to: Int) -> Int {
        var i = byte
        var s = scalar
        // Eight bytes at a time: a continuation byte is 10xxxxxx.
        if let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= to {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let continuation = w & ~(w << 1) & 0x8080_8080_8080_8080
                s += 8 - continuation.nonzeroBitCount
                i += 8
            }
        }
        while i < to {
            if p[i] & 0xC0 != 0x80 { s += 1 }
            i += 1
        }
        byte = to
        scalar = s
        return s
    }
}

/// Decodes the scalar at a byte offset; an ill-formed byte reads as U+FFFD of length 1.
@inline(__always)
func decodeScalar(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (cp: UInt32, len: Int) {
    let b = p[i]
    if b < 0x80 { return (UInt32(b), 1) }
    let len = UTF8Scalar.sequenceLength(b)
    if len > 1, i + len <= p.count, let cp = UTF8Scalar.decode(p, at: i, length: len) { return (cp, len) }
    return (0xFFFD, 1)
}
