import Foundation

/// A word's summed weights for its own-unit features (``FeatureExtractor/typeKeys(_:into:)``),
/// kept across sentences and documents so that a frequent word's thirty-odd table look-ups are
/// done once rather than at every occurrence.
///
/// Layout: a direct-mapped cache of `capacity` entries keyed by the word's hash
/// (``TokenUnits/word``, which determines every own unit: they all derive from the normalized
/// word). Entry `e` holds `sums[e * stride ..< e * stride + 90]`: for each of the five positions
/// (``FeatureExtractor/typeGroups``), nine Int16 sums for the first model then nine for the second.
/// A sum has at most 17 Int8 terms (|sum| ≤ 2159), so Int16 is exact. A new word evicts whatever
/// sat in its entry; hits and misses give the same sums, so the output does not depend on the
/// order documents come in.
final class TypeSums {
    static let capacity = 32768
    static let stride = 96  // 5 × 18 Int16, padded to three cache lines
    static let groups = FeatureExtractor.typeGroups

    private let weights: PairedWeights
    private let extractor: FeatureExtractor
    private var tags: [UInt64]
    private var sums: [Int16]
    /// Sums of the placeholders before the first and after the last token.
    private(set) var boundary: [Int16]
    private(set) var end: [Int16]
    /// A second direct-mapped cache, same size and hashing: the ``TokenUnits`` of a word as
    /// ``TokenAnalyzer`` computes them (before phrase marking), so that a word seen before skips
    /// its lexicon look-ups. `unitTags[e]` is the word of `units[e]` (0: empty).
    private var unitTags: [UInt64]
    private var units: [TokenUnits]
    private var scratch = SentenceFeatures()
    private var slots = [Int32](repeating: 0, count: 64)

    init(weights: PairedWeights, set: NERFeatureSet) {
        self.weights = weights
        extractor = FeatureExtractor(set: set)
        tags = [UInt64](repeating: 0, count: Self.capacity)
        unitTags = [UInt64](repeating: 0, count: Self.capacity)
        units = [TokenUnits](repeating: TokenUnits(), count: Self.capacity)
        sums = [Int16](repeating: 0, count: Self.capacity * Self.stride)
        var b = [Int16](repeating: 0, count: Self.stride), e = b
        boundary = []
        end = []
        fill(TokenUnits.boundary, into: &b, at: 0)
        fill(TokenUnits.end, into: &e, at: 0)
        boundary = b
        end = e
    }

    /// The units of `word` remembered by ``remember(_:)``, or nil.
    @inline(__always)
    func units(of word: UInt64) -> TokenUnits? {
        let entry = Int(truncatingIfNeeded: NERHash.mix(word)) & (Self.capacity - 1)
        return unitTags[entry] == word && word != 0 ? units[entry] : nil
    }

    /// Keeps `u` (fresh from ``TokenAnalyzer``) for ``units(of:)``, in place of the word that sat in its entry.
    func remember(_ u: TokenUnits) {
        let entry = Int(truncatingIfNeeded: NERHash.mix(u.word)) & (Self.capacity - 1)
        unitTags[entry] = u.word
        units[entry] = u
    }

    /// Copies the sums of `w` to `out[0 ..< stride]`, computing them on a miss.
    func copy(_ w: TokenUnits, to out: UnsafeMutablePointer<Int16>) {
        let entry = Int(truncatingIfNeeded: NERHash.mix(w.word)) & (Self.capacity - 1)
        if tags[entry] != w.word || w.word == 0 {
            fill(w, into: &sums, at: entry * Self.stride)
            tags[entry] = w.word
        }
        sums.withUnsafeBufferPointer { s in
            out.update(from: s.baseAddress! + entry * Self.stride, count: Self.stride)
        }
    }

    private func fill(_ w: TokenUnits, into out: inout [Int16], at base: Int) {
        extractor.typeKeys(w, into: &scratch)
        let L = PairedWeights.labels
        if slots.count < scratch.keys.count { slots = [Int32](repeating: 0, count: scratch.keys.count) }
        scratch.keys.withUnsafeBufferPointer { keys in
            slots.withUnsafeMutableBufferPointer { weights.locate(keys, into: $0.baseAddress!) }
        }
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * L) { acc in
            let a = acc.baseAddress!
            slots.withUnsafeBufferPointer { s in
                for g in 0..<Self.groups {
                    for y in 0..<2 * L { a[y] = 0 }
                    weights.accumulate(
                        slots: s.baseAddress!, from: scratch.offsets[g], to: scratch.offsets[g + 1],
                        first: a, second: a + L)
                    for y in 0..<2 * L { out[base + g * 2 * L + y] = Int16(a[y]) }
                }
            }
        }
    }
}

/// The ``TypeSums`` caches of one tagger: a document's tagging takes one and gives it back, so
/// that threads tagging at the same time never share a cache.
final class TypeSumsPool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [TypeSums] = []
    private let weights: PairedWeights
    private let set: NERFeatureSet

    init(weights: PairedWeights, set: NERFeatureSet) {
        self.weights = weights
        self.set = set
    }

    func take() -> TypeSums {
        lock.lock()
        defer { lock.unlock() }
        return free.popLast() ?? TypeSums(weights: weights, set: set)
    }

    func give(_ cache: TypeSums) {
        lock.lock()
        defer { lock.unlock() }
        free.append(cache)
    }
}
