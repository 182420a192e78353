import Testing

@testable import KhabarNER

struct NERLabelTests {
    @Test(arguments: [
        ("O", "O"), ("B-PERS", "B-PERS"), ("I-LOC", "I-LOC"), ("B-ORG", "B-ORG"), ("I-MISC", "I-MISC"),
        ("B-PER", "B-PERS"),
    ])
    func parsesAndPrints(text: String, printed: String) {
        #expect(NERLabel(Substring(text))?.description == printed)
    }

    @Test(arguments: ["", "B", "X-PERS", "B-FOO", "BPERS"])
    func rejectsUnknownLabels(text: String) {
        #expect(NERLabel(Substring(text)) == nil)
    }

    /// conlleval's span rules: `B` starts, `I` of the same type continues, anything else ends;
    /// an `I` that does not continue starts a new span.
    @Test(arguments: [
        ("B-PERS I-PERS O B-LOC", ["PERS 0..<2", "LOC 3..<4"]),
        ("I-ORG I-ORG", ["ORG 0..<2"]),
        ("B-PERS B-PERS", ["PERS 0..<1", "PERS 1..<2"]),
        ("B-PERS I-LOC", ["PERS 0..<1", "LOC 1..<2"]),
        ("O O", []),
        ("B-MISC", ["MISC 0..<1"]),
    ])
    func readsSpans(tags: String, expected: [String]) {
        let labels = tags.split(separator: " ").map { NERLabel($0)! }
        let spans = EntitySpan.spans(from: labels).map { "\($0.type) \($0.tokens)" }
        #expect(spans == expected)
    }
}
