import Testing
@testable import ArabicText

/// One case per rule of ``ArabicTokenizer`` (T1–T6), tokens written as `text/kind`.
struct TokenizerTests {
    static func render(_ text: String, _ mode: ArabicTokenizer.Mode = .khabar) -> [String] {
        ArabicTokenizer(mode).tokenize(text).map { "\($0.text(in: text))/\($0.kind.rawValue)" }
    }

    @Test(arguments: [
        ("T1 Arabic words with harakat", "ذَهَبَ الوَلَدُ", ["ذَهَبَ/arabic", "الوَلَدُ/arabic"]),
        ("T1 tatweel stays in the word", "روبرـــت", ["روبرـــت/arabic"]),
        ("T1 script change splits", "عام2022", ["عام/arabic", "2022/number"]),
        ("T2 Latin word", "CNN Arabic", ["CNN/latin", "Arabic/latin"]),
        ("T2 letters then digits", "G20", ["G20/latin"]),
        ("T2 apostrophe inside", "O'Brien", ["O'Brien/latin"]),
        ("T2 other script", "Москва", ["Москва/word"]),
        ("T2 Han one per character", "北京", ["北/word", "京/word"]),
        ("T3 Arabic-Indic decimal", "٢٫٥", ["٢٫٥/number"]),
        ("T3 thousands", "1,000", ["1,000/number"]),
        ("T3 percent", "3.5%", ["3.5%/number"]),
        ("T3 Arabic percent", "٥٠٪", ["٥٠٪/number"]),
        ("T3 trailing period is not part", "2022.", ["2022/number", "./punctuation"]),
        ("T4 URL less trailing punctuation", "انظر https://example.com/a?b=1.", ["انظر/arabic", "https://example.com/a?b=1/url", "./punctuation"]),
        ("T4 www URL", "www.bbc.com/arabic،", ["www.bbc.com/arabic/url", "،/punctuation"]),
        ("T4 e-mail", "راسلنا info@khabar.example", ["راسلنا/arabic", "info@khabar.example/email"]),
        ("T4 Arabic hashtag", "#مصر", ["#مصر/hashtag"]),
        ("T4 mention", "@BBCArabic", ["@BBCArabic/mention"]),
        ("T5 Arabic punctuation", "نعم، لا؛ لماذا؟", ["نعم/arabic", "،/punctuation", "لا/arabic", "؛/punctuation", "لماذا/arabic", "؟/punctuation"]),
        ("T5 ellipsis", "ثم...", ["ثم/arabic", ".../punctuation"]),
        ("T5 quotes", "«قال»", ["«/punctuation", "قال/arabic", "»/punctuation"]),
        ("T5 symbol", "$5", ["$/symbol", "5/number"]),
        ("T6 bidi controls are not tokens", "\u{200F}نص\u{202C} \u{FEFF}", ["نص/arabic"]),
        ("T6 empty", "", []),
    ])
    func khabar(rule: String, input: String, expected: [String]) {
        #expect(Self.render(input) == expected, "\(rule)")
    }

    @Test(arguments: [
        ("letters and digits join", "عام2022", ["عام2022/arabic"]),
        ("punctuation dropped", "قال: «نعم».", ["قال/arabic", "نعم/arabic"]),
        ("decimal with Arabic comma (MidNum)", "١،٢", ["١،٢/number"]),
        ("letters around a period join", "U.S.A", ["U.S.A/latin"]),
        ("harakat stay (WB4)", "كَتَبَ", ["كَتَبَ/arabic"]),
        ("underscore run alone dropped", "____", []),
        ("underscore joins", "a_b", ["a_b/latin"]),
        ("emoji is a token", "👍🏼 نعم", ["👍🏼/word", "نعم/arabic"]),
    ])
    func lucene(rule: String, input: String, expected: [String]) {
        #expect(Self.render(input, .lucene) == expected, "\(rule)")
    }

    @Test func offsetsAreBytesAndScalars() {
        let text = "أَ ب"
        let t = ArabicTokenizer().tokenize(text)
        #expect(t.map(\.utf8Range) == [0..<4, 5..<7])
        #expect(t.map(\.scalarRange) == [0..<2, 3..<4])
    }

    @Test func longTokenIsCutAt255InLuceneMode() {
        let word = String(repeating: "ب", count: 600)
        let t = ArabicTokenizer(.lucene).tokenize(word)
        #expect(t.map(\.scalarRange.count) == [255, 255, 90])
    }
}
