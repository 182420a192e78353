import ArabicLexicon
import ArabicText
import Testing

/// The shipped lexicon loads, is the size the build script reports, and drives the segmenter.
struct StandardLexiconTests {
    @Test func loads() throws {
        let lexicon = try SegmentationLexicon.standard
        #expect(lexicon.count > 90_000)
        #expect(lexicon.count(of: "في") > 100_000)
        #expect(lexicon.count(of: "فِي") == lexicon.count(of: "في"), "marks folded")
        #expect(lexicon.count(of: "مدينة") > lexicon.count(of: "مدينه"), "teh marbuta kept apart")
    }

    @Test(arguments: [
        ("stem attested: ل + name", "لأوباما", ["ل", "أوباما"]),
        ("frequent word is not split", "بيروت", ["بيروت"]),
        ("word taking the article is not و + stem", "وزير", ["وزير"]),
        ("word taking the article is not stem + pronoun", "البنك", ["البنك"]),
        ("feminine noun + pronoun, stem checked with ة", "حياته", ["حيات", "ه"]),
        ("unseen name after و", "وسخالينوف", ["و", "سخالينوف"]),
    ])
    func segmentsWithLexicon(rule: String, word: String, expected: [String]) throws {
        #expect(try CliticSegmenter.standard.segment(word) == expected, "\(rule)")
    }
}
