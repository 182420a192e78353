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
/// - K1 proclitic stacks: an optional conjunction و/ف, then an optional preposition ب/ك/ل or future
///   particle س, then an optional article ال; لل (ل + ال with the alef elided) counts as preposition +
///   article (وبال، فلل، وللمفاوضات، فسيكون)
/// - K2 a conjunction alone needs 3 letters left (as Lucene's و); a preposition needs 4 letters left
///   (so بيت، لبن stay whole); س needs 4 letters left and a following imperfect prefix ي/ت/ن/ا; the
///   article needs 2 letters left
/// - K3 pronoun suffixes كما هما كم هم هن نا, stripped first, where 3 letters stay
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
    static let pronounSuffixes = ["كما", "هما", "كم", "هم", "هن", "نا"].map(Affix.init)

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

    static func luceneStem(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var r = range
        var len = utf16Count(p, r)
        for a in lucenePrefixes {
            let ok = a.letters == 1 ? len >= 4 : len >= a.letters + 2
            if ok && hasPrefix(p, r, a) {
                r = (r.lowerBound + a.bytes.count)..<r.upperBound
                len -= a.letters
                break
            }
        }
        for a in luceneSuffixes where len >= a.letters + 2 && hasSuffix(p, r, a) {
            r = r.lowerBound..<(r.upperBound - a.bytes.count)
            len -= a.letters
        }
        return r
    }
}
