extension ArabicStemmer {
    static let seen: UInt16 = 0xD8B3, meem: UInt16 = 0xD985

    /// Whether the word is written in two-byte letters of U+0600–U+06FF only.
    @inline(__always)
    private static func isArabicOnly(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count % 2 == 0 else { return false }
        var i = r.lowerBound
        while i < r.upperBound {
            let b = p[i]
            guard b >= 0xD8 && b <= 0xDB && p[i + 1] & 0xC0 == 0x80 else { return false }
            i += 2
        }
        return true
    }

    /// K1–K5 (see the type's documentation) on two-byte letter codes.
    static func searchStem(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        guard isArabicOnly(p, range), let base = p.baseAddress else { return range }
        @inline(__always) func at(_ i: Int) -> UInt16 { UInt16(base[i]) << 8 | UInt16(base[i + 1]) }
        var s = range.lowerBound
        var e = range.upperBound
        @inline(__always) func left() -> Int { (e - s) >> 1 }

        // K3: one pronoun suffix first, where 3 letters stay.
        var pronoun = false
        if left() >= 6, at(e - 6) == kaf || at(e - 6) == heh, at(e - 4) == meem, at(e - 2) == alef {
            e -= 6  // كما هما
            pronoun = true
        } else if left() >= 5 {
            let a = at(e - 4), b = at(e - 2)
            if (a == kaf && b == meem) || (a == heh && (b == meem || b == noon || b == alef)) || (a == noon && b == alef) {
                e -= 4  // كم هم هن ها نا
                pronoun = true
            }
        }
        // K1/K2: conjunction, then preposition or future particle, then article.
        if left() >= 4 {
            let c0 = at(s)
            if c0 == waw || c0 == feh { s += 2 }
        }
        if left() >= 4 && at(s) == lam && at(s + 2) == lam {
            s += 4  // لل = ل + ال
        } else {
            if left() >= 5 {
                let c0 = at(s)
                if c0 == beh || c0 == kaf || c0 == lam {
                    s += 2
                } else if c0 == seen {
                    let c1 = at(s + 2)
                    if c1 == yeh || c1 == teh || c1 == noon || c1 == alef { s += 2 }
                }
            }
            if left() >= 4 && at(s) == alef && at(s + 2) == lam { s += 4 }
        }
        // K5: ت of a teh marbuta before a pronoun, not the plural ات.
        if pronoun && left() >= 4 && at(e - 2) == teh && at(e - 4) != alef { e -= 2 }
        // K4: Lucene's suffixes, each once, in order, where 2 letters stay.
        if e > s { e = luceneSuffixEnd(base, start: s, end: e, letters: left()) }
        return s..<e
    }
}
