/// Hashing helpers for feature ids: FNV-1a over UTF-8 bytes and a SplitMix64 finalizer to
/// combine a feature template with its value. Deterministic across runs and platforms.
enum NERHash {
    /// FNV-1a, 64 bits, over bytes.
    @inline(__always)
    static func bytes(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for x in b {
            h = (h ^ UInt64(x)) &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// FNV-1a of a byte slice `[from, to)`.
    @inline(__always)
    static func bytes(_ b: [UInt8], from: Int, to: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = from
        while i < to {
            h = (h ^ UInt64(b[i])) &* 0x0000_0100_0000_01b3
            i += 1
        }
        return h
    }

    /// SplitMix64 finalizer.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Combines two hashes (order matters).
    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a &* 0x2545_f491_4f6c_dd1d ^ b)
    }

    /// A 32-bit feature key for template `t` with value hash `v`. Key 0 is reserved (empty slot).
    @inline(__always)
    static func feature(_ t: UInt32, _ v: UInt64) -> UInt32 {
        let k = UInt32(truncatingIfNeeded: mix(v ^ (UInt64(t) &* 0x9e37_79b9_7f4a_7c15)) >> 16)
        return k == 0 ? 1 : k
    }
}

/// A seeded SplitMix64 generator: training shuffles are deterministic for a seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return NERHash.mix(state)
    }
}
