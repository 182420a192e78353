/// MinHash signatures over word 3-shingles, and the LSH band keys that find candidate near-duplicates
/// without comparing every pair.
///
/// 64 hash functions (`splitmix64(shingle ^ seed_i)`), 16 bands of 4 rows: two articles whose
/// shingle sets have Jaccard similarity `s` share a band with probability `1 - (1 - s⁴)¹⁶`
/// (0.5 → 0.64, 0.7 → 0.98, 0.8 → 0.9996); candidates are then kept when their estimated similarity
/// (matching signature slots ÷ 64) reaches ``threshold``.
public enum MinHash {
    public static let size = 64
    public static let bands = 16
    public static let rows = 4
    /// Estimated Jaccard similarity from which an article is a near-duplicate of an earlier one.
    public static let threshold = 0.8

    static let seeds: [UInt64] = (0..<size).map { splitmix(UInt64($0) &* 0x9E37_79B9_7F4A_7C15 &+ 0x1234_5678) }

    @inline(__always)
    static func splitmix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The signature of a sequence of word hashes (3-shingles; fewer words give one shingle of all).
    /// Empty input gives an empty signature (never a near-duplicate).
    public static func signature(wordHashes w: [UInt64]) -> [UInt64] {
        if w.isEmpty { return [] }
        var sig = [UInt64](repeating: .max, count: size)
        let shingles = max(1, w.count - 2)
        sig.withUnsafeMutableBufferPointer { s in
            for i in 0..<shingles {
                var h = w[i]
                if i + 1 < w.count { h = splitmix(h ^ (w[i + 1] &* 31)) }
                if i + 2 < w.count { h = splitmix(h ^ (w[i + 2] &* 131)) }
                for k in 0..<size {
                    let v = splitmix(h ^ seeds[k])
                    if v < s[k] { s[k] = v }
                }
            }
        }
        return sig
    }

    /// The band keys of a signature (band index mixed in, so equal rows in different bands differ).
    public static func bandKeys(_ sig: [UInt64]) -> [UInt64] {
        guard sig.count == size else { return [] }
        var keys: [UInt64] = []
        keys.reserveCapacity(bands)
        for b in 0..<bands {
            var h = UInt64(b) &+ 0x51_7CC1_B727_220A
            for r in 0..<rows { h = splitmix(h ^ sig[b * rows + r]) }
            keys.append(h)
        }
        return keys
    }

    /// Estimated Jaccard similarity of two signatures.
    public static func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard a.count == size, b.count == size else { return 0 }
        var same = 0
        for i in 0..<size where a[i] == b[i] { same += 1 }
        return Double(same) / Double(size)
    }

    /// Signature as 512 little-endian bytes, and back.
    public static func encode(_ sig: [UInt64]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(sig.count * 8)
        for v in sig { for k in 0..<8 { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(k)))) } }
        return out
    }

    public static func decode(_ bytes: [UInt8]) -> [UInt64] {
        guard bytes.count % 8 == 0 else { return [] }
        return stride(from: 0, to: bytes.count, by: 8).map { i in
            var v: UInt64 = 0
            for k in 0..<8 { v |= UInt64(bytes[i + k]) << (8 * UInt64(k)) }
            return v
        }
    }
}

/// The in-memory LSH index of the stored signatures: band key → article ids.
public struct NearDuplicateIndex: Sendable {
    private var buckets: [UInt64: [Int64]] = [:]
    private var signatures: [Int64: [UInt64]] = [:]
    /// The original each stored near-duplicate points to.
    private var originals: [Int64: Int64] = [:]

    public init() {}

    public var count: Int { signatures.count }

    /// The best earlier match at or above ``MinHash/threshold``, resolved to its original, found
    /// through the signature's band keys (``MinHash/bandKeys(_:)``, made when the article is prepared).
    /// Of equally similar articles, the one with the smallest id.
    public func match(_ sig: [UInt64], bandKeys: [UInt64]) -> (original: Int64, similarity: Double)? {
        var best: (Int64, Double)?
        var seen = Set<Int64>()
        for key in bandKeys {
            for id in buckets[key] ?? [] where seen.insert(id).inserted {
                guard let other = signatures[id] else { continue }
                let s = MinHash.similarity(sig, other)
                if s >= MinHash.threshold, s > best?.1 ?? -1 || (s == best?.1 && id < best!.0) { best = (id, s) }
            }
        }
        guard let best else { return nil }
        return (originals[best.0] ?? best.0, best.1)
    }

    public mutating func add(id: Int64, signature sig: [UInt64], duplicateOf: Int64?) {
        add(id: id, signature: sig, bandKeys: MinHash.bandKeys(sig), duplicateOf: duplicateOf)
    }

    /// ``add(id:signature:duplicateOf:)`` with the signature's band keys already made.
    public mutating func add(id: Int64, signature sig: [UInt64], bandKeys: [UInt64], duplicateOf: Int64?) {
        guard sig.count == MinHash.size else { return }
        signatures[id] = sig
        if let duplicateOf { originals[id] = duplicateOf }
        for key in bandKeys { buckets[key, default: []].append(id) }
    }
}
