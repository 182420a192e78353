import ArabicText

/// Computes the match keys of a word: its `.search`-normalized form and its proclitic-stripped
/// readings, each without the article, hashed (64-bit FNV-1a over the normalized UTF-8 bytes).
///
/// Rules, applied to the normalized word (all comparisons are byte comparisons):
/// - K1 the word itself;
/// - K2 a leading conjunction و or ف is dropped when at least two letters remain (وموسكو → موسكو);
/// - K3 then a leading preposition ب، ل، ك is dropped when at least two letters remain
///   (لروسيا → روسيا, بواشنطن → واشنطن); لل becomes ال (للأمم → الامم);
/// - K4 every reading loses a leading ال when at least two letters remain (الروسي → روسي), so the
///   registry and the text meet in one article-less space.
/// The written form is always the first key, so exact readings win over stripped ones.
///
/// Normalization is per scalar, so the folds of every one- and two-byte scalar are taken once from
/// ``ArabicNormalizer`` into a table (`fold2`); a word with a longer scalar goes through the
/// normalizer itself. Either way the bytes are those of `ArabicNormalizer(.search)`.
struct MatchKeys: Sendable {
    let normalizer = ArabicNormalizer(.search)
    /// For each scalar below U+0800: its normalized bytes, packed as `length | b0 << 8 | b1 << 16 | b2 << 24`.
    private let fold2: [UInt32]

    init() {
        var table = [UInt32](repeating: 0, count: 0x800)
        let n = ArabicNormalizer(.search)
        for cp in 0..<0x800 {
            guard let s = Unicode.Scalar(UInt32(cp)) else { continue }
            let out = Array(n.normalize(String(Character(s))).utf8)
            precondition(out.count <= 3, "a two-byte scalar folds to at most three bytes")
            var packed = UInt32(out.count)
            for (i, b) in out.enumerated() { packed |= UInt32(b) << (8 * UInt32(i + 1)) }
            table[cp] = packed
        }
        fold2 = table
    }

    static let alef: UInt8 = 0xA7, lamB: UInt8 = 0x84 // ا = D8 A7, ل = D9 84
    static func isAl<C: RandomAccessCollection>(_ w: C) -> Bool where C.Element == UInt8, C.Index == Int {
        w.count >= 4 && w[w.startIndex] == 0xD8 && w[w.startIndex + 1] == 0xA7 && w[w.startIndex + 2] == 0xD9
            && w[w.startIndex + 3] == 0x84
    }

    /// Appends the `.search` normalization of `original` to `out`.
    func normalize(_ original: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let mark = out.count
        var i = 0
        let n = original.count
        while i < n {
            let b = original[i]
            let cp: Int
            if b < 0x80 {
                cp = Int(b); i += 1
            } else if b >= 0xC2 && b < 0xE0 && i + 1 < n && original[i + 1] & 0xC0 == 0x80 {
                cp = Int(b & 0x1F) << 6 | Int(original[i + 1] & 0x3F); i += 2
            } else {
                // A scalar of three or four bytes: the normalizer folds the whole word.
                out.removeSubrange(mark...)
                normalizer.normalize(original, into: &out)
                return
            }
            let f = fold2[cp]
            let len = f & 0xFF
            if len > 0 { out.append(UInt8(truncatingIfNeeded: f >> 8)) }
            if len > 1 { out.append(UInt8(truncatingIfNeeded: f >> 16)) }
            if len > 2 { out.append(UInt8(truncatingIfNeeded: f >> 24)) }
        }
    }

    /// The normalized, article-less form of a phrase token (used for registry entries).
    func bare(_ s: String) -> [UInt8] {
        Array(Self.dropArticle(Array(normalizer.normalize(s).utf8)[...]))
    }

    static func dropArticle<C: RandomAccessCollection>(_ w: C) -> C.SubSequence where C.Element == UInt8, C.Index == Int {
        isAl(w) && w.count >= 8 ? w.dropFirst(4) : w[w.startIndex..<w.endIndex]
    }

    /// The word starts with the article, possibly after proclitics (الروسي، والروسي، بالروسي، للروسي).
    static func isDefinite<C: RandomAccessCollection>(_ w: C) -> Bool where C.Element == UInt8, C.Index == Int, C.SubSequence == C {
        var s = w
        if s.count >= 2, s[s.startIndex] == 0xD9, s[s.startIndex + 1] == 0x88 || s[s.startIndex + 1] == 0x81 { s = s.dropFirst(2) }
        if isAl(s) { return true }
        // لل = ل + ال
        if s.count >= 4, s[s.startIndex] == 0xD9, s[s.startIndex + 1] == 0x84, s[s.startIndex + 2] == 0xD9, s[s.startIndex + 3] == 0x84 { return true }
        if s.count >= 2, s[s.startIndex] == 0xD8 && s[s.startIndex + 1] == 0xA8 || s[s.startIndex] == 0xD9 && s[s.startIndex + 1] == 0x83 {
            return isAl(s.dropFirst(2))
        }
        return false
    }

    /// The keys of a normalized word, written form first.
    static func readings<C: RandomAccessCollection>(_ w: C) -> WordKeys where C.Element == UInt8, C.Index == Int, C.SubSequence == C {
        var out = WordKeys()
        // K1 is the first key of the word's own level.
        addLevel(w, to: &out)
        // K2: و (D9 88) ف (D9 81)
        if (startsWith(w, 0xD9, 0x88) || startsWith(w, 0xD9, 0x81)) && w.count / 2 >= 3 {
            addLevel(w.dropFirst(2), to: &out)
        }
        return out
    }

    /// The readings of one level (the word, or the word after و/ف): itself, then K3.
    @inline(__always)
    private static func addLevel<C: RandomAccessCollection>(_ s: C, to out: inout WordKeys)
    where C.Element == UInt8, C.Index == Int, C.SubSequence == C {
        out.appendUnique(hash(dropArticle(s)))
        let letters = s.count / 2
        // K3: لل → ال; ال + the rest then loses its article (K4), leaving the rest after لل.
        if startsWith(s, 0xD9, 0x84), s.count >= 4, s[s.startIndex + 2] == 0xD9, s[s.startIndex + 3] == 0x84, letters >= 4 {
            out.appendUnique(hash(s.dropFirst(4)))
        }
        // K3: ب (D8 A8) ل (D9 84) ك (D9 83)
        if (startsWith(s, 0xD8, 0xA8) || startsWith(s, 0xD9, 0x84) || startsWith(s, 0xD9, 0x83)) && letters >= 3 {
            out.appendUnique(hash(dropArticle(s.dropFirst(2))))
        }
    }

    @inline(__always)
    private static func startsWith<C: RandomAccessCollection>(_ s: C, _ b0: UInt8, _ b1: UInt8) -> Bool where C.Element == UInt8, C.Index == Int {
        s.count >= 2 && s[s.startIndex] == b0 && s[s.startIndex + 1] == b1
    }

    /// 64-bit FNV-1a.
    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}
