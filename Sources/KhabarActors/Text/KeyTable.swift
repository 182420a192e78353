/// An immutable hash map from 64-bit keys to small non-negative integers, built once (registry or
/// model load) and read without allocation, hashing or reference counting.
///
/// Open addressing with linear probing over a power-of-two table at most half full; the slot of a
/// key is the top bits of `key × φ·2⁶⁴` (Fibonacci hashing), so keys that are already hashes
/// (``MatchKeys/hash(_:)``) and packed small integers spread alike. A slot holds its key and value
/// side by side (one cache line serves a probe, and most lookups are misses); a negative value marks
/// an empty slot. Callers whose keys are hashes of longer data verify a hit against that data.
///
/// Most lookups are misses (a word's stripped readings rarely exist), and a large table is cold in
/// the cache between articles; so a Bloom filter of two bits a key, 16 bits a key in size (a
/// fraction of the slots' memory), answers most misses first without touching the slots.
///
/// ```swift
/// let t = KeyTable([(42, 7), (99, 1)])
/// t[42]            // 7
/// t.contains(5)    // false
/// ```
struct KeyTable: Sendable {
    private struct Slot { var key: UInt64; var value: Int32 }
    private var slots: [Slot]
    private var shift: UInt64
    private var filter: [UInt64]
    private var filterShift: UInt64

    /// A table of `pairs`; a key given twice keeps its first value.
    init<S: Sequence>(_ pairs: S) where S.Element == (UInt64, Int32) {
        let list = Array(pairs)
        var bits: UInt64 = 4
        while (1 << bits) < list.count * 2 { bits += 1 }
        let size = 1 << Int(bits)
        slots = Array(repeating: Slot(key: 0, value: -1), count: size)
        shift = 64 - bits
        var filterBits: UInt64 = 6
        while (1 << filterBits) < list.count * 16 { filterBits += 1 }
        filter = Array(repeating: 0, count: 1 << Int(filterBits - 6))
        filterShift = 64 - filterBits
        for (k, _) in list {
            let (a, b) = Self.filterBits(k, filterShift)
            filter[a >> 6] |= 1 << UInt64(a & 63)
            filter[b >> 6] |= 1 << UInt64(b & 63)
        }
        for (k, v) in list {
            precondition(v >= 0, "KeyTable values are non-negative")
            var s = slot(k)
            while slots[s].value >= 0 && slots[s].key != k { s = (s + 1) & (size - 1) }
            if slots[s].value < 0 { slots[s] = Slot(key: k, value: v) }
        }
    }

    /// A set: every key maps to 0.
    init<S: Sequence>(keys: S) where S.Element == UInt64 {
        self.init(keys.lazy.map { ($0, Int32(0)) })
    }

    /// The two filter bits of a key: the top bits of two products with odd constants.
    @inline(__always)
    private static func filterBits(_ k: UInt64, _ shift: UInt64) -> (Int, Int) {
        (Int(truncatingIfNeeded: (k &* 0xFF51_AFD7_ED55_8CCD) >> shift), Int(truncatingIfNeeded: (k &* 0xC4CE_B9FE_1A85_EC53) >> shift))
    }

    @inline(__always)
    private func slot(_ k: UInt64) -> Int { Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The value of `k`, or nil.
    @inline(__always)
    subscript(_ k: UInt64) -> Int32? {
        let (a, b) = Self.filterBits(k, filterShift)
        let inFilter = filter.withUnsafeBufferPointer { f in
            f[a >> 6] & (1 << UInt64(a & 63)) != 0 && f[b >> 6] & (1 << UInt64(b & 63)) != 0
        }
        if !inFilter { return nil }
        return slots.withUnsafeBufferPointer { p in
            let mask = p.count - 1
            var s = slot(k)
            while true {
                let v = p[s].value
                if v < 0 { return nil }
                if p[s].key == k { return v }
                s = (s + 1) & mask
            }
        }
    }

    @inline(__always)
    func contains(_ k: UInt64) -> Bool { self[k] != nil }
}
