/// Emission scores for both passes of one document, extracting and looking up each token's
/// first-pass features only once.
///
/// The second-pass model sees the first pass's features plus four document features per token
/// (``FeatureExtractor/documentKeys(_:_:_:)``). So the first pass, while it sums the first
/// model's weights of a token, sums the second model's weights of the same features too
/// (``PairedWeights``: one probe for both) and keeps those nine Int32 sums; the second pass then
/// only adds the weights of the document features. Integer sums are exact, so the scores are the
/// very ones a full second extraction would give.
///
/// Call ``firstPass(_:)`` for every sentence of the document in order, then ``secondPass(_:sentence:document:)``.
struct TwoPassScores {
    private let first: NERModel
    private let second: NERModel
    private let weights: PairedWeights
    private let extractor: FeatureExtractor
    /// Reused for every sentence.
    private var features = SentenceFeatures()
    private var emissions: [Float] = []
    /// Table slots of the sentence's features (``PairedWeights/locate(_:into:)``).
    private var slots: [Int32] = []
    /// The second model's sums over the first-pass features, nine per token, sentence after sentence.
    private var secondSums: [Int32] = []
    /// Where each sentence's sums start in `secondSums` (nil: the sentence was left untagged).
    private var starts: [Int?] = []
    /// Own-unit sums (``TypeSums``) of the sentence's tokens, after two placeholders for the
    /// positions before the first token and followed by two for those after the last.
    private var tokenSums: [Int16] = []
    private let typeSums: TypeSums

    init(first: NERModel, second: NERModel, weights: PairedWeights, typeSums: TypeSums) {
        self.typeSums = typeSums
        self.first = first
        self.second = second
        self.weights = weights
        extractor = FeatureExtractor(set: first.features)
    }

    /// First-pass labels of the next sentence of the document.
    mutating func firstPass(_ u: [TokenUnits]) -> [UInt8] {
        let L = PairedWeights.labels, n = u.count
        // As NERTagger.decode: a sentence without any Arabic letter is left untagged.
        guard u.contains(where: \.hasArabic) else {
            starts.append(nil)
            return [UInt8](repeating: 0, count: n)
        }
        extractor.contextKeys(u, into: &features)
        let start = secondSums.count
        starts.append(start)
        secondSums.append(contentsOf: repeatElement(0, count: n * L))
        emissions.removeAll(keepingCapacity: true)
        emissions.append(contentsOf: repeatElement(0, count: n * L))
        let scale = first.scale
        if slots.count < features.keys.count { slots = [Int32](repeating: 0, count: features.keys.count * 2) }
        features.keys.withUnsafeBufferPointer { keys in
            slots.withUnsafeMutableBufferPointer { weights.locate(keys, into: $0.baseAddress!) }
        }
        // The own-unit sums of every token, with the placeholders' two before and two after.
        let S = TypeSums.stride
        tokenSums.removeAll(keepingCapacity: true)
        tokenSums.append(contentsOf: typeSums.boundary)
        tokenSums.append(contentsOf: typeSums.boundary)
        tokenSums.append(contentsOf: repeatElement(0, count: n * S))
        tokenSums.append(contentsOf: typeSums.end)
        tokenSums.append(contentsOf: typeSums.end)
        tokenSums.withUnsafeMutableBufferPointer { ts in
            for i in 0..<n { typeSums.copy(u[i], to: ts.baseAddress! + (i + 2) * S) }
        }
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: L) { acc in
            slots.withUnsafeBufferPointer { slots in
                secondSums.withUnsafeMutableBufferPointer { sums in
                    emissions.withUnsafeMutableBufferPointer { em in
                        tokenSums.withUnsafeBufferPointer { ts in
                            for i in 0..<n {
                                for y in 0..<L { acc[y] = 0 }
                                let second = sums.baseAddress! + start + i * L
                                weights.accumulate(
                                    slots: slots.baseAddress!, from: features.offsets[i], to: features.offsets[i + 1],
                                    first: acc.baseAddress!, second: second)
                                // Group g of the token at offset `by` from i (TypeSums' layout).
                                @inline(__always) func add(group g: Int, of by: Int) {
                                    let base = (i + 2 + by) * S + g * 2 * L
                                    for y in 0..<L {
                                        acc[y] &+= Int32(ts[base + y])
                                        second[y] &+= Int32(ts[base + L + y])
                                    }
                                }
                                add(group: 0, of: 0)
                                add(group: 1, of: -1)
                                add(group: 2, of: 1)
                                add(group: 3, of: -2)
                                add(group: 4, of: 2)
                                for y in 0..<L { em[i * L + y] = Float(acc[y]) * scale }
                            }
                        }
                    }
                }
            }
        }
        return Viterbi.decode(emissions: emissions, count: n, transitions: first.transitions)
    }

    /// Second-pass labels of sentence `s` (its units again, and its ``DocumentContext`` codes).
    mutating func secondPass(_ u: [TokenUnits], sentence s: Int, document: [UInt8]) -> [UInt8] {
        let L = PairedWeights.labels, n = u.count
        guard let start = starts[s] else { return [UInt8](repeating: 0, count: n) }
        emissions.removeAll(keepingCapacity: true)
        emissions.append(contentsOf: repeatElement(0, count: n * L))
        let scale = second.scale
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: L) { acc in
            secondSums.withUnsafeBufferPointer { sums in
                emissions.withUnsafeMutableBufferPointer { em in
                    for i in 0..<n {
                        for y in 0..<L { acc[y] = sums[start + i * L + y] }
                        let d = FeatureExtractor.documentKeys(u[i], document, i)
                        let a = acc.baseAddress!
                        weights.accumulateSecond(d.0, into: a)
                        weights.accumulateSecond(d.1, into: a)
                        weights.accumulateSecond(d.2, into: a)
                        weights.accumulateSecond(d.3, into: a)
                        for y in 0..<L { em[i * L + y] = Float(acc[y]) * scale }
                    }
                }
            }
        }
        return Viterbi.decode(emissions: emissions, count: n, transitions: second.transitions)
    }
}
