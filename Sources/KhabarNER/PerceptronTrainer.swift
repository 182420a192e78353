/// Trains an ``NERModel`` with the averaged structured perceptron (Collins 2002): decode each
/// sentence with the current weights; where the best sequence differs from the gold one, add 1
/// to the gold features' weights and subtract 1 from the predicted ones (emissions and
/// transitions); the model keeps the average of the weights over all steps. Sentences are
/// visited in an order shuffled per epoch by a seeded generator, so a seed gives one model.
public struct PerceptronTrainer {
    public var features: NERFeatureSet
    public var epochs: Int
    public var seed: UInt64

    public init(features: NERFeatureSet = .all, epochs: Int = 12, seed: UInt64 = 1) {
        self.features = features
        self.epochs = epochs
        self.seed = seed
    }

    /// Trains on `sentences` (features already extracted) with gold label indices.
    /// `progress` is called after each epoch with the epoch number and the training error count.
    func train(_ data: [SentenceFeatures], gold: [[UInt8]], progress: (Int, Int) -> Void = { _, _ in }) -> NERModel {
        let L = NERLabel.count
        var rowOf: [UInt32: Int] = [:]
        var keys: [UInt32] = []
        var w: [Float] = []
        var u: [Double] = []  // sum of step · update, for averaging
        var tw = [Float](repeating: 0, count: (L + 1) * L)
        var tu = [Double](repeating: 0, count: (L + 1) * L)
        var step = 1.0
        var rng = SeededGenerator(seed: seed)
        var order = Array(data.indices)
        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &rng)
            var errors = 0
            for s in order {
                let f = data[s], g = gold[s], n = f.count
                guard n > 0 else { continue }
                var em = [Float](repeating: 0, count: n * L)
                for i in 0..<n {
                    for k in f.offsets[i]..<f.offsets[i + 1] {
                        guard let row = rowOf[f.keys[k]] else { continue }
                        for y in 0..<L { em[i * L + y] += w[row * L + y] }
                    }
                }
                let pred = Viterbi.decode(emissions: em, count: n, transitions: tw)
                if pred == g { step += 1; continue }
                errors += 1
                for i in 0..<n {
                    let gp = i == 0 ? L : Int(g[i - 1]), pp = i == 0 ? L : Int(pred[i - 1])
                    let gy = Int(g[i]), py = Int(pred[i])
                    if gp == pp && gy == py { continue }
                    tw[gp * L + gy] += 1; tu[gp * L + gy] += step
                    tw[pp * L + py] -= 1; tu[pp * L + py] -= step
                    if gy == py { continue }
                    for k in f.offsets[i]..<f.offsets[i + 1] {
                        let key = f.keys[k]
                        let row: Int
                        if let r = rowOf[key] {
                            row = r
                        } else {
                            row = keys.count
                            rowOf[key] = row
                            keys.append(key)
                            w.append(contentsOf: repeatElement(0, count: L))
                            u.append(contentsOf: repeatElement(0, count: L))
                        }
                        w[row * L + gy] += 1; u[row * L + gy] += step
                        w[row * L + py] -= 1; u[row * L + py] -= step
                    }
                }
                step += 1
            }
            progress(epoch, errors)
        }
        let avg = zip(w, u).map { Float(Double($0) - $1 / step) }
        let tavg = zip(tw, tu).map { Float(Double($0) - $1 / step) }
        return NERModel(features: features, keys: keys, weights: avg, transitions: tavg)
    }
}
