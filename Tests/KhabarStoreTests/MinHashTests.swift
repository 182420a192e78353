import Testing
@testable import KhabarStore

/// Signatures are stored: the values must never change, whatever the loop looks like.
@Suite struct MinHashTests {
    /// The definition, written plainly: slot k is the minimum over shingles of splitmix(shingle ^ seed_k).
    static func reference(_ w: [UInt64]) -> [UInt64] {
        if w.isEmpty { return [] }
        func mix(_ x: UInt64) -> UInt64 {
            var z = x &+ 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let seeds = (0..<64).map { mix(UInt64($0) &* 0x9E37_79B9_7F4A_7C15 &+ 0x1234_5678) }
        var sig = [UInt64](repeating: .max, count: 64)
        for i in 0..<max(1, w.count - 2) {
            var h = w[i]
            if i + 1 < w.count { h = mix(h ^ (w[i + 1] &* 31)) }
            if i + 2 < w.count { h = mix(h ^ (w[i + 2] &* 131)) }
            for k in 0..<64 { sig[k] = min(sig[k], mix(h ^ seeds[k])) }
        }
        return sig
    }

    @Test(arguments: [0, 1, 2, 3, 50, 400])
    func signatureIsTheDefinition(_ n: Int) {
        var x: UInt64 = 0x2545_F491_4F6C_DD1D &+ UInt64(n)
        let words = (0..<n).map { _ in
            x ^= x << 13; x ^= x >> 7; x ^= x << 17
            return x % 97   // repeated words, as text has
        }
        #expect(MinHash.signature(wordHashes: words) == Self.reference(words))
    }

    @Test func encodingRoundTrips() {
        let sig = MinHash.signature(wordHashes: [1, 2, 3, 4, 5])
        #expect(MinHash.encode(sig).count == 512)
        #expect(MinHash.decode(MinHash.encode(sig)) == sig)
    }
}
