/// A trained tagger's weights: one row of label scores per surviving feature, label
/// transitions (with a start row), and the feature groups it was trained with.
public struct NERModel: Sendable {
    /// The feature groups the model expects.
    public let features: NERFeatureSet
    let keys: [UInt32]
    let index: FeatureIndex
    /// `weights[row * L + label]`.
    let weights: [Float]
    /// `transitions[prev * L + label]`, `prev == L` for the sentence start.
    let transitions: [Float]

    /// Number of features with weights.
    public var featureCount: Int { keys.count }

    init(features: NERFeatureSet, keys: [UInt32], weights: [Float], transitions: [Float]) {
        self.features = features
        self.keys = keys
        self.index = FeatureIndex(keys)
        self.weights = weights
        self.transitions = transitions
    }

    /// Label scores of every token: `[i * L + label]`.
    func emissions(_ f: SentenceFeatures) -> [Float] {
        let L = NERLabel.count
        var em = [Float](repeating: 0, count: f.count * L)
        weights.withUnsafeBufferPointer { w in
            em.withUnsafeMutableBufferPointer { e in
                for i in 0..<f.count {
                    for k in f.offsets[i]..<f.offsets[i + 1] {
                        let row = index.row(f.keys[k])
                        if row < 0 { continue }
                        let base = row * L
                        for y in 0..<L { e[i * L + y] += w[base + y] }
                    }
                }
            }
        }
        return em
    }

    /// The best label indices for a sentence's features.
    func decode(_ f: SentenceFeatures) -> [UInt8] {
        Viterbi.decode(emissions: emissions(f), count: f.count, transitions: transitions)
    }
}

extension NERModel {
    /// The same model with the score of `O` lowered by `delta` on every token (through the
    /// always-on bias feature): a recall/precision trade-off tuned on held-out data.
    public func withOutsideBias(_ delta: Float) -> NERModel {
        let key = NERHash.feature(1, 0)
        let L = NERLabel.count
        var keys = self.keys, weights = self.weights
        let row = index.row(key)
        if row >= 0 {
            weights[row * L] -= delta
        } else {
            keys.append(key)
            weights.append(-delta)
            weights.append(contentsOf: repeatElement(0, count: L - 1))
        }
        return NERModel(features: features, keys: keys, weights: weights, transitions: transitions)
    }
}
