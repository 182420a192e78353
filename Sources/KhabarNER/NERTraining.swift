/// Trains a complete ``NERTagger`` from labelled sentences: the first-pass model, and, with
/// ``NERFeatureSet/document``, a second-pass model whose document features come from
/// first-pass models that did not see the sentence (jackknife over contiguous folds, so a
/// second pass learns from first-pass labels as noisy as those it will see on new text).
public struct NERTraining {
    public var features: NERFeatureSet
    public var epochs: Int
    public var seed: UInt64
    /// Folds for the jackknife of the second pass.
    public var folds = 5
    /// Sentences of context on each side for document features in training and evaluation
    /// (the corpus has no article boundaries).
    public var window = 15
    /// Lowers the score of `O` by this much in the final models (see ``NERModel/withOutsideBias(_:)``).
    public var outsideBias: Float = 0
    /// Called with progress messages.
    public var log: (String) -> Void = { _ in }

    public init(features: NERFeatureSet = .all, epochs: Int = 12, seed: UInt64 = 1) {
        self.features = features
        self.epochs = epochs
        self.seed = seed
    }

    /// Trains on `sentences`. With ``NERFeatureSet/induced``, a first-pass model first tags
    /// `unlabelled` sentences to build the induced lexicon (``InducedLexicon``).
    public func train(_ sentences: [LabeledSentence], lexicon: NERLexicon, unlabelled: [[String]] = []) -> NERTagger {
        var lexicon = lexicon
        let gold = sentences.map { $0.labels.map(\.index) }
        if features.contains(.induced), !unlabelled.isEmpty {
            let units = analyze(sentences, lexicon)
            let m = trainPass(units, gold, features.subtracting([.document, .induced]), document: nil, name: "induction")
            let t = NERTagger(model: m, lexicon: lexicon)
            var analyzer = TokenAnalyzer(lexicon: lexicon)
            var f = SentenceFeatures()
            var induced = InducedLexicon()
            for s in unlabelled {
                let u = t.units(of: s, &analyzer)
                induced.add(u, t.decode(u, m, &f, document: nil))
            }
            lexicon.induced = WordTable(induced.codes())
            log("induced lexicon: \(lexicon.induced.count) words from \(unlabelled.count) sentences")
        }
        let units = analyze(sentences, lexicon)
        let firstSet = features.subtracting(.document)
        let first = trainPass(units, gold, firstSet, document: nil, name: "pass 1").withOutsideBias(outsideBias)
        guard features.contains(.document) else { return NERTagger(model: first, lexicon: lexicon) }
        var predicted = [[UInt8]](repeating: [], count: units.count)
        let n = units.count
        for fold in 0..<folds {
            let lo = n * fold / folds, hi = n * (fold + 1) / folds
            let rest = Array(units.indices.filter { $0 < lo || $0 >= hi })
            let m = trainPass(rest.map { units[$0] }, rest.map { gold[$0] }, firstSet, document: nil, name: "fold \(fold + 1)")
                .withOutsideBias(outsideBias)
            let t = NERTagger(model: m, lexicon: lexicon)
            var f = SentenceFeatures()
            for s in lo..<hi { predicted[s] = t.decode(units[s], m, &f, document: nil) }
        }
        let codes = DocumentContext.codes(units: units, labels: predicted, window: window)
        let second = trainPass(units, gold, features, document: codes, name: "pass 2").withOutsideBias(outsideBias)
        return NERTagger(model: first, secondPass: second, lexicon: lexicon)
    }

    private func analyze(_ sentences: [LabeledSentence], _ lexicon: NERLexicon) -> [[TokenUnits]] {
        var analyzer = TokenAnalyzer(lexicon: lexicon)
        let probe = NERTagger(model: NERModel(features: [], keys: [], weights: [], transitions: []), lexicon: lexicon)
        return sentences.map { probe.units(of: $0.tokens, &analyzer) }
    }

    private func trainPass(_ units: [[TokenUnits]], _ gold: [[UInt8]], _ set: NERFeatureSet, document: [[UInt8]]?, name: String) -> NERModel {
        let extractor = FeatureExtractor(set: set)
        let data: [SentenceFeatures] = units.indices.map { s in
            var f = SentenceFeatures()
            extractor.extract(units[s], document: document?[s], into: &f)
            return f
        }
        let trainer = PerceptronTrainer(features: set, epochs: epochs, seed: seed)
        return trainer.train(data, gold: gold) { epoch, errors in
            log("\(name) epoch \(epoch): \(errors) sentences wrong")
        }
    }
}
