/// The weights used for tagging: an open-addressing hash table (linear probing,
/// power-of-two capacity) whose 16-byte slots hold the 32-bit feature key and its nine label
/// weights as Int8, so that one feature costs one cache line. Scores are summed as integers
/// and scaled once per token.
struct PackedWeights: Sendable {
    static let slotBytes = 16
    private var slots: [UInt8]
    private let mask: Int
    /// Weight = Int8 value × scale.
    let scale: Float

    /// Quantizes weights with a scale that maps the 99.99th percentile of the magnitudes to
    /// 127 (larger values are clipped).
    static func quantize(_ weights: [Float]) -> (values: [Int8], scale: Float) {
        var magnitudes: [Float] = weights.compactMap { $0 != 0 ? abs($0) : nil }
        magnitudes.sort()
        let top = magnitudes.isEmpty ? 1 : magnitudes[min(magnitudes.count - 1, Int(Double(magnitudes.count) * 0.9999))]
        let scale = max(top / 127, 1e-9)
        return (weights.map { Int8(max(-127, min(127, ($0 / scale).rounded()))) }, scale)
    }

    /// Packs `values[row * L + y]` (weight = value × scale). Keys must be non-zero and distinct.
    init(keys: [UInt32], values: [Int8], scale: Float) {
        let L = NERLabel.count
        self.scale = scale
        var capacity = 16
        while capacity * 3 < keys.count * 4 { capacity <<= 1 }  // load factor ≤ 3/4: a smaller table, fewer cache misses
        mask = capacity - 1
        slots = [UInt8](repeating: 0, count: capacity * Self.slotBytes)
        for (row, key) in keys.enumerated() {
            var slot = Self.home(key) & mask
            while Self.key(slots, slot) != 0 { slot = (slot + 1) & mask }
            let base = slot * Self.slotBytes
            for b in 0..<4 { slots[base + b] = UInt8((key >> UInt32(8 * b)) & 0xFF) }
            for y in 0..<L { slots[base + 4 + y] = UInt8(bitPattern: values[row * L + y]) }
        }
    }

    /// The quantized weight of `key` for label `y` (0 when absent).
    func quantized(_ key: UInt32, _ y: Int) -> Int8 {
        var slot = Self.home(key) & mask
        while true {
            let k = Self.key(slots, slot)
            if k == key { return Int8(bitPattern: slots[slot * Self.slotBytes + 4 + y]) }
            if k == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func home(_ key: UInt32) -> Int { Int(key &* 0x9E37_79B1) }

    @inline(__always)
    private static func key(_ s: [UInt8], _ slot: Int) -> UInt32 {
        s.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: slot * slotBytes, as: UInt32.self) }
    }

    /// Adds the weights of `keys[from ..< to]` to `acc` (nine Int32 sums).
    @inline(__always)
    func accumulate(_ keys: UnsafeBufferPointer<UInt32>, from: Int, to: Int, into acc: UnsafeMutablePointer<Int32>) {
        slots.withUnsafeBytes { raw in
            for k in from..<to {
                let key = keys[k]
                var slot = Self.home(key) & mask
                while true {
                    let found = raw.loadUnaligned(fromByteOffset: slot * Self.slotBytes, as: UInt32.self)
                    if found == key {
                        let base = slot * Self.slotBytes + 4
                        for y in 0..<9 { acc[y] &+= Int32(Int8(bitPattern: raw[base + y])) }
                        break
                    }
                    if found == 0 { break }
                    slot = (slot + 1) & mask
                }
            }
        }
    }
}
