import Testing

@testable import KhabarNER

/// The two-pass shortcut (``TwoPassScores`` over ``PairedWeights``) gives the labels of two full
/// extractions, one per model, and `entities(utf8:…)` those of `entities(inText:)`.
struct TwoPassScoresTests {
    static let tagger = Result { try NERTagger.bundled() }

    static let documents: [[[String]]] = [
        [
            "وقال الرئيس الأمريكي دونالد ترامب في واشنطن إن المحادثات مستمرة",
            "وأضاف ترامب أن الولايات المتحدة لن تتراجع",
            "The president spoke in Paris",
            "التقى وزير الخارجية الروسي سيرغي لافروف نظيره في موسكو ، وقال لافروف إن روسيا مستعدة",
        ].map { $0.split(separator: " ").map(String.init) },
        [[], ["ترامب"], ["!!!", "…", "123", "٣٤٥"], ["قال", "Emmanuel", "Macron", "في", "باريس"]],
    ]

    @Test(arguments: documents)
    func sameLabelsAsTwoFullExtractions(sentences: [[String]]) throws {
        let t = try Self.tagger.get()
        let second = try #require(t.secondPass)
        #expect(t.paired != nil)
        var analyzer = TokenAnalyzer(lexicon: t.lexicon)
        let units = sentences.map { t.units(of: $0, &analyzer) }
        var f = SentenceFeatures()
        let first = units.map { t.decode($0, t.model, &f, document: nil) }
        let codes = DocumentContext.codes(units: units, labels: first, window: nil)
        let expected = units.indices.map { t.decode(units[$0], second, &f, document: codes[$0]) }
        #expect(t.tagDocument(units: units, window: nil) == expected)
    }

    @Test func bytesEntryMatchesText() throws {
        let t = try Self.tagger.get()
        let text = "قال الرئيس دونالد ترامب في واشنطن.\nوأضاف ترامب أن الولايات المتحدة لن تتراجع."
        #expect(t.entities(inText: text).count >= 2)
        var copy = text
        let viaBytes = copy.withUTF8 { p in
            let (tokens, _, ranges) = NERTagger.sentences(of: text)
            return t.entities(utf8: p, tokens: tokens, sentences: ranges)
        }
        #expect(viaBytes == t.entities(inText: text))
    }
}
