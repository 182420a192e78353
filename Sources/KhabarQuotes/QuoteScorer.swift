import ArabicText

/// The metric of `khabar eval quotes`: token-overlap matching of predicted to gold quotes.
///
/// - M1 Tokens are the search-normalized words of a string (punctuation and marks ignored).
/// - M2 Overlap of a pair = shared tokens (multiset) ÷ gold tokens.
/// - M3 Matching is greedy and one-to-one: pairs at or above the threshold, best overlap first (ties: the
///   pair whose lengths differ least, then text order).
/// - M4 A matched speaker is right when it shares a word with the gold speaker covering at least half of the
///   shorter of the two (title words alone, such as «المتحدث», do not count), or when the English names agree.
public enum QuoteScorer {
    /// One side of a comparison: content text and, optionally, speaker text and English name.
    public struct Item: Sendable {
        public var text: String
        public var speaker: String?
        public var speakerEnglish: String?
        public var kind: QuoteKind?
        public init(text: String, speaker: String?, speakerEnglish: String? = nil, kind: QuoteKind? = nil) {
            self.text = text
            self.speaker = speaker
            self.speakerEnglish = speakerEnglish
            self.kind = kind
        }
    }

    /// A matched pair: indices into gold and predicted lists, and the overlap.
    public struct Pair: Sendable, Hashable {
        public var gold: Int
        public var predicted: Int
        public var overlap: Double
    }

    /// M1.
    public static func words(_ s: String) -> [String] {
        TokenStream(s).tokens.filter { $0.cls == .word }.map(\.key.text)
    }

    /// M2.
    public static func overlap(gold: [String], predicted: [String]) -> Double {
        guard !gold.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for w in predicted { counts[w, default: 0] += 1 }
        var shared = 0
        for w in gold {
            if let c = counts[w], c > 0 {
                shared += 1
                counts[w] = c - 1
            }
        }
        return Double(shared) / Double(gold.count)
    }

    /// M3.
    public static func match(gold: [[String]], predicted: [[String]], threshold: Double) -> [Pair] {
        var candidates: [(Pair, Int)] = []
        for (g, gw) in gold.enumerated() {
            for (p, pw) in predicted.enumerated() {
                let o = overlap(gold: gw, predicted: pw)
                if o >= threshold && o > 0 {
                    candidates.append((Pair(gold: g, predicted: p, overlap: o), abs(gw.count - pw.count)))
                }
            }
        }
        candidates.sort { a, b in
            if a.0.overlap != b.0.overlap { return a.0.overlap > b.0.overlap }
            if a.1 != b.1 { return a.1 < b.1 }
            return (a.0.gold, a.0.predicted) < (b.0.gold, b.0.predicted)
        }
        var usedG = Set<Int>()
        var usedP = Set<Int>()
        var pairs: [Pair] = []
        for (pair, _) in candidates where !usedG.contains(pair.gold) && !usedP.contains(pair.predicted) {
            usedG.insert(pair.gold)
            usedP.insert(pair.predicted)
            pairs.append(pair)
        }
        return pairs
    }

    static let titleWords: Set<String> = {
        var s = Set(WordClasses.masculineHeads.keys.map(\.text))
        for w in ["المتحدثه", "الناطقه", "متحدثه", "وزيره", "الوزاره", "باسم", "الخارجيه", "وزاره", "الرئيس"] {
            s.insert(w)
        }
        return s
    }()

    /// M4.
    public static func speakerMatches(gold: Item, predicted: Item) -> Bool {
        if let ge = gold.speakerEnglish, let pe = predicted.speakerEnglish, !ge.isEmpty,
            ge.lowercased() == pe.lowercased()
        {
            return true
        }
        guard let gs = gold.speaker, let ps = predicted.speaker else { return false }
        let g = words(gs).map(stripClitic)
        let p = words(ps).map(stripClitic)
        guard !g.isEmpty, !p.isEmpty else { return false }
        let shared = Set(g).intersection(p).subtracting(titleWords)
        guard !shared.isEmpty else {
            // Identical short mentions made only of title words (المتحدث، البيان) still agree.
            return g == p
        }
        let sharedCount = g.filter { shared.contains($0) }.count
        return Double(sharedCount) * 2 >= Double(min(g.count, p.count)) || shared.count >= 2
    }

    /// Drops a proclitic و/ل/ب so «للهيئة» and «الهيئة» compare equal.
    static func stripClitic(_ w: String) -> String {
        if w.hasPrefix("لل") { return "ال" + w.dropFirst(2) }
        if w.count > 3, let f = w.first, f == "و" || f == "ب" { return String(w.dropFirst()) }
        return w
    }
}
