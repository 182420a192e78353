/// A small immutable set of byte strings with allocation-free, reference-count-free lookup (open
/// addressing on FNV-1a over 16-bit units). Storage is raw memory owned by the set and never written
/// after `init`, so the set is safe to share between threads.
final class ByteWordSet: @unchecked Sendable {
    private let blob: UnsafeMutablePointer<UInt8>
    private let starts: UnsafeMutablePointer<Int32>
    private let lengths: UnsafeMutablePointer<Int32>
    private let slots: UnsafeMutablePointer<Int32>  // index into starts/lengths, -1 empty
    private let mask: Int
    /// How many words the set holds.
    let count: Int
    /// The longest entry in bytes: longer probes are answered without hashing.
    private let maxLength: Int

    init<S: Sequence>(_ words: S) where S.Element == String {
        var bytes: [UInt8] = []
        var entries: [(Int32, Int32)] = []
        var seen = Set<String>()
        for w in words where !w.isEmpty && seen.insert(w).inserted {
            entries.append((Int32(bytes.count), Int32(w.utf8.count)))
            bytes.append(contentsOf: w.utf8)
        }
        var size = 16
        while size < entries.count * 4 { size <<= 1 }
        blob = .allocate(capacity: max(1, bytes.count))
        blob.initialize(from: bytes, count: bytes.count)
        starts = .allocate(capacity: max(1, entries.count))
        lengths = .allocate(capacity: max(1, entries.count))
        slots = .allocate(capacity: size)
        slots.initialize(repeating: -1, count: size)
        mask = size - 1
        count = entries.count
        maxLength = entries.map { Int($0.1) }.max() ?? 0
        for (k, e) in entries.enumerated() {
            starts[k] = e.0
            lengths[k] = e.1
            var h = Self.hash(UnsafeBufferPointer(start: blob, count: bytes.count), Int(e.0)..<Int(e.0 + e.1)) & mask
            while slots[h] >= 0 { h = (h + 1) & mask }
            slots[h] = Int32(k)
        }
    }

    deinit {
        blob.deallocate()
        starts.deallocate()
        lengths.deallocate()
        slots.deallocate()
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// FNV-1a over 16-bit units (two bytes at a time; a last odd byte alone): half the multiplies of
    /// byte-wise FNV on Arabic text, whose letters are two bytes.
    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var h = seed
        var i = r.lowerBound
        while i + 1 < r.upperBound {
            h = (h ^ (UInt64(p[i]) << 8 | UInt64(p[i + 1]))) &* prime
            i += 2
        }
        if i < r.upperBound { h = (h ^ UInt64(p[i])) &* prime }
        return finish(h)
    }

    /// The last step of ``hash(_:_:)``, for callers that run the same loop over the bytes themselves.
    @inline(__always)
    static func finish(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }

    @inline(__always)
    func contains(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        if r.count > maxLength || count == 0 { return false }
        return contains(p, r, hash: Self.hash(p, r))
    }

    /// Lookup with the hash of the bytes already computed.
    @inline(__always)
    func contains(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, hash: Int) -> Bool {
        view.contains(p, r, hash: hash)
    }

    /// The set's storage as plain pointers, for hot loops: reading it involves no reference counting.
    /// Valid while the set is alive.
    struct View {
        let blob: UnsafePointer<UInt8>
        let starts: UnsafePointer<Int32>
        let lengths: UnsafePointer<Int32>
        let slots: UnsafePointer<Int32>
        let mask: Int
        let count: Int
        let maxLength: Int

        @inline(__always)
        func contains(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, hash: Int) -> Bool {
            if r.count > maxLength || count == 0 { return false }
            var h = hash & mask
            while true {
                let k = Int(slots[h])
                if k < 0 { return false }
                if Int(lengths[k]) == r.count {
                    let base = Int(starts[k]) - r.lowerBound
                    var same = true
                    for i in r where p[i] != blob[base + i] {
                        same = false
                        break
                    }
                    if same { return true }
                }
                h = (h + 1) & mask
            }
        }
    }

    var view: View {
        View(blob: blob, starts: starts, lengths: lengths, slots: slots, mask: mask, count: count, maxLength: maxLength)
    }

    func contains(_ word: String) -> Bool {
        var w = word
        return w.withUTF8 { contains($0, 0..<$0.count) }
    }
}
