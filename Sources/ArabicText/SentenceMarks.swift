/// The role each token plays for sentence splitting, computed once per text.
struct SentenceMarks {
    enum Kind: UInt8 { case other, terminal, opener, closer, straightQuote }

    /// Kinds and first scalars of the tokens of the current paragraph (indexed from its first token),
    /// reused from paragraph to paragraph so that a long text allocates nothing per token.
    private(set) var kinds: [Kind] = []
    private(set) var codes: [UInt32] = []
    private(set) var first = 0
    private var delta: [Int32] = []
    private var stack: [(index: Int, code: UInt32)] = []

    static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "st", "inc", "ltd", "jr", "sr", "etc", "vs", "no", "co", "corp", "gen",
        "col", "lt", "sgt", "capt", "mt", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    ]

    /// Reads the marks of the paragraph's tokens.
    mutating func load(_ p: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ range: Range<Int>, _ base: Int) {
        first = range.lowerBound
        kinds.removeAll(keepingCapacity: true)
        codes.removeAll(keepingCapacity: true)
        for k in range {
            let t = tokens[k]
            guard t.kind == .punctuation else {
                kinds.append(.other)
                codes.append(0)
                continue
            }
            let cp = decodeScalar(p, at: t.utf8Range.lowerBound - base).cp
            codes.append(cp)
            switch cp {
            case 0x2E, 0x21, 0x3F, CodePoint.arabicQuestionMark, 0x2026, CodePoint.arabicFullStop:
                kinds.append(.terminal)
            case 0xAB, 0x201C, 0x201E, 0x28, 0x5B, 0x2039:
                kinds.append(.opener)
            case 0xBB, 0x201D, 0x29, 0x5D, 0x203A:
                kinds.append(.closer)
            case 0x22:
                kinds.append(.straightQuote)
            default:
                kinds.append(.other)
            }
        }
    }

    @inline(__always) func kind(_ k: Int) -> Kind { kinds[k - first] }
    @inline(__always) func code(_ k: Int) -> UInt32 { codes[k - first] }

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

    /// For each token of the paragraph: whether it stands strictly inside a quotation or brackets whose
    /// marks pair up within the paragraph (rule S3). Unpaired marks are ignored. Linear: a closer looks
    /// at most 8 open marks down the stack for its partner.
    mutating func insidePairs(into out: inout [Bool]) {
        let count = kinds.count
        delta.removeAll(keepingCapacity: true)
        delta.append(contentsOf: repeatElement(0, count: count + 1))
        stack.removeAll(keepingCapacity: true)
        var straight: Int? = nil
        for local in 0..<count {
            switch kinds[local] {
            case .opener:
                stack.append((local, codes[local]))
            case .closer:
                var at = stack.count - 1
                while at >= 0 && at >= stack.count - 8 && Self.closer(of: stack[at].code) != codes[local] { at -= 1 }
                if at >= 0 && at >= stack.count - 8 {
                    delta[stack[at].index + 1] += 1
                    delta[local] -= 1
                    stack.removeSubrange(at...)
                }
            case .straightQuote:
                if let o = straight {
                    delta[o + 1] += 1
                    delta[local] -= 1
                    straight = nil
                } else {
                    straight = local
                }
            default:
                break
            }
        }
        out.removeAll(keepingCapacity: true)
        var depth: Int32 = 0
        for i in 0..<count {
            depth += delta[i]
            out.append(depth > 0)
        }
    }

    /// Rule S4 (and a `.` glued to a following letter or digit, as in `ق.م`): whether the terminal at
    /// `k` does not end the sentence.
    func isAbbreviation(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ k: Int, _ range: Range<Int>, _ base: Int) -> Bool {
        guard code(k) == 0x2E, t[k].utf8Range.count == 1 else { return false }
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
        let letters = Self.letterCount(p, prev.utf8Range, base)
        if letters == 1 {
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
