/// One lexeme of the date lexer: a word (folded), a number (Western, Arabic-Indic or Persian digits)
/// or a single punctuation scalar, with its scalar range in the text.
struct DateLexeme {
    enum Kind { case word, number, punct }

    var kind: Kind
    var start: Int
    var end: Int
    /// The UTF-8 byte range of the lexeme in the text.
    var utf8Start = 0
    var utf8End = 0
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
        var text = text
        return text.withUTF8 { lex($0) }
    }

    /// One pass over the UTF-8 bytes (well-formed, as a Swift string's are); the folded word is
    /// built as UTF-8 bytes and becomes a `String` once per word.
    static func lex(_ p: UnsafeBufferPointer<UInt8>) -> [DateLexeme] {
        var out: [DateLexeme] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var wordStart = -1, numberStart = -1, number = 0, digits = 0
        var wordByte = 0, numberByte = 0
        var scalarIndex = 0
        var i = 0
        let n = p.count
        func flushWord(_ end: Int) {
            if wordStart >= 0 {
                let w = String(decoding: word, as: UTF8.self)
                out.append(DateLexeme(kind: .word, start: wordStart, end: end, utf8Start: wordByte, utf8End: i,
                                      word: w, key: vocabularyKey(w, word)))
                word.removeAll(keepingCapacity: true)
                wordStart = -1
            }
        }
        func flushNumber(_ end: Int) {
            if numberStart >= 0 {
                out.append(DateLexeme(kind: .number, start: numberStart, end: end, utf8Start: numberByte, utf8End: i,
                                      word: "", number: number, digits: digits))
                numberStart = -1
                number = 0
                digits = 0
            }
        }
        while i < n {
            let b = p[i]
            let width = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            var v = UInt32(b)
            if width == 2, i + 1 < n {
                v = UInt32(b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
            } else if width == 3, i + 2 < n {
                v = UInt32(b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
            } else if width == 4, i + 3 < n {
                v = UInt32(b & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
                    | UInt32(p[i + 3] & 0x3F)
            }
            if (0x064B...0x0652).contains(v) || v == 0x0670 || v == 0x0640 {
                // Marks inside a word are dropped; elsewhere ignored.
            } else if let d = digit(v) {
                flushWord(scalarIndex)
                if numberStart < 0 { numberStart = scalarIndex; numberByte = i }
                if digits < 9 { number = number * 10 + d }
                digits += 1
            } else if isWordScalar(v) {
                flushNumber(scalarIndex)
                if wordStart < 0 { wordStart = scalarIndex; wordByte = i }
                appendFolded(v, to: &word)
            } else {
                flushWord(scalarIndex)
                flushNumber(scalarIndex)
                if !isSpace(v), let scalar = Unicode.Scalar(v) {
                    out.append(DateLexeme(kind: .punct, start: scalarIndex, end: scalarIndex + 1, utf8Start: i,
                                          utf8End: i + width, word: String(scalar)))
                }
            }
            scalarIndex += 1
            i += width
        }
        flushWord(scalarIndex)
        flushNumber(scalarIndex)
        return out
    }

    /// The vocabulary form of a folded word (rule: the word, then without up to two clitics). The
    /// clitics و ف ب ل are two UTF-8 bytes each (D9 88, D9 81, D8 A8, D9 84).
    static func vocabularyKey(_ w: String, _ utf8: [UInt8]) -> String? {
        let vocabulary = ArabicDateNames.vocabulary
        guard utf8.count <= maxVocabularyBytes + 4 else { return nil }
        if vocabulary.contains(w) { return w }
        var from = 0
        for _ in 0..<2 {
            guard utf8.count - from > 6, isClitic(utf8[from], utf8[from + 1]) else { return nil }
            from += 2
            let candidate = String(decoding: utf8[from...], as: UTF8.self)
            if vocabulary.contains(candidate) { return candidate }
        }
        return nil
    }

    static let maxVocabularyBytes = ArabicDateNames.vocabulary.map(\.utf8.count).max() ?? 0

    @inline(__always)
    static func isClitic(_ a: UInt8, _ b: UInt8) -> Bool {
        (a == 0xD9 && (b == 0x88 || b == 0x81 || b == 0x84)) || (a == 0xD8 && b == 0xA8)
    }

    /// Whitespace and invisible marks that separate lexemes.
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x2000...0x200F, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x061C, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Appends the folded letter as UTF-8: أ إ آ ٱ → ا, ة → ه, ى → ي, A–Z → a–z.
    @inline(__always)
    static func appendFolded(_ v: UInt32, to word: inout [UInt8]) {
        var c = v
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671: c = 0x0627
        case 0x0629: c = 0x0647
        case 0x0649: c = 0x064A
        case 0x41...0x5A: c = v + 0x20
        default: break
        }
        if c < 0x80 {
            word.append(UInt8(c))
        } else {
            word.append(UInt8(0xC0 | (c >> 6)))
            word.append(UInt8(0x80 | (c & 0x3F)))
        }
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

    /// Arabic letters U+0621–U+064A and U+066E–U+06D3 (all two bytes in UTF-8) and ASCII letters.
    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        (0x0621...0x064A).contains(v) || (0x066E...0x06D3).contains(v) || (0x41...0x5A).contains(v)
            || (0x61...0x7A).contains(v)
    }
}
