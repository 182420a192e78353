/// An open-addressing table from 64-bit word hashes to counts, one 64-bit slot per entry:
/// a 32-bit fingerprint of the hash above a 32-bit count, linear probing, so a lookup is usually
/// one memory load. No reference counting on lookup: the slots are a raw buffer kept alive by a
/// private owner object. (Two different words share a slot only if 32 bits of the mixed hash and
/// the slot index all agree: about one chance in 10^14 per lookup at the shipped size.)
///
/// Built once from its entries, then only read: copies share the buffer.
struct HashCountTable: @unchecked Sendable {
    private final class Owner {
        let slots: UnsafeMutablePointer<UInt64>
        init(capacity: Int) {
            slots = .allocate(capacity: capacity)
            slots.initialize(repeating: 0, count: capacity)
        }
        deinit { slots.deallocate() }
    }

    private var owner: Owner
    private var slots: UnsafeMutablePointer<UInt64>
    private var mask: Int
    private(set) var count = 0

    /// A table holding `entries` (counts of equal hashes are added), at most half full.
    init(_ entries: [(hash: UInt64, count: UInt32)]) {
        var cap = 16
        while cap < entries.count * 2 { cap <<= 1 }
        owner = Owner(capacity: cap)
        slots = owner.slots
        mask = cap - 1
        for e in entries { add(e.hash, e.count) }
    }

    /// The slot to start probing at and the nonzero fingerprint stored there.
    @inline(__always)
    private static func place(_ h: UInt64, _ mask: Int) -> (Int, UInt64) {
        var x = h ^ (h >> 29)
        x = x &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 32
        let fingerprint = (h >> 32) | 1
        return (Int(truncatingIfNeeded: x) & mask, fingerprint << 32)
    }

    /// Adds `n` to the count stored under `hash` (construction only, within the sized capacity;
    /// counts saturate at 2^32 − 1).
    private mutating func add(_ hash: UInt64, _ n: UInt32) {
        var (i, tag) = Self.place(hash, mask)
        while true {
            let s = slots[i]
            if s & 0xFFFF_FFFF_0000_0000 == tag {
                let sum = min(UInt64(UInt32(truncatingIfNeeded: s)) + UInt64(n), UInt64(UInt32.max))
                slots[i] = tag | sum
                return
            }
            if s == 0 {
                slots[i] = tag | UInt64(max(n, 1))
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    /// The count stored under `hash`, or 0.
    @inline(__always)
    func get(_ hash: UInt64) -> UInt32 {
        var (i, tag) = Self.place(hash, mask)
        while true {
            let s = slots[i]
            if s & 0xFFFF_FFFF_0000_0000 == tag { return UInt32(truncatingIfNeeded: s) }
            if s == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ hash: UInt64) -> Bool { get(hash) != 0 }
}
