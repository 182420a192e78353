/// A trained tagger's weights: one row of label scores per surviving feature, label
/// transitions (with a start row), and the feature groups it was trained with.
public struct NERModel: Sendable {
    /// The feature groups the model expects.
    public let features: NERFeatureSet
    let keys: [UInt32]
    /// `values[row * L + label]`: weights quantized to Int8 (weight = value × scale).
    let values: [Int8]
    let scale: Float
    /// The same weights in the table used for tagging.
    let packed: PackedWeights
    /// `transitions[prev * L + label]`, `prev == L` for the sentence start.
    let transitions: [Float]

    /// Number of features with weights.
    public var featureCount: Int { keys.count }

    /// A model from trained weights `weights[row * L + label]`, quantized.
    init(features: NERFeatureSet, keys: [UInt32], weights: [Float], transitions: [Float]) {
        let q = PackedWeights.quantize(weights)
        self.init(features: features, keys: keys, values: q.values, scale: q.scale, transitions: transitions)
    }

    init(features: NERFeatureSet, keys: [UInt32], values: [Int8], scale: Float, transitions: [Float]) {
        self.features = features
        self.keys = keys
        self.values = values
        self.scale = scale
        self.packed = PackedWeights(keys: keys, values: values, scale: scale)
        self.transitions = transitions
    }

    /// Label scores of every token: `[i * L + label]`.
    func emissions(_ f: SentenceFeatures) -> [Float] {
        let L = NERLabel.count
        precondition(L == 9, "PackedWeights holds nine labels")
        var em = [Float](repeating: 0, count: f.count * L)
        let scale = packed.scale
        var acc = [Int32](repeating: 0, count: L)
        f.keys.withUnsafeBufferPointer { keys in
            acc.withUnsafeMutableBufferPointer { a in
                for i in 0..<f.count {
                    for y in 0..<L { a[y] = 0 }
                    packed.accumulate(keys, from: f.offsets[i], to: f.offsets[i + 1], into: a.baseAddress!)
                    for y in 0..<L { em[i * L + y] = Float(a[y]) * scale }
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
        var keys = self.keys, weights = values.map { Float($0) * scale }
        if let row = keys.firstIndex(of: key) {
            weights[row * L] -= delta
        } else {
            keys.append(key)
            weights.append(-delta)
            weights.append(contentsOf: repeatElement(0, count: L - 1))
        }
        return NERModel(features: features, keys: keys, weights: weights, transitions: transitions)
    }
}
