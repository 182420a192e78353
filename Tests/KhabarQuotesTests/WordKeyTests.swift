import ArabicText
import Testing

@testable import KhabarQuotes

/// `WordKey` answers as `String` does, on plain keys (bytes) and on keys with marks (through `String`).
struct WordKeyTests {
    static let words = [
        "والرئيس", "الي", "لل", "ب", "", "#هاشتاغ", "G20", "e\u{301}te", "ال\u{656}رئيس", "و\u{656}قال", "قالت\u{200D}",
        "ﻻ", "بالاسباب", "ولكنه", "ئيس", "ي\u{654}",
    ]
    static let affixes = ["و", "ال", "ب", "ل", "لل", "ه", "ها", "ته", "ا", "ما", "#", "e", "ي"]

    @Test(arguments: words)
    func behavesAsString(_ w: String) {
        let k = WordKey(w)
        #expect(k.count == w.count)
        #expect(k.scalarCount == w.unicodeScalars.count)
        for a in Self.affixes {
            #expect(k.hasPrefix(a) == w.hasPrefix(a), "\(w) hasPrefix \(a)")
            #expect(k.hasSuffix(a) == w.hasSuffix(a), "\(w) hasSuffix \(a)")
        }
        #expect(k.droppingFirst().text == String(w.dropFirst()))
        #expect(k.droppingLast().text == String(w.dropLast()))
        #expect(k == WordKey(w))
        #expect(k.fnv == WordKey.fnv(Array(w.utf8)))
    }

    @Test func setFindsItsWordsOnly() {
        let members = (0..<3000).map { WordKey("كلمة\($0)") }
        let set = WordSet(members + members.prefix(10))
        #expect(set.keys.count == 3000)
        for (i, m) in members.enumerated() { #expect(set.index(of: m) == i) }
        for i in 3000..<6000 { #expect(!set.contains(WordKey("كلمة\(i)"))) }
        let bytes = Array("كلمة42".utf8)
        #expect(set.index(fnv: WordKey.fnv(bytes), bytes: bytes) == 42)
        let empty: WordSet = []
        #expect(!empty.contains("في"))
    }

    /// The keys built in one normalizer pass over all words are each word's own normalized form.
    @Test func streamKeysAreNormalizedWords() {
        let text = "قَالَ ﻻ\u{200D}بد ﷺ كتاب پارسی «G20» https://x.y/ز 3.5% وَإِنَّ\nسطر"
        let stream = TokenStream(text)
        let norm = ArabicNormalizer(.search)
        for t in stream.tokens where t.cls == .word {
            #expect(t.key.text == norm.normalize(stream.text(t.range)))
        }
        let given = TokenStream(text, tokens: ArabicTokenizer(.khabar).tokenize(text))
        #expect(given.tokens.map(\.key) == stream.tokens.map(\.key))
        #expect(stream.text(0..<stream.scalars.count) == text)
    }
}
