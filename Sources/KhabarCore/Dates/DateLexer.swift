/// One lexeme of the date lexer: a word (folded), a number (Western, Arabic-Indic or Persian digits)
/// or a single punctuation scalar, with its scalar range in the text.
struct DateLexeme {
    enum Kind { case word, number, punct }

    var kind: Kind
    var start: Int
    var end: Int
    /// The folded word, or the punctuation scalar as a string; empty for numbers.
    var word: String
    /// The word's form in ``ArabicDateNames/vocabulary`` — itself, or without one or two leading
    /// clitics (و ف ب ل) — or `nil` when it is not a date word.
    var key: String?
    /// The number's value and digit count (numbers only).
    var number: Int = 0
    var digits: Int = 0
}

/// Splits text into the lexemes date recognition looks at.
///
/// Rules: Arabic letters (U+0621–U+064A, U+066E–U+06D3) and ASCII letters form words, with harakat
/// (U+064B–U+0652), dagger alef (U+0670) and tatweel (U+0640) dropped inside them; أ إ آ ٱ fold to ا,
/// ة to ه, ى to ي. Runs of digits 0–9, ٠–٩ (U+0660–U+0669) and ۰–۹ (U+06F0–U+06F9) form numbers
/// (at most 9 digits are valued). Whitespace separates; any other scalar is one punctuation lexeme.
enum DateLexer {
    static func lex(_ text: String) -> [DateLexeme] {
        var out: [DateLexeme] = []
        var word = String.UnicodeScalarView()
        var wordStart = -1, numberStart = -1, number = 0, digits = 0
        var i = 0
        func flushWord(_ end: Int) {
            if wordStart >= 0 {
                let w = String(word)
                out.append(DateLexeme(kind: .word, start: wordStart, end: end, word: w, key: vocabularyKey(w, word)))
                word.removeAll(keepingCapacity: true)
                wordStart = -1
            }
        }
        func flushNumber(_ end: Int) {
            if numberStart >= 0 {
                out.append(DateLexeme(kind: .number, start: numberStart, end: end, word: "", number: number, digits: digits))
                numberStart = -1
                number = 0
                digits = 0
            }
        }
        for s in text.unicodeScalars {
            let v = s.value
            if (0x064B...0x0652).contains(v) || v == 0x0670 || v == 0x0640 {
                // Marks inside a word are dropped; elsewhere ignored.
            } else if let d = digit(v) {
                flushWord(i)
                if numberStart < 0 { numberStart = i }
                if digits < 9 { number = number * 10 + d }
                digits += 1
            } else if isWordScalar(v) {
                flushNumber(i)
                if wordStart < 0 { wordStart = i }
                if let folded = fold(v) { word.append(folded) }
            } else {
                flushWord(i)
                flushNumber(i)
                if !s.properties.isWhitespace && v != 0x200F && v != 0x200E && v != 0x061C {
                    out.append(DateLexeme(kind: .punct, start: i, end: i + 1, word: String(s)))
                }
            }
            i += 1
        }
        flushWord(i)
        flushNumber(i)
        return out
    }

    /// The vocabulary form of a folded word (rule: the word, then without up to two clitics).
    static func vocabularyKey(_ w: String, _ scalars: String.UnicodeScalarView) -> String? {
        let vocabulary = ArabicDateNames.vocabulary
        if vocabulary.contains(w) { return w }
        var rest = Substring.UnicodeScalarView(scalars)
        for _ in 0..<2 {
            guard let f = rest.first, f == "و" || f == "ف" || f == "ب" || f == "ل", rest.count > 3 else { return nil }
            rest = rest.dropFirst()
            let candidate = String(rest)
            if vocabulary.contains(candidate) { return candidate }
        }
        return nil
    }

    @inline(__always)
    static func digit(_ v: UInt32) -> Int? {
        switch v {
        case 0x30...0x39: return Int(v - 0x30)
        case 0x0660...0x0669: return Int(v - 0x0660)
        case 0x06F0...0x06F9: return Int(v - 0x06F0)
        default: return nil
        }
    }

    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        (0x0621...0x064A).contains(v) || (0x066E...0x06D3).contains(v) || (0x41...0x5A).contains(v)
            || (0x61...0x7A).contains(v)
    }

    @inline(__always)
    static func fold(_ v: UInt32) -> Unicode.Scalar? {
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"
        case 0x0629: return "\u{0647}"
        case 0x0649: return "\u{064A}"
        case 0x41...0x5A: return Unicode.Scalar(v + 0x20)
        default: return Unicode.Scalar(v)
        }
    }
}
