import Testing

@testable import KhabarNER

/// A tiny corpus written for these tests: a person after a title, a place after في.
let tinyCorpus = """
    قال O
    سامر B-PERS
    إن O
    الوضع O
    هادئ O

    وصل O
    الوزير O
    سامر B-PERS
    إلى O
    دمشق B-LOC

    يقيم O
    سامر B-PERS
    في O
    دمشق B-LOC

    زار O
    الوزير O
    خليل B-PERS
    حلب B-LOC

    """

struct NERTrainingTests {
    func train(seed: UInt64, features: NERFeatureSet = .all) throws -> NERTagger {
        let s = try CoNLLCorpus.parse(tinyCorpus)
        return NERTraining(features: features, epochs: 5, seed: seed).train(s, lexicon: NERLexicon())
    }

    @Test func learnsTheTrainingSentences() throws {
        let t = try train(seed: 1)
        #expect(t.tag(["وصل", "الوزير", "سامر", "إلى", "دمشق"]).map(\.description) == ["O", "O", "B-PERS", "O", "B-LOC"])
    }

    @Test func isDeterministicForASeed() throws {
        #expect(try train(seed: 7).serialized() == train(seed: 7).serialized())
    }

    @Test(arguments: [NERFeatureSet.all, [.base, .document]])
    func modelFileRoundTrips(features: NERFeatureSet) throws {
        let t = try train(seed: 3, features: features)
        let bytes = t.serialized()
        let back = try NERTagger(bytes: bytes, lexicon: NERLexicon())
        #expect(back.serialized() == bytes)
        #expect((back.secondPass != nil) == features.contains(.document))
        let sentence = ["يقيم", "خليل", "في", "حلب"]
        #expect(back.tagDocument([sentence]) == t.tagDocument([sentence]))
    }

    @Test(arguments: [0, 3, 9, 40])
    func truncatedModelFilesThrow(keep: Int) throws {
        let bytes = try train(seed: 3).serialized()
        #expect(throws: (any Error).self) { try NERTagger(bytes: Array(bytes.prefix(keep)), lexicon: NERLexicon()) }
    }

    @Test func outsideBiasRaisesTheScoreOfEntities() throws {
        let t = try train(seed: 1)
        let biased = t.model.withOutsideBias(1000)
        let tagger = NERTagger(model: biased, lexicon: NERLexicon())
        #expect(tagger.tag(["الوضع", "هادئ"]).allSatisfy { $0 != .outside })
    }
}
