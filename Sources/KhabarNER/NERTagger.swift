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

    public init(model: NERModel, secondPass: NERModel? = nil, lexicon: NERLexicon) {
        self.model = model
        self.secondPass = secondPass
        self.lexicon = lexicon
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
        var f = SentenceFeatures()
        let all = sentences.map { units(of: $0, &analyzer) }
        let first = all.map { decode($0, model, &f, document: nil) }
        guard let secondPass else { return first.map { $0.map(NERLabel.init(index:)) } }
        let codes = DocumentContext.codes(units: all, labels: first, window: window)
        return all.indices.map { s in
            decode(all[s], secondPass, &f, document: codes[s]).map(NERLabel.init(index:))
        }
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
