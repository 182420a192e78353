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

/// The LSH index finds the most similar earlier article through shared bands, resolved to its
/// original; nothing under the threshold; of equals, the smallest id.
@Suite struct NearDuplicateIndexTests {
    /// A signature equal to `base` except in the first `changed` slots (similarity 1 - changed/64).
    static func variant(_ base: [UInt64], changed: Int, salt: UInt64) -> [UInt64] {
        base.enumerated().map { $0.offset < changed ? $0.element ^ (salt &* 0x9E37_79B9_7F4A_7C15 | 1) : $0.element }
    }

    @Test func findsTheBestEarlierMatch() {
        let base = MinHash.signature(wordHashes: Array(1...200))
        var index = NearDuplicateIndex()
        #expect(index.match(base, bandKeys: MinHash.bandKeys(base)) == nil)
        index.add(id: 10, signature: Self.variant(base, changed: 12, salt: 1), duplicateOf: nil)   // 0.81
        index.add(id: 11, signature: Self.variant(base, changed: 4, salt: 2), duplicateOf: nil)    // 0.94
        index.add(id: 12, signature: Self.variant(base, changed: 40, salt: 3), duplicateOf: nil)   // 0.38
        index.add(id: 13, signature: MinHash.signature(wordHashes: Array(500...700)), duplicateOf: nil)
        #expect(index.count == 4)
        let best = index.match(base, bandKeys: MinHash.bandKeys(base))
        #expect(best?.original == 11 && best?.similarity == 60.0 / 64)
        // A near-duplicate points to its original; equally similar articles resolve to the smaller id.
        index.add(id: 14, signature: base, duplicateOf: 11)
        #expect(index.match(base, bandKeys: MinHash.bandKeys(base))?.original == 11)
        var ties = NearDuplicateIndex()
        ties.add(id: 21, signature: base, duplicateOf: nil)
        ties.add(id: 20, signature: base, duplicateOf: nil)
        #expect(ties.match(base, bandKeys: MinHash.bandKeys(base))! == (original: 20, similarity: 1.0))
        // Under the threshold, or sharing no band: no match.
        let far = Self.variant(base, changed: 40, salt: 9)
        var low = NearDuplicateIndex()
        low.add(id: 1, signature: Self.variant(base, changed: 40, salt: 3), duplicateOf: nil)
        #expect(low.match(far, bandKeys: MinHash.bandKeys(far)) == nil)
    }
}
