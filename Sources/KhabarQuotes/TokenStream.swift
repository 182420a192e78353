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

/// The text as scalars plus a flat token list for the quote rules: ``ArabicTokenizer`` tokens (words, numbers,
/// hashtags, URLs become `word`; punctuation and symbols `punctuation`) with a `newline` token for every line
/// break between them, since paragraphs bound quotations. Offsets are Unicode scalar indices.
struct TokenStream: Sendable {
    let scalars: [Unicode.Scalar]
    let tokens: [QToken]

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        let normalizer = ArabicNormalizer(.search)
        let found = ArabicTokenizer(.khabar).tokenize(text)
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
        for t in found {
            let r = t.scalarRange
            newlines(upTo: r.lowerBound)
            previousEnd = r.upperBound
            let first = scalars[r.lowerBound]
            switch t.kind {
            case .punctuation, .symbol:
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[r])
                tokens.append(QToken(range: r, cls: .punctuation, first: first, key: String(view)))
            default:
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[r])
                tokens.append(QToken(range: r, cls: .word, first: first, key: normalizer.normalize(String(view))))
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
