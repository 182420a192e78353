extension ArabicStemmer {
    // Second bytes of letters that start with lead byte 0xD8 or 0xD9 (see CodePoint).
    private static let lead8: UInt8 = 0xD8
    private static let lead9: UInt8 = 0xD9

    @inline(__always)
    private static func letter(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ cp: UInt32) -> Bool {
        let lead: UInt8 = cp >= 0x0640 ? lead9 : lead8
        let second = UInt8(0x80 | (cp & 0x3F))
        return i + 1 < p.count && p[i] == lead && p[i + 1] == second
    }

    /// Whether the word is written in Arabic letters only (2-byte sequences of U+0600–U+06FF).
    @inline(__always)
    private static func isArabicOnly(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count % 2 == 0 else { return false }
        var i = r.lowerBound
        while i < r.upperBound {
            let b = p[i]
            guard b >= 0xD8 && b <= 0xDB else { return false }
            i += 2
        }
        return true
    }

    static func searchStem(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        guard isArabicOnly(p, range) else { return range }
        var e = range.upperBound
        // K3: a pronoun suffix first, where 3 letters stay, so that the prefix rules see the bare word
        // (كتابكما → كتاب, not ك + تابكما).
        var pronoun = false
        for a in pronounSuffixes where (e - range.lowerBound) / 2 >= a.letters + 3 && hasSuffix(p, range.lowerBound..<e, a) {
            e -= a.bytes.count
            pronoun = true
            break
        }
        var s = range.lowerBound
        @inline(__always) func left() -> Int { (e - s) / 2 }

        // K1/K2: conjunction, then preposition or future particle, then article.
        if left() >= 4 && (letter(p, s, CodePoint.waw) || letter(p, s, CodePoint.feh)) {
            s += 2
        }
        if letter(p, s, CodePoint.lam) && letter(p, s + 2, CodePoint.lam) && left() >= 4 {
            s += 4  // لل = ل + ال
        } else {
            if left() >= 5 && (letter(p, s, CodePoint.beh) || letter(p, s, CodePoint.kaf) || letter(p, s, CodePoint.lam)) {
                s += 2
            } else if left() >= 5 && letter(p, s, CodePoint.seen)
                && (letter(p, s + 2, CodePoint.yeh) || letter(p, s + 2, CodePoint.teh)
                    || letter(p, s + 2, CodePoint.noon) || letter(p, s + 2, CodePoint.alef))
            {
                s += 2
            }
            if left() >= 4 && letter(p, s, CodePoint.alef) && letter(p, s + 2, CodePoint.lam) {
                s += 4
            }
        }
        var r = s..<e
        // K4: Lucene's suffixes where 2 letters stay.
        var suffixed = false
        for a in luceneSuffixes where r.count / 2 >= a.letters + 2 && hasSuffix(p, r, a) {
            r = r.lowerBound..<(r.upperBound - a.bytes.count)
            suffixed = true
        }
        // K5: before a pronoun, teh marbuta is written ت (حكومتنا): drop it where 3 letters stay.
        if pronoun && !suffixed && r.count / 2 >= 4 && letter(p, r.upperBound - 2, CodePoint.teh) {
            r = r.lowerBound..<(r.upperBound - 2)
        }
        return r
    }
}
