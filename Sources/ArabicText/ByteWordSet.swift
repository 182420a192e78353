/// A small immutable set of byte strings with allocation-free lookup (open addressing on FNV-1a).
struct ByteWordSet: Sendable {
    private let blob: [UInt8]
    private let slots: [Int32]  // index into `entries`, -1 empty
    private let entries: [(start: Int32, count: Int32)]
    private let mask: Int
    /// The longest entry in bytes: longer probes are answered without hashing.
    private let maxLength: Int

    init<S: Sequence>(_ words: S) where S.Element == String {
        var blob: [UInt8] = []
        var entries: [(Int32, Int32)] = []
        var seen = Set<String>()
        for w in words where !w.isEmpty && seen.insert(w).inserted {
            entries.append((Int32(blob.count), Int32(w.utf8.count)))
            blob.append(contentsOf: w.utf8)
        }
        var size = 16
        while size < entries.count * 4 { size <<= 1 }
        var slots = [Int32](repeating: -1, count: size)
        for (k, e) in entries.enumerated() {
            var h = blob.withUnsafeBufferPointer {
                Self.hash($0, Int(e.0)..<Int(e.0 + e.1))
            } & (size - 1)
            while slots[h] >= 0 { h = (h + 1) & (size - 1) }
            slots[h] = Int32(k)
        }
        self.blob = blob
        self.entries = entries
        self.slots = slots
        self.mask = size - 1
        self.maxLength = entries.map { Int($0.1) }.max() ?? 0
    }

    var count: Int { entries.count }

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
        if r.count > maxLength || entries.isEmpty { return false }
        return contains(p, r, hash: Self.hash(p, r))
    }

    /// Lookup with the FNV-1a hash of the bytes already computed.
    @inline(__always)
    func contains(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, hash: Int) -> Bool {
        if r.count > maxLength || entries.isEmpty { return false }
        var h = hash & mask
        return blob.withUnsafeBufferPointer { b in
            while true {
                let k = Int(slots[h])
                if k < 0 { return false }
                let e = entries[k]
                if Int(e.count) == r.count {
                    let base = Int(e.start) - r.lowerBound
                    var same = true
                    for i in r where p[i] != b[base + i] {
                        same = false
                        break
                    }
                    if same { return true }
                }
                h = (h + 1) & mask
            }
        }
    }

    func contains(_ word: String) -> Bool {
        var w = word
        return w.withUTF8 { contains($0, 0..<$0.count) }
    }
}
