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
struct MatchKeys: Sendable {
    let normalizer = ArabicNormalizer(.search)

    static let alef: UInt8 = 0xA7, lamB: UInt8 = 0x84 // ا = D8 A7, ل = D9 84
    static func isAl(_ w: ArraySlice<UInt8>) -> Bool {
        w.count >= 4 && w[w.startIndex] == 0xD8 && w[w.startIndex + 1] == 0xA7 && w[w.startIndex + 2] == 0xD9
            && w[w.startIndex + 3] == 0x84
    }

    /// Fills `word.bare` and `word.keys` from the word's original bytes.
    func fill(_ word: inout Word, _ original: UnsafeBufferPointer<UInt8>) {
        var norm: [UInt8] = []
        norm.reserveCapacity(original.count)
        normalizer.normalize(original, into: &norm)
        word.bare = Array(Self.dropArticle(norm[...]))
        word.keys = Self.readings(norm)
        word.definite = Self.isDefinite(norm)
    }

    /// The normalized, article-less form of a phrase token (used for registry entries).
    func bare(_ s: String) -> [UInt8] {
        Array(Self.dropArticle(Array(normalizer.normalize(s).utf8)[...]))
    }

    static func dropArticle(_ w: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        isAl(w) && w.count >= 8 ? w.dropFirst(4) : w
    }

    /// The word starts with the article, possibly after proclitics (الروسي، والروسي، بالروسي، للروسي).
    static func isDefinite(_ w: [UInt8]) -> Bool {
        var s = w[...]
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
    static func readings(_ w: [UInt8]) -> [UInt64] {
        var out: [UInt64] = [hash(dropArticle(w[...]))]
        func add(_ s: ArraySlice<UInt8>) {
            let h = hash(dropArticle(s))
            if !out.contains(h) { out.append(h) }
        }
        func letters(_ s: ArraySlice<UInt8>) -> Int { s.count / 2 }
        func isArabic2(_ s: ArraySlice<UInt8>, _ b0: UInt8, _ b1: UInt8) -> Bool {
            s.count >= 2 && s[s.startIndex] == b0 && s[s.startIndex + 1] == b1
        }
        var level1: [ArraySlice<UInt8>] = [w[...]]
        // K2: و (D9 88) ف (D9 81)
        if (isArabic2(w[...], 0xD9, 0x88) || isArabic2(w[...], 0xD9, 0x81)) && letters(w[...]) >= 3 {
            level1.append(w.dropFirst(2))
        }
        for s in level1 {
            add(s)
            // K3: لل → ال
            if isArabic2(s, 0xD9, 0x84), s.count >= 4, s[s.startIndex + 2] == 0xD9, s[s.startIndex + 3] == 0x84, letters(s) >= 4 {
                add([0xD8, 0xA7] + s.dropFirst(2))
            }
            // K3: ب (D8 A8) ل (D9 84) ك (D9 83)
            if (isArabic2(s, 0xD8, 0xA8) || isArabic2(s, 0xD9, 0x84) || isArabic2(s, 0xD9, 0x83)) && letters(s) >= 3 {
                add(s.dropFirst(2))
            }
        }
        return out
    }

    /// 64-bit FNV-1a.
    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
}
