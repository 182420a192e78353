/// The weights of both passes of a two-pass tagger in one read-only table, so that a feature
/// of the first pass is looked up once for both models (the second-pass model sees every
/// first-pass feature again, plus its document features).
///
/// Layout: open addressing with linear probing over a power-of-two number of slots (load
/// factor ≤ 3/4), key 0 = empty. The 32-bit keys sit in their own dense array (16 to a cache
/// line, 512 KB for the shipped model, so probing stays in few lines); the weights of slot `s`
/// are `weights[s * 18 ..< s * 18 + 18]`, nine Int8 per label for the first model then nine
/// for the second (weight = value × that model's scale, zero when the model lacks the
/// feature), and one more all-zero row past the table stands for features no model knows.
/// Sums are Int32, so they are exact and do not depend on the order of the features: the
/// scores equal those of each model's own ``PackedWeights``.
struct PairedWeights: Sendable {
    static let labels = 9
    static let stride = 2 * labels
    private var keys: [UInt32]
    private var weights: [Int8]
    private let mask: Int

    /// The union of both models' features. Both must have nine labels.
    init(first: NERModel, second: NERModel) {
        precondition(NERLabel.count == Self.labels, "PairedWeights holds nine labels")
        let distinct = Set(first.keys).union(second.keys).count
        var capacity = 16
        while capacity * 3 < distinct * 4 { capacity <<= 1 }
        mask = capacity - 1
        keys = [UInt32](repeating: 0, count: capacity)
        // + the zero row, + padding for the 16-byte loads of the last row
        weights = [Int8](repeating: 0, count: (capacity + 1) * Self.stride + 16)
        for (half, model) in [first, second].enumerated() {
            for (row, key) in model.keys.enumerated() {
                var slot = Self.home(key) & mask
                while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
                keys[slot] = key
                for y in 0..<Self.labels {
                    weights[slot * Self.stride + half * Self.labels + y] = model.values[row * Self.labels + y]
                }
            }
        }
    }

    @inline(__always)
    private static func home(_ key: UInt32) -> Int { Int(key &* 0x9E37_79B1) }

    /// The row past the table, whose weights are all zero.
    var zeroSlot: Int { mask + 1 }

    /// The slot of every key of `features` in `found` (``zeroSlot`` for a key no model knows).
    ///
    /// Tagging is bound by cache misses on this table, so the work goes in two sweeps: the
    /// first only reads the key in the home slot of every feature into `found` (independent
    /// loads that the processor overlaps), the second starts each probe from that key and goes
    /// on in the same, now cached, lines.
    func locate(_ features: UnsafeBufferPointer<UInt32>, into found: UnsafeMutablePointer<Int32>) {
        keys.withUnsafeBufferPointer { ks in
            for (k, key) in features.enumerated() {
                found[k] = Int32(bitPattern: ks[Self.home(key) & mask])
            }
            for (k, key) in features.enumerated() {
                var slot = Self.home(key) & mask
                var seen = UInt32(bitPattern: found[k])
                while seen != key {
                    if seen == 0 { slot = zeroSlot; break }
                    slot = (slot + 1) & mask
                    seen = ks[slot]
                }
                found[k] = Int32(truncatingIfNeeded: slot)
            }
        }
    }

    /// Adds the weights of the slots `found[from ..< to]` (from ``locate(_:into:)``) to `first`
    /// (first model) and `second` (second model), nine Int32 sums each.
    ///
    /// The loop is short and branch-free (two 16-byte loads per feature: bytes 0–15 of the row
    /// start with the first model's nine weights, bytes 2–17 end with the second model's nine),
    /// so the processor keeps many features' cache misses in flight at once.
    @inline(__always)
    func accumulate(
        slots found: UnsafePointer<Int32>, from: Int, to: Int,
        first: UnsafeMutablePointer<Int32>, second: UnsafeMutablePointer<Int32>
    ) {
        weights.withUnsafeBytes { ws in
            var a = SIMD16<Int32>(), b = SIMD16<Int32>()
            for k in from..<to {
                let base = Int(found[k]) * Self.stride
                a &+= SIMD16<Int32>(truncatingIfNeeded: ws.loadUnaligned(fromByteOffset: base, as: SIMD16<Int8>.self))
                b &+= SIMD16<Int32>(truncatingIfNeeded: ws.loadUnaligned(fromByteOffset: base + 2, as: SIMD16<Int8>.self))
            }
            for y in 0..<Self.labels {
                first[y] &+= a[y]
                second[y] &+= b[Self.labels - 2 + y]
            }
        }
    }

    /// Adds the second model's weights of `key` to `second` (nine Int32 sums).
    @inline(__always)
    func accumulateSecond(_ key: UInt32, into second: UnsafeMutablePointer<Int32>) {
        keys.withUnsafeBufferPointer { ks in
            var slot = Self.home(key) & mask
            while true {
                let found = ks[slot]
                if found == key {
                    weights.withUnsafeBufferPointer { ws in
                        let base = slot * Self.stride + Self.labels
                        for y in 0..<Self.labels { second[y] &+= Int32(ws[base + y]) }
                    }
                    return
                }
                if found == 0 { return }
                slot = (slot + 1) & mask
            }
        }
    }
}
