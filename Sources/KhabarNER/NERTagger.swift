/// Tags tokens with BIO entity labels (PERS, LOC, ORG, MISC).
///
/// ```swift
/// let tagger = try NERTagger.bundled()
/// let spans = tagger.entities(["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين"])
/// // [EntitySpan(type: .person, tokens: 3..<5)]
/// ```
///
/// One pass is the averaged-perceptron model with Viterbi decoding. With a second-pass model
/// (``secondPass``), ``tagDocument(_:window:)`` tags every sentence once, then again with
/// features saying how each word was tagged elsewhere in the document, so that a name keeps
/// its type across an article. Work is linear in the number of tokens. A sentence with no
/// Arabic letter is left untagged.
public struct NERTagger: Sendable {
    public let model: NERModel
    public let secondPass: NERModel?
    public let lexicon: NERLexicon

    /// Both passes' weights in one table, when the second pass uses the first pass's features
    /// plus the document ones (see ``tagDocument(units:window:)``).
    let paired: PairedWeights?
    /// Per-word sums of the own-unit features for ``paired`` (see ``TypeSums``).
    let typeSums: TypeSumsPool?

    public init(model: NERModel, secondPass: NERModel? = nil, lexicon: NERLexicon) {
        self.model = model
        self.secondPass = secondPass
        self.lexicon = lexicon
        if let secondPass, secondPass.features.subtracting(.document) == model.features,
            secondPass.features.contains(.document)
        {
            let weights = PairedWeights(first: model, second: secondPass)
            paired = weights
            typeSums = TypeSumsPool(weights: weights, set: model.features)
        } else {
            paired = nil
            typeSums = nil
        }
    }

    /// Labels for one sentence's tokens (first pass only).
    public func tag(_ tokens: [String]) -> [NERLabel] {
        var analyzer = TokenAnalyzer(lexicon: lexicon)
        var f = SentenceFeatures()
        return labels(tokens, model, &analyzer, &f, document: nil).map(NERLabel.init(index:))
    }

    /// Entity spans for one sentence's tokens.
    public func entities(_ tokens: [String]) -> [EntitySpan] {
        EntitySpan.spans(from: tag(tokens))
    }

    /// Labels for the sentences of one document. `window` limits the document context of
    /// the second pass to that many sentences before and after (nil: the whole document).
    public func tagDocument(_ sentences: [[String]], window: Int? = nil) -> [[NERLabel]] {
        var analyzer = TokenAnalyzer(lexicon: lexicon)
        let all = sentences.map { units(of: $0, &analyzer) }
        return tagDocument(units: all, window: window).map { $0.map(NERLabel.init(index:)) }
    }

    /// Label indices for the analysed sentences of one document (both passes when there is a
    /// second-pass model).
    func tagDocument(units all: [[TokenUnits]], window: Int?) -> [[UInt8]] {
        guard let typeSums, secondPass != nil, paired != nil else { return tagDocument(units: all, window: window, cache: nil) }
        let cache = typeSums.take()
        defer { typeSums.give(cache) }
        return tagDocument(units: all, window: window, cache: cache)
    }

    /// As ``tagDocument(units:window:)`` with the ``TypeSums`` cache taken from ``typeSums``
    /// by the caller (nil only when there is no such pool).
    func tagDocument(units all: [[TokenUnits]], window: Int?, cache: TypeSums?) -> [[UInt8]] {
        guard let secondPass else {
            var f = SentenceFeatures()
            return all.map { decode($0, model, &f, document: nil) }
        }
        guard let paired, let cache else {
            var f = SentenceFeatures()
            let first = all.map { decode($0, model, &f, document: nil) }
            let codes = DocumentContext.codes(units: all, labels: first, window: window)
            return all.indices.map { s in decode(all[s], secondPass, &f, document: codes[s]) }
        }
        var pass = TwoPassScores(first: model, second: secondPass, weights: paired, typeSums: cache)
        let first = all.map { pass.firstPass($0) }
        let codes = DocumentContext.codes(units: all, labels: first, window: window)
        return all.indices.map { s in pass.secondPass(all[s], sentence: s, document: codes[s]) }
    }

    func units(of tokens: [String], _ analyzer: inout TokenAnalyzer) -> [TokenUnits] {
        var u = tokens.map { analyzer.analyze($0) }
        FeatureExtractor.markPhrases(&u, lexicon)
        return u
    }

    /// A sentence without any Arabic letter is left untagged: the model knows Arabic news only
    /// (Latin names inside Arabic sentences are tagged).
    func decode(_ u: [TokenUnits], _ m: NERModel, _ f: inout SentenceFeatures, document: [UInt8]?) -> [UInt8] {
        guard u.contains(where: \.hasArabic) else { return [UInt8](repeating: 0, count: u.count) }
        FeatureExtractor(set: m.features).extract(u, document: document, into: &f)
        return m.decode(f)
    }

    private func labels(_ tokens: [String], _ m: NERModel, _ a: inout TokenAnalyzer, _ f: inout SentenceFeatures, document: [UInt8]?) -> [UInt8] {
        decode(units(of: tokens, &a), m, &f, document: document)
    }
}
