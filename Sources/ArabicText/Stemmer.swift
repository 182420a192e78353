/// Light stemming: strips affixes, never rewrites the letters in between, so a stem is always a
/// contiguous part of the (normalized) word.
///
/// **`lucene`** — identical to Lucene's `ArabicStemmer` (Larkey et al.'s light10), on normalized input:
/// - P1 one prefix, the first that fits, in this order: ال وال بال كال فال لل و — a one-letter prefix
///   needs a word of at least 4 letters, a longer one at least prefix + 2
/// - P2 then every suffix in this order, each at most once, while at least 2 letters would remain:
///   ها ان ات ون ين يه ية ه ة ي
///
/// **`search`** — Khabar's own stemmer for indexing and matching, on `search`-normalized input:
/// - K3 first: one pronoun suffix كما هما كم هم هن نا ها, where 3 letters stay (so كتابكما → كتاب is
///   not read as ك + تابكما)
/// - K1 proclitic stacks: an optional conjunction و/ف, then an optional preposition ب/ك/ل or future
///   particle س, then an optional article ال; لل (ل + ال with the alef elided) counts as preposition +
///   article (وبال، فلل، وللمفاوضات، فسيكون)
/// - K2 a conjunction alone needs 3 letters left (as Lucene's و); a preposition needs 4 letters left
///   (so بيت، لبن stay whole); س needs 4 letters left and a following imperfect prefix ي/ت/ن/ا; the
///   article needs 2 letters left
/// - K5 after a pronoun, a final ت (teh marbuta written open: حكومتنا) is dropped where 3 letters stay
///   and it is not the plural ات, so حكومتنا and الحكومة share the stem حكوم
/// - K4 then Lucene's suffixes (P2) where 2 letters stay
/// - non-Arabic tokens are returned unchanged
///
/// ```swift
/// ArabicStemmer(.lucene).stem("والكتاب")            // "كتاب"
/// ArabicStemmer(.search).stem("وبالمفاوضات")        // "مفاوض"
/// ```
public struct ArabicStemmer: Sendable {
    public enum Mode: String, CaseIterable, Sendable {
        case lucene, search
    }

    public let mode: Mode

    public init(_ mode: Mode = .search) {
        self.mode = mode
    }

    /// Stems one word (normalize it first with the matching ``ArabicNormalizer`` profile).
    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { p in
            let r = stemRange(p, 0..<p.count)
            return String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self)
        }
    }

    /// The byte range of the stem of the word at `range` of `p`.
    @inline(__always)
    public func stemRange(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        switch mode {
        case .lucene: return Self.luceneStem(p, range)
        case .search: return Self.searchStem(p, range)
        }
    }

    // MARK: - Affix tables (UTF-8 letter pairs; every Arabic letter here is 2 bytes)

    /// A sequence of Arabic letters, as the second bytes of their UTF-8 encodings with lead bytes.
    struct Affix {
        let bytes: [UInt8]
        var letters: Int { bytes.count / 2 }
        init(_ s: String) { bytes = Array(s.utf8) }
    }

    static let lucenePrefixes = ["ال", "وال", "بال", "كال", "فال", "لل", "و"].map(Affix.init)
    static let luceneSuffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"].map(Affix.init)
    static let pronounSuffixes = ["كما", "هما", "كم", "هم", "هن", "نا", "ها"].map(Affix.init)

    @inline(__always)
    static func hasPrefix(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ a: Affix) -> Bool {
        let k = a.bytes.count
        guard r.count >= k else { return false }
        for i in 0..<k where p[r.lowerBound + i] != a.bytes[i] { return false }
        return true
    }

    @inline(__always)
    static func hasSuffix(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ a: Affix) -> Bool {
        let k = a.bytes.count
        guard r.count >= k else { return false }
        let s = r.upperBound - k
        for i in 0..<k where p[s + i] != a.bytes[i] { return false }
        return true
    }

    /// Length in UTF-16 units, as Lucene counts.
    @inline(__always)
    static func utf16Count(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var n = 0
        for i in r {
            let b = p[i]
            if b & 0xC0 != 0x80 { n += b >= 0xF0 ? 2 : 1 }
        }
        return n
    }

    /// The Arabic letter at byte `i` as its two UTF-8 bytes (0 if there is no two-byte scalar there).
    @inline(__always)
    static func code(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ r: Range<Int>) -> UInt16 {
        i >= r.lowerBound && i + 1 < r.upperBound ? UInt16(p[i]) << 8 | UInt16(p[i + 1]) : 0
    }

    // Two-byte UTF-8 codes of the letters in Lucene's affixes.
    static let alef: UInt16 = 0xD8A7, lam: UInt16 = 0xD984, waw: UInt16 = 0xD988, beh: UInt16 = 0xD8A8
    static let kaf: UInt16 = 0xD983, feh: UInt16 = 0xD981, heh: UInt16 = 0xD987, noon: UInt16 = 0xD986
    static let teh: UInt16 = 0xD8AA, yeh: UInt16 = 0xD98A, tehMarbuta: UInt16 = 0xD8A9

    /// P1 and P2 with the letters compared as two-byte codes.
    static func luceneStem(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var s = range.lowerBound
        var e = range.upperBound
        var len = utf16Count(p, range)
        let c0 = code(p, s, range), c1 = code(p, s + 2, range), c2 = code(p, s + 4, range)
        // P1: ال وال بال كال فال لل و (in Lucene's order; the first that fits).
        if len >= 4 && c0 == alef && c1 == lam {
            s += 4; len -= 2
        } else if len >= 5 && c1 == alef && c2 == lam && (c0 == waw || c0 == beh || c0 == kaf || c0 == feh) {
            s += 6; len -= 3
        } else if len >= 4 && c0 == lam && c1 == lam {
            s += 4; len -= 2
        } else if len >= 4 && c0 == waw {
            s += 2; len -= 1
        }
        // P2: every suffix in order, each once.
        if let base = p.baseAddress, e > s { e = luceneSuffixEnd(base, start: s, end: e, letters: len) }
        return s..<e
    }

    /// P2 (and K4): Lucene's suffixes ها ان ات ون ين يه ية ه ة ي, each at most once and in that order,
    /// while 2 letters stay; `letters` is the word's length in UTF-16 units. Returns the new end.
    /// Codes are read from the end two bytes at a time: a match can only be a real two-byte letter,
    /// since no continuation byte equals a lead byte.
    @inline(__always)
    static func luceneSuffixEnd(_ p: UnsafePointer<UInt8>, start s: Int, end: Int, letters: Int) -> Int {
        var e = end
        var len = letters
        @inline(__always) func code(_ i: Int) -> UInt16 { i >= s ? UInt16(p[i]) << 8 | UInt16(p[i + 1]) : 0 }
        var last = code(e - 2)
        // Every suffix ends in ا ن ت ه ة or ي: most words stop at this one test.
        guard len >= 3, last == alef || last == noon || last == teh || last == heh || last == tehMarbuta || last == yeh
        else { return e }
        var prev = code(e - 4)
        @inline(__always) func drop(_ n: Int) {
            e -= n * 2
            len -= n
            last = code(e - 2)
            prev = code(e - 4)
        }
        if len >= 4 && prev == heh && last == alef { drop(2) }
        if len >= 4 && prev == alef && last == noon { drop(2) }
        if len >= 4 && prev == alef && last == teh { drop(2) }
        if len >= 4 && prev == waw && last == noon { drop(2) }
        if len >= 4 && prev == yeh && last == noon { drop(2) }
        if len >= 4 && prev == yeh && last == heh { drop(2) }
        if len >= 4 && prev == yeh && last == tehMarbuta { drop(2) }
        if len >= 3 && last == heh { drop(1) }
        if len >= 3 && last == tehMarbuta { drop(1) }
        if len >= 3 && last == yeh { drop(1) }
        return e
    }
}
