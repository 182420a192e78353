import ArabicText

/// What a token of ``TokenStream`` is.
enum TokenClass: Sendable {
    case word, punctuation, newline
}

/// One token over the text's Unicode scalars, with its search-normalized key (words only).
struct QToken: Sendable {
    var range: Range<Int>
    var cls: TokenClass
    /// The punctuation scalar, or the first scalar of a word.
    var first: Unicode.Scalar
    /// `ArabicNormalizer(.search)` form for words; the scalar itself for punctuation.
    var key: WordKey
    /// The word's form in ``CueLexicon`` (index into ``CueLexicon/forms``), or -1: looked up once here,
    /// since every rule asks it.
    var cue: Int32 = -1
}

/// The text as scalars plus a flat token list for the quote rules: ``ArabicTokenizer`` tokens (words, numbers,
/// hashtags, URLs become `word`; punctuation and symbols `punctuation`) with a `newline` token for every line
/// break between them, since paragraphs bound quotations. Offsets are Unicode scalar indices.
///
/// Built in a few linear passes over bytes: the scalars and their UTF-8 offsets are decoded once; the keys
/// of all words are normalized in one ``ArabicNormalizer`` call over the words joined by 0xFF (a byte that
/// never occurs in UTF-8, which the normalizer copies through, and normalization is per scalar, so the
/// output splits back at 0xFF into the key of each word).
struct TokenStream: Sendable {
    let scalars: [Unicode.Scalar]
    let tokens: [QToken]
    /// The text's UTF-8 bytes, and the byte offset of every scalar (plus the end), for ``text(_:)``.
    let utf8: [UInt8]
    let utf8Offsets: [Int32]

    /// - Parameter tokens: the `ArabicTokenizer(.khabar)` tokens of `text` if already made, else nil.
    init(_ text: String, tokens given: [Token]? = nil) {
        var text = text
        let utf8 = text.withUTF8 { Array($0) }
        // Scalars and their byte offsets (the text is well-formed UTF-8, as every String is).
        var count = 0
        let offsets = [Int32](unsafeUninitializedCapacity: utf8.count + 1) { out, n in
            utf8.withUnsafeBufferPointer { p in
                var i = 0
                while i < p.count {
                    out[count] = Int32(i)
                    count += 1
                    let b = p[i]
                    i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                }
                out[count] = Int32(p.count)
            }
            n = count + 1
        }
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, n in
            utf8.withUnsafeBufferPointer { p in
                for k in 0..<count {
                    let i = Int(offsets[k])
                    let b = p[i]
                    var v = UInt32(b)
                    if b >= 0xF0 {
                        v = UInt32(b & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                            | UInt32(p[i + 3] & 0x3F)
                    } else if b >= 0xE0 {
                        v = UInt32(b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                    } else if b >= 0x80 {
                        v = UInt32(b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                    }
                    out.initializeElement(at: k, to: Unicode.Scalar(v).unsafelyUnwrapped)
                }
            }
            n = count
        }
        self.scalars = scalars
        self.utf8 = utf8
        self.utf8Offsets = offsets

        let found = given ?? ArabicTokenizer(.khabar).tokenize(text)
        // All word keys at once (see the type's documentation).
        var joined: [UInt8] = []
        joined.reserveCapacity(utf8.count + found.count)
        for t in found where t.kind != .punctuation && t.kind != .symbol {
            joined.append(contentsOf: utf8[t.utf8Range])
            joined.append(0xFF)
        }
        var keys: [UInt8] = []
        keys.reserveCapacity(joined.count + 16)
        joined.withUnsafeBufferPointer { ArabicNormalizer(.search).normalize($0, into: &keys) }

        let lexicon = CueLexicon.shared
        var tokens: [QToken] = []
        tokens.reserveCapacity(found.count + found.count / 8)
        var previousEnd = 0
        func newlines(upTo end: Int) {
            var k = previousEnd
            while k < end {
                if scalars[k] == "\n" { tokens.append(QToken(range: k..<k + 1, cls: .newline, first: "\n", key: "\n")) }
                k += 1
            }
        }
        keys.withUnsafeBufferPointer { keyBytes in
            var keyStart = 0
            for t in found {
                let r = t.scalarRange
                newlines(upTo: r.lowerBound)
                previousEnd = r.upperBound
                let first = scalars[r.lowerBound]
                switch t.kind {
                case .punctuation, .symbol:
                    let key = utf8.withUnsafeBufferPointer { WordKey(bytes: UnsafeBufferPointer(rebasing: $0[t.utf8Range])) }
                    tokens.append(QToken(range: r, cls: .punctuation, first: first, key: key))
                default:
                    var keyEnd = keyStart
                    while keyBytes[keyEnd] != 0xFF { keyEnd += 1 }
                    let bytes = UnsafeBufferPointer(rebasing: keyBytes[keyStart..<keyEnd])
                    let key = WordKey(bytes: bytes)
                    keyStart = keyEnd + 1
                    tokens.append(
                        QToken(range: r, cls: .word, first: first, key: key, cue: lexicon.index(of: key, bytes: bytes)))
                }
            }
        }
        newlines(upTo: scalars.count)
        self.tokens = tokens
    }

    /// A full stop right after a one-letter word is an initial or abbreviation (د. سامي، أمير س.), not a
    /// sentence end.
    func isInitialStop(_ j: Int) -> Bool {
        guard tokens[j].first == ".", j > 0 else { return false }
        let prev = tokens[j - 1]
        return prev.cls == .word && prev.range.count == 1 && prev.range.upperBound == tokens[j].range.lowerBound
    }

    /// The surface text of a scalar range.
    func text(_ range: Range<Int>) -> String {
        String(decoding: utf8[Int(utf8Offsets[range.lowerBound])..<Int(utf8Offsets[range.upperBound])], as: UTF8.self)
    }

    /// A span from token `a` through token `b` (inclusive), or nil when empty.
    func span(tokens a: Int, _ b: Int) -> TextSpan? {
        guard a <= b, a >= 0, b < tokens.count else { return nil }
        let r = tokens[a].range.lowerBound..<tokens[b].range.upperBound
        return TextSpan(start: r.lowerBound, end: r.upperBound, text: text(r))
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || s.value == 0x200B || s.value == 0x200C || s.value == 0x200D
            || s.value == 0x200E || s.value == 0x200F || s.value == 0xFEFF || s.value == 0x061C
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x30 && s.value <= 0x39) || (s.value >= 0x660 && s.value <= 0x669)
            || (s.value >= 0x6F0 && s.value <= 0x6F9)
    }

    /// Letters, digits and marks: what makes a quotation mark's neighbour "inside a word".
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            return (s.value >= 0x30 && s.value <= 0x39) || (s.value >= 0x41 && s.value <= 0x5A)
                || (s.value >= 0x61 && s.value <= 0x7A) || s == "_" || s == "#" || s == "@"
        }
        if s.value >= 0x0600 && s.value <= 0x06FF {
            // Arabic block: everything but its punctuation (، ؛ ؟ ٪ ۔ and friends).
            switch s.value {
            case 0x060C, 0x060D, 0x061B, 0x061F, 0x066A, 0x066D, 0x06D4: return false
            default: return true
            }
        }
        let p = s.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .decimalNumber
    }
}
