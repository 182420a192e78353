/// A read-only open-addressing hash table from 64-bit word hashes to 64-bit values (linear
/// probing, power-of-two capacity, key 0 reserved), for lexicon look-ups on the tagging path.
struct WordTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt64]
    private let mask: Int
    /// Number of entries.
    let count: Int

    init(_ entries: [UInt64: UInt64]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        count = entries.count
        for (k, v) in entries {
            let key = k == 0 ? 1 : k
            var slot = Int(truncatingIfNeeded: key >> 20) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = v
        }
    }

    /// Every (key, value) pair, in slot order.
    var entries: [(UInt64, UInt64)] {
        keys.indices.compactMap { keys[$0] == 0 ? nil : (keys[$0], values[$0]) }
    }

    /// The value of `key`, or nil.
    @inline(__always)
    subscript(_ k: UInt64) -> UInt64? {
        let key = k == 0 ? 1 : k
        return keys.withUnsafeBufferPointer { ks in
            var slot = Int(truncatingIfNeeded: key >> 20) & mask
            while true {
                let found = ks[slot]
                if found == key { return values[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }
}
