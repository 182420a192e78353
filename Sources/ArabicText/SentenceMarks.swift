/// What a byte scan of the text finds for sentence splitting: the tokens that are terminals,
/// quotation marks or brackets (in order), and where paragraphs end (as token indices).
struct SentenceMarks {
    enum Kind: UInt8 { case terminal, opener, closer, straightQuote }

    struct Mark {
        var token: Int32
        var kind: Kind
        var code: UInt32
    }

    private(set) var marks: [Mark] = []
    /// Exclusive token index where each paragraph ends; the last is the token count.
    private(set) var paragraphEnds: [Int] = []

    static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "st", "inc", "ltd", "jr", "sr", "etc", "vs", "no", "co", "corp", "gen",
        "col", "lt", "sgt", "capt", "mt", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    ]

    init(_ p: UnsafeBufferPointer<UInt8>, tokens: [Token], baseUTF8 base: Int, newlineIsBreak: Bool) {
        var marks: [Mark] = []
        var ends: [Int] = []
        var previousEnd = tokens.first.map { $0.utf8Range.lowerBound - base } ?? 0
        tokens.withUnsafeBufferPointer { t in
            for k in 0..<t.count {
                let token = t[k]
                let start = token.utf8Range.lowerBound - base
                // A line break in the gap before this token ends a paragraph (rule S2).
                if start - previousEnd > 1 || (start - previousEnd == 1 && p[previousEnd] != 0x20) {
                    if Self.breaksParagraph(p, previousEnd, start, newlineIsBreak), k > (ends.last ?? 0) {
                        ends.append(k)
                    }
                }
                previousEnd = token.utf8Range.upperBound - base
                guard token.kind == .punctuation else { continue }
                let b = p[start]
                let code: UInt32 = b < 0x80 ? UInt32(b) : decodeScalar(p, at: start).cp
                let kind: Kind
                switch code {
                case 0x2E, 0x21, 0x3F, CodePoint.arabicQuestionMark, 0x2026, CodePoint.arabicFullStop: kind = .terminal
                case 0x22: kind = .straightQuote
                case 0x28, 0x5B, 0xAB, 0x201C, 0x201E, 0x2039: kind = .opener
                case 0x29, 0x5D, 0xBB, 0x201D, 0x203A: kind = .closer
                default: continue
                }
                marks.append(Mark(token: Int32(k), kind: kind, code: code))
            }
        }
        if tokens.count > (ends.last ?? 0) { ends.append(tokens.count) }
        self.marks = marks
        self.paragraphEnds = ends
    }

    /// Whether the gap `p[from..<to]` between two tokens holds a paragraph break: a line break (with
    /// `newlineIsBreak`), else a blank line; U+2029 always.
    static func breaksParagraph(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ newlineIsBreak: Bool) -> Bool {
        var newlines = 0
        var i = from
        while i < to {
            let b = p[i]
            if b == 0x0A {
                newlines += 1
                if newlineIsBreak || newlines >= 2 { return true }
            } else if b == 0xE2, i + 2 < to, p[i + 1] == 0x80, p[i + 2] == 0xA9 {
                return true
            } else if b != 0x20 && b != 0x09 && b != 0x0D {
                newlines = newlineIsBreak ? newlines : 0  // text between two line breaks: not a blank line
            }
            i += 1
        }
        return false
    }

    /// The partner of an opening mark.
    @inline(__always)
    static func closer(of opener: UInt32) -> UInt32 {
        switch opener {
        case 0xAB: return 0xBB
        case 0x201C, 0x201E: return 0x201D
        case 0x28: return 0x29
        case 0x5B: return 0x5D
        case 0x2039: return 0x203A
        default: return 0
        }
    }

    /// Rule S4 (and a `.` glued to a following letter or digit, as in `ق.م`): whether the terminal
    /// mark `m` does not end the sentence.
    func isAbbreviation(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ m: Int, _ range: Range<Int>, _ base: Int) -> Bool {
        let k = Int(marks[m].token)
        guard marks[m].code == 0x2E, t[k].utf8Range.count == 1 else { return false }
        // Glued on both sides: ق.م، ص.ب
        if k + 1 < range.upperBound, t[k + 1].utf8Range.lowerBound == t[k].utf8Range.upperBound,
            t[k + 1].kind.isWord || t[k + 1].kind == .number,
            k > range.lowerBound, t[k - 1].utf8Range.upperBound == t[k].utf8Range.lowerBound
        {
            return true
        }
        guard k > range.lowerBound else { return false }
        let prev = t[k - 1]
        guard prev.kind.isWord, prev.utf8Range.upperBound == t[k].utf8Range.lowerBound else { return false }
        if Self.letterCount(p, prev.utf8Range, base) == 1 {
            // م. / هـ. after a year ends the sentence.
            if k - 2 >= range.lowerBound, t[k - 2].kind == .number { return false }
            return true
        }
        if prev.kind == .latinWord && prev.utf8Range.count <= 5 {
            var w = ""
            for i in prev.utf8Range { w.unicodeScalars.append(Unicode.Scalar(p[i - base] | 0x20)) }
            return Self.abbreviations.contains(w)
        }
        return false
    }

    /// Letters in a word, not counting marks and tatweel.
    static func letterCount(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ base: Int) -> Int {
        var n = 0
        var i = r.lowerBound - base
        let e = r.upperBound - base
        while i < e {
            let (cp, l) = decodeScalar(p, at: i)
            if cp != CodePoint.tatweel && !CodePoint.isArabicMark(cp) && KhabarScanner.charClass(cp) != .mark { n += 1 }
            i += l
        }
        return n
    }
}
