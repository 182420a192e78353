import Testing

@testable import KhabarNER

/// The split used by ``TypeSums``: context keys plus the five own-unit groups of each token and
/// its neighbours are exactly the keys of a full first-pass extraction.
struct TypeKeysTests {
    static let sentences: [[String]] = [
        "وقال الرئيس الأمريكي دونالد ترامب في واشنطن إن المحادثات مستمرة",
        "ترامب",
        "قال Emmanuel Macron في باريس ١٢٣ !!!",
        "التقى وزير الخارجية الروسي سيرغي لافروف نظيره في موسكو",
    ].map { $0.split(separator: " ").map(String.init) }

    @Test(arguments: sentences)
    func splitKeysAreTheFullKeys(tokens: [String]) throws {
        let t = try NERTagger.bundled()
        var analyzer = TokenAnalyzer(lexicon: t.lexicon)
        let u = t.units(of: tokens, &analyzer)
        let extractor = FeatureExtractor(set: t.model.features)
        var full = SentenceFeatures(), context = SentenceFeatures(), own = SentenceFeatures()
        extractor.extract(u, document: nil, into: &full)
        extractor.contextKeys(u, into: &context)
        let n = u.count
        for i in 0..<n {
            var keys = Array(context.keys[context.offsets[i]..<context.offsets[i + 1]])
            for (g, by) in [(0, 0), (1, -1), (2, 1), (3, -2), (4, 2)] {
                let j = i + by
                extractor.typeKeys(j < 0 ? .boundary : j >= n ? .end : u[j], into: &own)
                keys += own.keys[own.offsets[g]..<own.offsets[g + 1]]
            }
            #expect(keys.sorted() == full.keys[full.offsets[i]..<full.offsets[i + 1]].sorted())
        }
    }
}
