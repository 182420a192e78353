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

    /// Bytes that can start a mark or a break: . ! ? " ( ) [ ] \\n, and the lead bytes C2 (« »),
    /// D8 (؟), DB (۔), E2 (… “ ” „ ‹ › U+2029).
    /// Built once and never written after: safe to read from any thread.
    nonisolated(unsafe) static let interesting: UnsafePointer<Bool> = {
        let t = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
        t.initialize(repeating: false, count: 256)
        for b in [0x2E, 0x21, 0x3F, 0x22, 0x28, 0x29, 0x5B, 0x5D, 0x0A, 0xC2, 0xD8, 0xDB, 0xE2] { t[b] = true }
        return UnsafePointer(t)
    }()

    init(_ p: UnsafeBufferPointer<UInt8>, tokens: [Token], baseUTF8 base: Int, newlineIsBreak: Bool) {
        let n = p.count
        let table = Self.interesting
        var k = 0  // a token index at or before the next position asked
        var lastNewline = -1
        var marks: [Mark] = []
        var ends: [Int] = []
        @inline(__always) func addBreak(_ token: Int) {
            if token > (ends.last ?? 0) { ends.append(token) }
        }
        do {
            var i = 0
            while i < n {
                let b = p[i]
                guard table[Int(b)] else {
                    // Step over whole characters: Arabic letters are two bytes.
                    i += b < 0xC0 ? 1 : (b < 0xE0 ? 2 : (b < 0xF0 ? 3 : 4))
                    continue
                }
                // D8 and DB lead half of all Arabic letters: only ؟ (D8 9F) and ۔ (DB 94) matter.
                if (b == 0xD8 || b == 0xDB) && i + 1 < n && p[i + 1] != (b == 0xD8 ? 0x9F : 0x94) {
                    i += 2
                    continue
                }
                var kind: Kind? = nil
                var code: UInt32 = UInt32(b)
                var len = 1
                switch b {
                case 0x0A:
                    if newlineIsBreak || Self.onlySpace(p, lastNewline + 1, i) && lastNewline >= 0 {
                        addBreak(Self.firstToken(after: base + i, tokens, from: &k))
                    }
                    lastNewline = i
                case 0x2E, 0x21, 0x3F: kind = .terminal
                case 0x22: kind = .straightQuote
                case 0x28, 0x5B: kind = .opener
                case 0x29, 0x5D: kind = .closer
                default:
                    guard b >= 0xC2 else { break }
                    let (cp, l) = decodeScalar(p, at: i)
                    code = cp
                    len = l
                    switch cp {
                    case CodePoint.arabicQuestionMark, 0x2026, CodePoint.arabicFullStop: kind = .terminal
                    case 0xAB, 0x201C, 0x201E, 0x2039: kind = .opener
                    case 0xBB, 0x201D, 0x203A: kind = .closer
                    case 0x2029: addBreak(Self.firstToken(after: base + i, tokens, from: &k))
                    default: break
                    }
                }
                if let kind {
                    // The mark counts only where it is a punctuation token of its own (not the "." of 3.5).
                    let t = Self.firstToken(after: base + i - 1, tokens, from: &k)
                    if t < tokens.count, tokens[t].utf8Range.lowerBound == base + i, tokens[t].kind == .punctuation {
                        marks.append(Mark(token: Int32(t), kind: kind, code: code))
                    }
                }
                i += len
            }
        }
        addBreak(tokens.count)
        self.marks = marks
        self.paragraphEnds = ends
    }

    static func onlySpace(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        guard from <= to else { return false }
        for i in from..<to where !(p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0D) { return false }
        return true
    }

    /// The first token that starts after byte `pos`, searching forward from `k` (galloping, then
    /// binary search), and moving `k` there.
    @inline(__always)
    static func firstToken(after pos: Int, _ t: [Token], from k: inout Int) -> Int {
        var lo = k
        var step = 1
        var hi = k
        while hi < t.count && t[hi].utf8Range.lowerBound <= pos {
            lo = hi + 1
            hi += step
            step <<= 1
        }
        hi = min(hi, t.count)
        while lo < hi {
            let mid = (lo + hi) >> 1
            if t[mid].utf8Range.lowerBound <= pos { lo = mid + 1 } else { hi = mid }
        }
        k = lo
        return lo
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
