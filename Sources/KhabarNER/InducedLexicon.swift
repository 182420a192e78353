/// A lexicon induced from unlabelled text: a first-pass tagger labels many sentences, and
/// every word (bare form) tagged at least ``minTagged`` times gets a one-byte code:
/// - low 4 bits: 1 + 3·type + purity, for its most frequent type, purity 0 (≥ 50 % of its
///   tags), 1 (≥ 80 %), 2 (≥ 95 %);
/// - high 4 bits: how often the word is tagged at all, in quarters of its occurrences (0–3).
///
/// Names the labelled corpus never saw but the unlabelled news is full of thus carry what the
/// tagger learned about their contexts elsewhere.
struct InducedLexicon {
    static let minTagged = 3

    private var counts: [UInt64: (seen: Int32, types: (Int32, Int32, Int32, Int32))] = [:]

    mutating func add(_ units: [TokenUnits], _ labels: [UInt8]) {
        for (u, y) in zip(units, labels) where u.hasArabic {
            var v = counts[u.bare] ?? (0, (0, 0, 0, 0))
            v.seen += 1
            switch NERLabel(index: y).type {
            case .person: v.types.0 += 1
            case .location: v.types.1 += 1
            case .organization: v.types.2 += 1
            case .misc: v.types.3 += 1
            case nil: break
            }
            counts[u.bare] = v
        }
    }

    /// Word → code for every word tagged often enough.
    func codes() -> [UInt64: UInt64] {
        var out: [UInt64: UInt64] = [:]
        for (w, v) in counts {
            let t = [v.types.0, v.types.1, v.types.2, v.types.3]
            let tagged = t.reduce(0, +)
            guard tagged >= Self.minTagged else { continue }
            var best = 0
            for k in 1..<4 where t[k] > t[best] { best = k }
            let purity = Double(t[best]) / Double(tagged)
            guard purity >= 0.5 else { continue }
            let p = purity >= 0.95 ? 2 : purity >= 0.8 ? 1 : 0
            let rate = min(3, Int(4 * Double(tagged) / Double(v.seen)))
            out[w] = UInt64(1 + 3 * best + p) | UInt64(rate) << 4
        }
        return out
    }
}
