/// An immutable set of ``WordKey``s, built once, whose lookups reuse the FNV hash each key already
/// carries: open addressing over a power-of-two table of slots, probed linearly; a slot holds the
/// key's position in `keys` (insertion order, duplicates dropped), or -1. No `Hasher` runs on a
/// lookup, and a miss usually costs one or two integer compares. The slot is taken from the high bits
/// of the hash times a large odd constant (Fibonacci hashing): FNV's low bits alone mix poorly.
///
/// A large set (the ~2,000 cue forms) does not fit the CPU's first-level cache, and most probes are
/// misses, so a small Bloom filter (16 bits a word, two bits set per word) answers most misses first.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// The words, in the order first inserted.
    let keys: [WordKey]
    private let slots: [Int32]
    private let mask: Int
    /// 64 − log2(slot count).
    private let shift: UInt64
    private let bloom: [UInt64]
    /// 64 − log2(Bloom filter bits).
    private let bloomShift: UInt64

    /// The two Bloom filter bits of a hash.
    @inline(__always)
    private static func bloomBits(_ fnv: UInt64, _ shift: UInt64) -> (Int, Int) {
        let a = (fnv &* 0x9E37_79B9_7F4A_7C15) >> shift
        let b = (fnv &* 0xD6E8_FEB8_6659_FD93) >> shift
        return (Int(truncatingIfNeeded: a), Int(truncatingIfNeeded: b))
    }

    /// False when `fnv` is surely not the hash of a word of the set.
    @inline(__always)
    private func mayContain(_ fnv: UInt64) -> Bool {
        let (a, b) = Self.bloomBits(fnv, bloomShift)
        return bloom[a >> 6] & (1 << UInt64(a & 63)) != 0 && bloom[b >> 6] & (1 << UInt64(b & 63)) != 0
    }

    @inline(__always)
    private static func slot(_ fnv: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (fnv &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    init<S: Sequence>(_ words: S) where S.Element == WordKey {
        var size = 16
        var bits: UInt64 = 4
        let all = Array(words)
        while size < all.count * 4 {
            size <<= 1
            bits += 1
        }
        var slots = [Int32](repeating: -1, count: size)
        var keys: [WordKey] = []
        for w in all {
            var h = Self.slot(w.fnv, 64 - bits)
            var duplicate = false
            while slots[h] >= 0 {
                if keys[Int(slots[h])] == w {
                    duplicate = true
                    break
                }
                h = (h + 1) & (size - 1)
            }
            if duplicate { continue }
            slots[h] = Int32(keys.count)
            keys.append(w)
        }
        self.keys = keys
        self.slots = slots
        self.mask = size - 1
        self.shift = 64 - bits
        var bloomBits: UInt64 = 9  // 512 bits at least
        while 1 << bloomBits < keys.count * 16 { bloomBits += 1 }
        var bloom = [UInt64](repeating: 0, count: (1 << bloomBits) / 64)
        for w in keys {
            let (a, b) = Self.bloomBits(w.fnv, 64 - bloomBits)
            bloom[a >> 6] |= 1 << UInt64(a & 63)
            bloom[b >> 6] |= 1 << UInt64(b & 63)
        }
        self.bloom = bloom
        self.bloomShift = 64 - bloomBits
    }

    init(arrayLiteral words: WordKey...) { self.init(words) }

    /// The position of `key` in ``keys``, or -1.
    @inline(__always)
    func index(of key: WordKey) -> Int {
        guard mayContain(key.fnv) else { return -1 }
        var h = Self.slot(key.fnv, shift)
        while true {
            let k = Int(slots[h])
            if k < 0 { return -1 }
            if keys[k] == key { return k }
            h = (h + 1) & mask
        }
    }

    /// The position of the key whose UTF-8 bytes are `bytes` (with `fnv` their ``WordKey/fnv(_:)``), or -1.
    @inline(__always)
    func index<C: Collection>(fnv: UInt64, bytes: C) -> Int where C.Element == UInt8 {
        guard mayContain(fnv) else { return -1 }
        var h = Self.slot(fnv, shift)
        while true {
            let k = Int(slots[h])
            if k < 0 { return -1 }
            if keys[k].fnv == fnv && keys[k].text.utf8.elementsEqual(bytes) { return k }
            h = (h + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ key: WordKey) -> Bool { index(of: key) >= 0 }

    func union(_ other: WordSet) -> WordSet { WordSet(keys + other.keys) }
}
