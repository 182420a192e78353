/// An open-addressing table from 64-bit word hashes to counts: two flat buffers, linear probing,
/// no per-lookup hashing beyond a final bit mix of the already-computed key hash, and no reference
/// counting on lookup (the buffers are raw pointers kept alive by a private owner object).
///
/// Built once (``add(_:_:)`` while constructing), then only read: copies share the buffers.
struct HashCountTable: @unchecked Sendable {
    private final class Owner {
        let keys: UnsafeMutablePointer<UInt64>
        let values: UnsafeMutablePointer<UInt32>
        init(capacity: Int) {
            keys = .allocate(capacity: capacity)
            keys.initialize(repeating: 0, count: capacity)
            values = .allocate(capacity: capacity)
            values.initialize(repeating: 0, count: capacity)
        }
        deinit {
            keys.deallocate()
            values.deallocate()
        }
    }

    private var owner: Owner
    private var keys: UnsafeMutablePointer<UInt64>
    private var values: UnsafeMutablePointer<UInt32>
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var cap = 16
        while cap < minimumCapacity * 2 { cap <<= 1 }
        owner = Owner(capacity: cap)
        keys = owner.keys
        values = owner.values
        mask = cap - 1
    }

    /// 0 marks an empty slot, so the (astronomically unlikely) hash 0 is stored as 1.
    @inline(__always)
    private static func stored(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }

    @inline(__always)
    private static func slot(_ h: UInt64, _ mask: Int) -> Int {
        var x = h ^ (h >> 31)
        x = x &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: x >> 20) & mask
    }

    /// Adds `n` to the count stored under `hash` (construction only).
    mutating func add(_ hash: UInt64, _ n: UInt32) {
        if (count + 1) * 2 > mask + 1 { grow() }
        let h = Self.stored(hash)
        var i = Self.slot(h, mask)
        while true {
            if keys[i] == h {
                values[i] &+= n
                return
            }
            if keys[i] == 0 {
                keys[i] = h
                values[i] = n
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    /// The count stored under `hash`, or 0.
    @inline(__always)
    func get(_ hash: UInt64) -> UInt32 {
        let h = Self.stored(hash)
        var i = Self.slot(h, mask)
        while true {
            let k = keys[i]
            if k == h { return values[i] }
            if k == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ hash: UInt64) -> Bool { get(hash) != 0 }

    private mutating func grow() {
        var bigger = HashCountTable(minimumCapacity: mask + 1)
        for i in 0...mask where keys[i] != 0 { bigger.add(keys[i], values[i]) }
        self = bigger
    }
}
