/// One lexeme of the date lexer: a word (folded), a number (Western, Arabic-Indic or Persian digits)
/// or a single punctuation scalar, with its scalar range in the text. Holds no `String`: a word's
/// folded bytes sit in the lexer's shared buffer (``DateLexer/Output/folded``).
struct DateLexeme {
    enum Kind { case word, number, punct }

    var kind: Kind
    var start: Int
    var end: Int
    /// The UTF-8 byte range of the lexeme in the text.
    var utf8Start = 0
    var utf8End = 0
    /// The folded word's byte range in ``DateLexer/Output/folded`` (words only).
    var foldStart: Int32 = 0
    var foldEnd: Int32 = 0
    /// The punctuation scalar (punctuation only).
    var scalar: UInt32 = 0
    /// The word's entry in ``DateVocabulary`` — the word itself, or the word without one or two
    /// leading clitics (و ف ب ل) — or -1 when it is not a date word.
    var entry: Int32 = -1
    /// How many clitic bytes were stripped to find `entry` (0, 2 or 4).
    var cliticBytes: Int32 = 0
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
    /// The lexemes of a text and the folded bytes of all its words, one after the other.
    struct Output {
        var lexemes: [DateLexeme] = []
        var folded: [UInt8] = []
    }

    static func lex(_ text: String) -> Output {
        var text = text
        return text.withUTF8 { lex($0) }
    }

    /// One pass over the UTF-8 bytes (well-formed, as a Swift string's are); each word is folded
    /// into the shared byte buffer and looked up in ``DateVocabulary`` by its bytes.
    static func lex(_ p: UnsafeBufferPointer<UInt8>) -> Output {
        var out: [DateLexeme] = []
        out.reserveCapacity(p.count / 5)
        // Folding never lengthens a word, so the folded words fit in the text's byte count.
        let folded = [UInt8](unsafeUninitializedCapacity: p.count) { buffer, count in
            count = lex(p, into: &out, folding: buffer)
        }
        return Output(lexemes: out, folded: folded)
    }

    /// The loop of `lex(_:)`: appends the lexemes to `out`, writes the
    /// folded words one after the other into `folded` and returns how many bytes it wrote.
    private static func lex(
        _ p: UnsafeBufferPointer<UInt8>, into out: inout [DateLexeme], folding folded: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        var foldCount = 0
        var foldStart = 0
        var wordStart = -1, numberStart = -1, number = 0, digits = 0
        var wordByte = 0, numberByte = 0
        var scalarIndex = 0
        var i = 0
        let n = p.count
        func flushWord(_ end: Int) {
            if wordStart >= 0 {
                var lexeme = DateLexeme(kind: .word, start: wordStart, end: end, utf8Start: wordByte, utf8End: i,
                                        foldStart: Int32(foldStart), foldEnd: Int32(foldCount))
                (lexeme.entry, lexeme.cliticBytes) = vocabularyEntry(UnsafeBufferPointer(folded), foldStart..<foldCount)
                out.append(lexeme)
                foldStart = foldCount
                wordStart = -1
            }
        }
        func flushNumber(_ end: Int) {
            if numberStart >= 0 {
                out.append(DateLexeme(kind: .number, start: numberStart, end: end, utf8Start: numberByte, utf8End: i,
                                      number: number, digits: digits))
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
                appendFolded(v, to: folded, at: &foldCount)
            } else {
                flushWord(scalarIndex)
                flushNumber(scalarIndex)
                if !isSpace(v), Unicode.Scalar(v) != nil {
                    out.append(DateLexeme(kind: .punct, start: scalarIndex, end: scalarIndex + 1, utf8Start: i,
                                          utf8End: i + width, scalar: v))
                }
            }
            scalarIndex += 1
            i += width
        }
        flushWord(scalarIndex)
        flushNumber(scalarIndex)
        return foldCount
    }

    /// The vocabulary entry of the folded word `w[r]` and the clitic bytes stripped to find it (rule:
    /// the word, then without up to two clitics), or (-1, 0). The clitics و ف ب ل are two UTF-8 bytes
    /// each (D9 88, D9 81, D8 A8, D9 84).
    static func vocabularyEntry(_ w: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> (Int32, Int32) {
        let vocabulary = DateVocabulary.shared
        guard r.count <= vocabulary.maxBytes + 4 else { return (-1, 0) }
        if let e = vocabulary.find(w, r) { return (e, 0) }
        var from = r.lowerBound
        for _ in 0..<2 {
            guard r.upperBound - from > 6, isClitic(w[from], w[from + 1]) else { return (-1, 0) }
            from += 2
            if let e = vocabulary.find(w, from..<r.upperBound) { return (e, Int32(from - r.lowerBound)) }
        }
        return (-1, 0)
    }

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
    static func appendFolded(_ v: UInt32, to word: UnsafeMutableBufferPointer<UInt8>, at count: inout Int) {
        var c = v
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671: c = 0x0627
        case 0x0629: c = 0x0647
        case 0x0649: c = 0x064A
        case 0x41...0x5A: c = v + 0x20
        default: break
        }
        if c < 0x80 {
            word[count] = UInt8(c)
            count += 1
        } else {
            word[count] = UInt8(0xC0 | (c >> 6))
            word[count + 1] = UInt8(0x80 | (c & 0x3F))
            count += 2
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
