import Testing

@testable import KhabarQuotes

/// One case per metric rule of ``QuoteScorer``.
struct QuoteScorerTests {
    @Test func m1WordsIgnorePunctuationAndFoldSpelling() {
        #expect(QuoteScorer.words("«قالَ» إنّ: الأمر.") == ["قال", "ان", "الامر"])
    }

    @Test(arguments: [
        ("M2 all gold words", "روسيا مستعدة للحوار", "قال إن روسيا مستعدة للحوار", 1.0),
        ("M2 a third", "روسيا مستعدة للحوار", "روسيا", 1.0 / 3.0),
        ("M2 multiset", "لا لا نعم", "لا نعم", 2.0 / 3.0),
        ("M2 nothing shared", "روسيا", "موسكو", 0.0),
    ])
    func m2Overlap(rule: String, gold: String, predicted: String, expected: Double) {
        let o = QuoteScorer.overlap(gold: QuoteScorer.words(gold), predicted: QuoteScorer.words(predicted))
        #expect(abs(o - expected) < 1e-9, "\(rule)")
    }

    @Test func m3GreedyOneToOne() {
        let gold = [["a", "b", "c"], ["d", "e"]]
        let predicted = [["a", "b", "c", "d"], ["a", "b"]]
        let pairs = QuoteScorer.match(gold: gold, predicted: predicted, threshold: 0.3)
        // Prediction 0 covers gold 0 fully; prediction 1 cannot take gold 0 again and misses gold 1.
        #expect(pairs.map { [$0.gold, $0.predicted] } == [[0, 0]])
    }

    @Test(arguments: [
        ("M4 shared name", "المتحدث باسم الكرملين دميتري بيسكوف", "بيسكوف", true),
        ("M4 title words alone do not count", "المتحدث باسم الخارجية الإيرانية", "المتحدث باسم الكرملين", false),
        ("M4 clitic folded", "للهيئة", "الهيئة", true),
        ("M4 different people", "ترامب", "بومبيو", false),
    ])
    func m4Speaker(rule: String, gold: String, predicted: String, expected: Bool) {
        let g = QuoteScorer.Item(text: "", speaker: gold)
        let p = QuoteScorer.Item(text: "", speaker: predicted)
        #expect(QuoteScorer.speakerMatches(gold: g, predicted: p) == expected, "\(rule)")
    }
}
