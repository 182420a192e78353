/// Cuts an Arabic word into its clitics, the way Universal Dependencies treebanks do:
/// لأوباما → ل + أوباما, سيكون → س + يكون, وبالمفاوضات → و + ب + المفاوضات, نشرتها → نشرت + ها,
/// أنه → أن + ه, وغيرها → و + غير + ها. The article ال is not split, and the segments always
/// concatenate to the word exactly (marks stay on their letter: بشكلٍ → ب + شكلٍ).
///
/// Rules (named in ``SegmentationRules``):
/// - R1 proclitics attach in the order conjunction (و ف) → preposition (ب ل ك) or future (س);
///   before a word in لل (للسلام) ل is split and the stem is checked as ال… (ل + لسلام).
/// - R2 pronoun enclitics ه ها هم هما هن كم كما كن ك نا ني ي; a stem ending in ت, و, ا, ؤ, ئ is also
///   checked as ة, وا, ى, ء (حياته، ينفقوها، ألغاها، حلفاؤها). No pronoun after the article.
/// - R3 ب / ل + pronoun alone (له، بها) and و / ف + ها هم هما هن are always split.
/// - R4 function words that look cliticized (كما، كان، لكن، بعد، هناك…) are never split.
/// - R5 a two-letter stem must be a function word (وقد، بما), R6 particles take pronouns (فيه، أنه).
/// - R8 س only before an imperfect verb (ي ت ن أ + at least two letters).
/// - R9–R10 with a lexicon: a split is kept only if the stem is attested (≥ 3), not much rarer than
///   the whole word (≥ 2 % for proclitics, ≥ 10 % for pronouns), and the word shows no sign of being
///   one word: the article before it (الوزير → وزير is not و + زير) or a proclitic that could not
///   precede the clitic (ووافق → وافق is one word). Competing analyses are ranked by the stem's count
///   times a weight per proclitic. R11: an unseen word in و whose remainder is unseen too is و + name.
/// - R7 without a lexicon (``init(lexicon:)`` with `nil`) stems are accepted by shape only: function
///   words, ال- and لل-words after a proclitic, س + an imperfect not ending in ة, و + three letters,
///   ب ل ك + a hamza-initial word, ه after a stem in ت (ة), ها هم هما كم هن after three letters.
/// - R12 nunation (tanween) on the last letter: no pronoun after it, and after ً or ٌ (accusative,
///   nominative) no preposition before it (بعيداً is not ب + عيداً: a preposition governs the genitive).
/// - Outside Arabic letters: a leading or trailing tatweel run is its own segment (ـ + لا), a number
///   is split from % and from one or two of و ف ب ل before it (و + 2006، 3 + %), and any word with
///   other characters (Latin, hyphens, quotes, invalid UTF-8) is left whole.
///
/// Time is linear in the word's length (words longer than 64 letters or 1,024 bytes are left whole).
///
/// ```swift
/// let seg = CliticSegmenter(lexicon: nil)
/// seg.segment("وبالمفاوضات")   // ["و", "ب", "المفاوضات"]
/// ```
public struct CliticSegmenter: Sendable {
    /// The corpus counts, or `nil` for rules only.
    public let lexicon: SegmentationLexicon?

    /// Longest letter run that is analysed; longer ones are not words.
    static let maxLetters = 64
    /// Longer tokens (runs of marks, glued text) are left whole without being decoded.
    static let maxBytes = 1024

    public init(lexicon: SegmentationLexicon?) {
        self.lexicon = lexicon
    }

    /// The segments of one word (a single segment when nothing splits; empty for "").
    public func segment(_ word: String) -> [String] {
        var word = word
        return word.withUTF8 { bytes -> [String] in
            guard bytes.count > 0 else { return [] }
            var out: [String] = []
            var start = 0
            var cuts: [Int] = []
            splitPoints(bytes, into: &cuts)
            for cut in cuts + [bytes.count] {
                out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<cut]), as: UTF8.self))
                start = cut
            }
            return out
        }
    }

    /// The byte offsets, strictly increasing and strictly inside `0..<word.count`, where the UTF-8
    /// word is cut. Never reads outside `word`.
    public func splitPoints(_ word: UnsafeBufferPointer<UInt8>) -> [Int] {
        var out: [Int] = []
        splitPoints(word, into: &out)
        return out
    }

    /// Appends the cut offsets of `word` to `out` (see ``splitPoints(_:)``); reusing `out` across
    /// words avoids allocating. Work buffers live on the stack for ordinary words.
    public func splitPoints(_ word: UnsafeBufferPointer<UInt8>, into out: inout [Int]) {
        guard word.count <= Self.maxBytes else { return }
        let capacity = word.count + 1
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { letters in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: capacity) { offsets in
                withUnsafeTemporaryAllocation(of: WordUnits.Tanween.self, capacity: capacity) { tanween in
                    let u = WordUnits(word, letters: letters, offsets: offsets, tanween: tanween)
                    let mark = out.count
                    cuts(u, into: &out)
                    for i in mark..<out.count { out[i] = u.offsets[out[i]] }
                }
            }
        }
    }

    /// Unit indices of the cuts.
    private func cuts(_ u: WordUnits, into out: inout [Int]) {
        let w = UnsafeBufferPointer(u.letters)
        var lo = 0
        var hi = u.count
        guard hi > 0 else { return }
        // Tatweel runs at either end are segments of their own.
        while lo < hi && w[lo] == CodePoint.tatweel { lo += 1 }
        while hi > lo && w[hi - 1] == CodePoint.tatweel { hi -= 1 }
        if lo == hi { return }
        if lo > 0 { out.append(lo) }
        coreSplits(w, u, lo, hi, into: &out)
        if hi < u.count { out.append(hi) }
    }

    private func coreSplits(
        _ w: UnsafeBufferPointer<UInt32>, _ u: WordUnits, _ lo: Int, _ hi: Int, into out: inout [Int]
    ) {
        // A number: clitics before it, % after it.
        var d = lo
        while d < hi && d - lo < 2 && WordUnits.isNumberClitic(w[d]) { d += 1 }
        if d < hi && WordUnits.isDigit(w[d]) {
            var end = d
            while end < hi && (WordUnits.isDigit(w[end]) || ((w[end] == 0x2E || w[end] == 0x2C) && end > d)) {
                end += 1
            }
            if end == hi || (end == hi - 1 && WordUnits.isPercent(w[end])) {
                var k = lo + 1
                while k <= d {
                    out.append(k)
                    k += 1
                }
                if end == hi - 1 { out.append(end) }
                return
            }
        }
        // A number with % after an Arabic head (ال3%).
        if WordUnits.isPercent(w[hi - 1]) && hi - 1 > lo && WordUnits.isDigit(w[hi - 2]) {
            var start = hi - 2
            while start > lo && (WordUnits.isDigit(w[start - 1]) || w[start - 1] == 0x2E || w[start - 1] == 0x2C) {
                start -= 1
            }
            while start < hi - 1 && !WordUnits.isDigit(w[start]) { start += 1 }
            if u.allArabicLetters(lo, start) {
                if start - lo > 1 && start - lo <= Self.maxLetters {
                    analyze(w, lo, start, ending: u.tanween[start - 1], into: &out)
                }
                if start > lo { out.append(start) }
                out.append(hi - 1)
                return
            }
        }
        guard hi - lo <= Self.maxLetters, u.allArabicLetters(lo, hi) else { return }
        analyze(w, lo, hi, ending: u.tanween[hi - 1], into: &out)
    }
}
