/// Second-pass document features: for each token, how a first pass tagged the other
/// occurrences of the same word (its bare form) in the surrounding sentences.
///
/// Code per token (one byte): low 4 bits = the token's own first-pass label index;
/// high 4 bits = 1 + 3·type + strength for the type most often given elsewhere to this word
/// (strength 0: some of its other occurrences, 1: most, 2: all), or 0 when never tagged.
/// The window slides with running counts, so the work is linear in the number of tokens.
///
/// Each distinct bare form of the document gets a dense number first (``WordNumbers``, an
/// open-addressing table built per document); the running counts are then plain array rows
/// indexed by that number, five Int32 per word: occurrences, then tags per type.
enum DocumentContext {
    static func codes(units: [[TokenUnits]], labels: [[UInt8]], window: Int?) -> [[UInt8]] {
        let k = window ?? units.count
        var total = 0
        for s in units { total += s.count }
        var numbers = WordNumbers(capacity: total)
        // The word number of every token, sentence after sentence.
        var ids = [Int32](repeating: 0, count: total)
        var starts = [Int](repeating: 0, count: units.count + 1)
        var t = 0
        for (s, sentence) in units.enumerated() {
            starts[s] = t
            for x in sentence {
                ids[t] = numbers.number(x.bare)
                t += 1
            }
        }
        starts[units.count] = t
        var counts = [Int32](repeating: 0, count: Int(numbers.count) * 5)
        func apply(_ s: Int, _ sign: Int32) {
            let row = labels[s]
            for (i, j) in (starts[s]..<starts[s + 1]).enumerated() {
                let base = Int(ids[j]) * 5
                counts[base] &+= sign
                if let type = NERLabel(index: row[i]).type { counts[base + 1 + type.rawValue] &+= sign }
            }
        }
        var hi = 0, lo = 0
        var result: [[UInt8]] = []
        result.reserveCapacity(units.count)
        for s in units.indices {
            while hi < min(units.count, s + k + 1) { apply(hi, 1); hi += 1 }
            while lo < s - k { apply(lo, -1); lo += 1 }
            let own = labels[s], first = starts[s]
            result.append(own.indices.map { i in
                let o = own[i]
                let base = Int(ids[first + i]) * 5
                guard counts[base] != 0 else { return o }
                var c = SIMD4(counts[base + 1], counts[base + 2], counts[base + 3], counts[base + 4])
                if let t = NERLabel(index: o).type { c[t.rawValue] -= 1 }  // leave this one out
                let total = counts[base] - 1
                var best = 0
                for t in 1..<4 where c[t] > c[best] { best = t }
                guard total > 0, c[best] > 0 else { return o }
                let strength = c[best] * 2 > total ? (c[best] == total ? 2 : 1) : 0
                return UInt8(1 + 3 * best + strength) << 4 | o
            })
        }
        return result
    }
}

/// Dense numbers 0, 1, 2 … for the distinct 64-bit word hashes of one document, in order of
/// first appearance: open addressing with linear probing over at least twice as many slots as
/// tokens (slot value −1 = empty).
struct WordNumbers {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int
    private(set) var count: Int32 = 0

    init(capacity tokens: Int) {
        var size = 16
        while size < tokens * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    mutating func number(_ key: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: NERHash.mix(key)) & mask
        while values[slot] >= 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = count
        count += 1
        return count - 1
    }
}
