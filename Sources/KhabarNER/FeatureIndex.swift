/// An open-addressing hash table from 32-bit feature keys to weight rows (linear probing,
/// power-of-two capacity, key 0 = empty). Built once; lookups only.
struct FeatureIndex: Sendable {
    private var keys: [UInt32]
    private var rows: [Int32]
    private let mask: Int

    /// Indexes `keys[i] → i`. Keys must be non-zero and distinct.
    init(_ features: [UInt32]) {
        var capacity = 16
        while capacity < features.count * 2 { capacity <<= 1 }
        keys = [UInt32](repeating: 0, count: capacity)
        rows = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (row, key) in features.enumerated() {
            var slot = Int(key &* 0x9E37_79B1) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            rows[slot] = Int32(row)
        }
    }

    /// The row of `key`, or -1.
    @inline(__always)
    func row(_ key: UInt32) -> Int {
        keys.withUnsafeBufferPointer { k in
            var slot = Int(key &* 0x9E37_79B1) & mask
            while true {
                let found = k[slot]
                if found == key { return Int(rows[slot]) }
                if found == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }
}
