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
    var key: String
}

/// The text as scalars plus a flat token list: words (letters, digits, marks, tatweel, `#`, `_`, and
/// digit-internal `.`/`,`), single punctuation scalars, and newlines. Whitespace is dropped.
///
/// This is the quote extractor's own light view of the text; the offsets are Unicode scalar indices.
struct TokenStream: Sendable {
    let scalars: [Unicode.Scalar]
    let tokens: [QToken]

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        let normalizer = ArabicNormalizer(.search)
        var tokens: [QToken] = []
        tokens.reserveCapacity(scalars.count / 4)
        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if s == "\n" {
                tokens.append(QToken(range: i..<i + 1, cls: .newline, first: s, key: "\n"))
                i += 1
            } else if Self.isSpace(s) {
                i += 1
            } else if Self.isWordScalar(s) {
                let start = i
                i += 1
                while i < n {
                    let c = scalars[i]
                    if Self.isWordScalar(c) {
                        i += 1
                    } else if (c == "." || c == "," || c == "٫") && i + 1 < n && Self.isDigit(scalars[i + 1])
                        && Self.isDigit(scalars[i - 1])
                    {
                        i += 1
                    } else {
                        break
                    }
                }
                var raw = String.UnicodeScalarView()
                raw.append(contentsOf: scalars[start..<i])
                let key = normalizer.normalize(String(raw))
                tokens.append(QToken(range: start..<i, cls: .word, first: s, key: key))
            } else {
                tokens.append(QToken(range: i..<i + 1, cls: .punctuation, first: s, key: String(s)))
                i += 1
            }
        }
        self.tokens = tokens
    }

    /// The surface text of a scalar range.
    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
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
