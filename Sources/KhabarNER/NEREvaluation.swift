/// Exact-span scoring with conlleval's rules: a predicted entity counts only if its type and
/// both boundaries equal a gold entity's.
public struct NEREvaluation: Sendable {
    /// Counts per type: true positives, predicted, gold.
    public private(set) var counts: [EntityType: (tp: Int, predicted: Int, gold: Int)] = [:]
    /// Confusions between types on exact-boundary spans, and boundary errors, for diagnosis.
    public private(set) var wrongType: [String: Int] = [:]

    public init() {
        for t in EntityType.allCases { counts[t] = (0, 0, 0) }
    }

    public mutating func add(gold: [NERLabel], predicted: [NERLabel]) {
        let g = EntitySpan.spans(from: gold), p = EntitySpan.spans(from: predicted)
        let goldSet = Set(g)
        var goldByRange: [Range<Int>: EntityType] = [:]
        for s in g { goldByRange[s.tokens] = s.type; counts[s.type]!.gold += 1 }
        for s in p {
            counts[s.type]!.predicted += 1
            if goldSet.contains(s) {
                counts[s.type]!.tp += 1
            } else if let t = goldByRange[s.tokens] {
                wrongType["\(t)→\(s.type)", default: 0] += 1
            } else if g.contains(where: { $0.tokens.overlaps(s.tokens) }) {
                wrongType["boundary \(s.type)", default: 0] += 1
            } else {
                wrongType["spurious \(s.type)", default: 0] += 1
            }
        }
        let predictedRanges = Set(p.map(\.tokens))
        for s in g where !predictedRanges.contains(s.tokens) && !p.contains(where: { $0.tokens.overlaps(s.tokens) }) {
            wrongType["missed \(s.type)", default: 0] += 1
        }
    }

    /// Precision, recall and F1 (percent) for one type, or micro-averaged over all when nil.
    public func score(_ type: EntityType? = nil) -> (precision: Double, recall: Double, f1: Double, tp: Int, predicted: Int, gold: Int) {
        var tp = 0, pr = 0, gd = 0
        for (t, c) in counts where type == nil || t == type {
            tp += c.tp; pr += c.predicted; gd += c.gold
        }
        let p = pr == 0 ? 0 : 100 * Double(tp) / Double(pr)
        let r = gd == 0 ? 0 : 100 * Double(tp) / Double(gd)
        let f = p + r == 0 ? 0 : 2 * p * r / (p + r)
        return (p, r, f, tp, pr, gd)
    }
}
