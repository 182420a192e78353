import Testing
@testable import KhabarHTML

@Suite struct MetadataTests {
    @Test(arguments: [
        ("معارضون يسيطرون على مخازن للصواريخ بريف دمشق - CNNArabic.com", nil, "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"),
        ("عنوان طويل لخبر عن الاقتصاد والسياسة في المنطقة | اليوم السابع", "اليوم السابع", "عنوان طويل لخبر عن الاقتصاد والسياسة في المنطقة"),
        ("الجزيرة نت | عنوان طويل لخبر عن الاقتصاد والسياسة في المنطقة", "الجزيرة نت", "عنوان طويل لخبر عن الاقتصاد والسياسة في المنطقة"),
        ("الرئيس يلتقي الوزير - والوزير يرد على الصحفيين في مؤتمر", nil, "الرئيس يلتقي الوزير - والوزير يرد على الصحفيين في مؤتمر"),
        ("عنوان بلا فاصل", nil, "عنوان بلا فاصل"),
        ("aljazeera.net | عنوان طويل لخبر عن الاقتصاد", nil, "عنوان طويل لخبر عن الاقتصاد"),
    ] as [(String, String?, String)])
    func siteNameStripping(_ title: String, _ site: String?, _ expected: String) {
        #expect(TitleFinder.stripSiteName(title, siteName: site) == expected)
    }

    @Test(arguments: [
        ("BGCommentSBar", ["bg", "comment", "s", "bar"]),
        ("selectionShareable", ["selection", "shareable"]),
        ("related-news_list", ["related", "news", "list"]),
        ("  ", []),
    ] as [(String, [String])])
    func classWords(_ value: String, _ words: [String]) {
        #expect(Boilerplate.words(value) == words)
    }

    @Test(arguments: [
        ("اقرأ أيضا: الوزير يتفقد", true), ("إقرأ أيضاً الخبر", true), ("طالع أيضا", true),
        ("Read more about it", true), ("قرأ الوزير البيان", false),
    ])
    func readAlso(_ text: String, _ expected: Bool) {
        #expect(Boilerplate.isReadAlso(text) == expected)
    }

    @Test(arguments: [
        ("هذا نص عربي طويل بما يكفي لكي نعرف لغته من حروفه فقط دون أي إعلان في الصفحة نفسها", "ar"),
        ("یہ ایک اردو جملہ ہے جس میں کچھ الفاظ ہیں اور ہم اسے پہچاننا چاہتے ہیں، بڑے اور چھوٹے", "ur"),
        ("This is a plain English sentence long enough for the script test to count letters", "en"),
        ("قصير", nil),
    ] as [(String, String?)])
    func languageByScript(_ text: String, _ expected: String?) {
        #expect(LanguageGuess.byScript(text) == expected)
    }

    @Test func jsonLDGraphAndBrokenScripts() {
        let ld = JSONLD(scripts: [
            "{ broken json",
            #"{"@graph":[{"@type":"WebPage","datePublished":"2001-01-01"},{"@type":"NewsArticle","datePublished":"2020-12-01T02:00:00+03:00","author":[{"@type":"Person","name":"أحمد"}]}]}"#,
        ])
        #expect(ld.datePublished == "2020-12-01T02:00:00+03:00")
        #expect(ld.author == "أحمد")
    }
}

@Suite struct HeadlineTests {
    /// Regression: text on both sides of a <br> in the headline ran together.
    @Test func lineBreakInHeadlineIsASpace() throws {
        let root = try #require(MarkupParser.parseHTML(Array("<h1>سطر أول<br>سطر ثان</h1><p>كل<b>مة</b></p>".utf8), encoding: "UTF-8"))
        #expect(TextFolding.fold(try #require(root.first("h1")).textContent) == "سطر أول سطر ثان")
        #expect(try #require(root.first("p")).textContent == "كلمة")
    }
}
