import Testing

@testable import KhabarNER

struct DocumentContextTests {
    func units(_ words: [String]) -> [TokenUnits] {
        var a = TokenAnalyzer(lexicon: NERLexicon())
        return words.map { a.analyze($0) }
    }

    /// The high nibble says which type the other occurrences got and how consistently;
    /// the low nibble is the token's own first-pass label.
    @Test func codesCarryTheTypeGivenElsewhere() {
        let s1 = units(["زار", "سامر", "دمشق"]), s2 = units(["قال", "سامر"])
        let person = NERLabel(type: .person, begin: true).index
        let codes = DocumentContext.codes(units: [s1, s2], labels: [[0, person, 0], [0, 0]], window: nil)
        // سامر in sentence 2: its one other occurrence is PERS → 1 + 3·0 + strength 2 (all).
        #expect(codes[1][1] == UInt8(1 + 0 + 2) << 4 | 0)
        // سامر in sentence 1: the other occurrence is untagged → own label only.
        #expect(codes[0][1] == person)
        // Words seen once have no context.
        #expect(codes[0][2] == 0)
    }

    @Test(arguments: [0, 1])
    func theWindowLimitsTheContext(window: Int) {
        let s = units(["سامر"]), other = units(["كلمة"])
        let person = NERLabel(type: .person, begin: true).index
        let codes = DocumentContext.codes(units: [s, other, s], labels: [[person], [0], [0]], window: window)
        #expect((codes[2][0] >> 4 != 0) == false, "sentence 0 is two sentences away")
    }
}
