/// A small immutable set of byte strings with allocation-free lookup (open addressing on FNV-1a).
struct ByteWordSet: Sendable {
    private let blob: [UInt8]
    private let slots: [Int32]  // index into `entries`, -1 empty
    private let entries: [(start: Int32, count: Int32)]
    private let mask: Int

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
    }

    var count: Int { entries.count }

    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in r {
            h ^= UInt64(p[i])
            h = h &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    @inline(__always)
    func contains(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var h = Self.hash(p, r) & mask
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
