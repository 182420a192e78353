import Testing
@testable import KhabarHTML

/// Page shapes seen on Arabic news sites, one rule each (regression cases included).
@Suite struct StructureTests {
    static let sentence = "وقال المتحدث باسم الوزارة، في تصريح صحفي، إن العمل مستمر في المشروع، وإن النتائج ستعلن قريبا."

    func extract(_ body: String) throws -> ExtractedPage {
        try HTMLExtractor().extract(Array("<html><head><title>عنوان الصفحة</title></head><body>\(body)</body></html>".utf8))
    }

    /// Regression: a date line above the text and a comment-policy notice below it (in their own boxes).
    @Test func datelineAndCommentNoticeAroundTheTextAreDropped() throws {
        let page = try extract("""
            <div class="story"><h1>عنوان الصفحة</h1><div class="stamp">الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00</div>
            <div class="text"><p>\(Self.sentence)</p><p>\(Self.sentence)</p><p>\(Self.sentence)</p>
            <div><p>ترحب الشبكة بالنقاش، وننصحك بمراجعة إرشادات الاستخدام قبل نشر التعليقات، وفق سياسة الخصوصية.</p></div></div></div>
            """)
        #expect(page.bodyText == [Self.sentence, Self.sentence, Self.sentence].joined(separator: "\n"))
    }

    /// Regression: `selectionShareable` contains "share" but is not a share bar.
    @Test func shareableParagraphsAreKept() throws {
        let page = try extract("<div id='articleBody'><p class='selectionShareable'>\(Self.sentence)</p><p class='selectionShareable'>\(Self.sentence)</p></div>")
        #expect(page.sections.first?.paragraphs.count == 2)
    }

    @Test func brSeparatedTextBecomesParagraphs() throws {
        let page = try extract("<div class='content'>\(Self.sentence)<br><br>\(Self.sentence)<br>\(Self.sentence)</div><div class='menu'><a href='/'>الرئيسية</a></div>")
        #expect(page.sections.first?.paragraphs == [Self.sentence, Self.sentence, Self.sentence])
    }

    @Test func layoutTablesAreRead() throws {
        let page = try extract("<table><tr><td><a href='/a'>قسم</a> <a href='/b'>قسم آخر</a></td><td><p>\(Self.sentence)</p><p>\(Self.sentence)</p></td></tr></table>")
        #expect(page.bodyText == Self.sentence + "\n" + Self.sentence)
    }

    @Test func captionsInsideTheTextAreKept() throws {
        let page = try extract("<div class='body'><p>\(Self.sentence)</p><div class='imgcontainer'><img src='x.jpg'><span>صورة من الموقع</span></div><p>\(Self.sentence)</p></div>")
        #expect(page.sections.first?.paragraphs == [Self.sentence, "صورة من الموقع", Self.sentence])
    }

    @Test func headingThatRepeatsTheTitleIsNotASection() throws {
        let page = try extract("<article><h1>عنوان الصفحة</h1><p>\(Self.sentence)</p><h2>تفاصيل</h2><p>\(Self.sentence)</p></article>")
        #expect(page.sections.map(\.heading) == [nil, "تفاصيل"])
    }

    @Test func wholePageFallbackWhenNothingScores() throws {
        let page = try extract("<div>خبر قصير</div>")
        #expect(page.bodyText == "خبر قصير")
        #expect(page.warnings.contains { $0.contains("no main-content block") })
    }
}

@Suite struct StopHeadingTests {
    @Test(arguments: ["التعليقات", "تعليقات القراء (3)", "الأكثر قراءة", "Comments"])
    func commentHeadingEndsTheText(_ heading: String) throws {
        let s = StructureTests.sentence
        let html = "<html><body><div><p>\(s)</p><p>\(s)</p><h3>\(heading)</h3><p>تعليق قارئ طويل بما يكفي، وفيه فواصل، وكلام كثير لا علاقة له بالخبر نفسه.</p></div></body></html>"
        let page = try HTMLExtractor().extract(Array(html.utf8))
        #expect(page.bodyText == s + "\n" + s)
    }
}
