/// Second-pass document features: for each token, how a first pass tagged the other
/// occurrences of the same word (its bare form) in the surrounding sentences.
///
/// Code per token (one byte): low 4 bits = the token's own first-pass label index;
/// high 4 bits = 1 + 3·type + strength for the type most often given elsewhere to this word
/// (strength 0: some of its other occurrences, 1: most, 2: all), or 0 when never tagged.
/// The window slides with running counts, so the work is linear in the number of tokens.
enum DocumentContext {
    /// Counts for one word: occurrences, then tags per type.
    typealias Counts = (seen: Int, types: (Int, Int, Int, Int))

    static func codes(units: [[TokenUnits]], labels: [[UInt8]], window: Int?) -> [[UInt8]] {
        let k = window ?? units.count
        var counts: [UInt64: Counts] = [:]
        func apply(_ s: Int, _ sign: Int) {
            for (x, y) in zip(units[s], labels[s]) {
                var v = counts[x.bare] ?? (0, (0, 0, 0, 0))
                v.seen += sign
                switch NERLabel(index: y).type {
                case .person: v.types.0 += sign
                case .location: v.types.1 += sign
                case .organization: v.types.2 += sign
                case .misc: v.types.3 += sign
                case nil: break
                }
                counts[x.bare] = v
            }
        }
        var hi = 0, lo = 0
        var result: [[UInt8]] = []
        result.reserveCapacity(units.count)
        for s in units.indices {
            while hi < min(units.count, s + k + 1) { apply(hi, 1); hi += 1 }
            while lo < s - k { apply(lo, -1); lo += 1 }
            result.append(units[s].indices.map { i in
                let own = labels[s][i]
                guard let v = counts[units[s][i].bare] else { return own }
                var c = SIMD4(v.types.0, v.types.1, v.types.2, v.types.3)  // no array per token
                if let t = NERLabel(index: own).type { c[t.rawValue] -= 1 }  // leave this one out
                let total = v.seen - 1
                var best = 0
                for t in 1..<4 where c[t] > c[best] { best = t }
                guard total > 0, c[best] > 0 else { return own }
                let strength = c[best] * 2 > total ? (c[best] == total ? 2 : 1) : 0
                return UInt8(1 + 3 * best + strength) << 4 | own
            })
        }
        return result
    }
}
