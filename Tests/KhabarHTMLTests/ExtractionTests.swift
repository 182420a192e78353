import Testing
@testable import KhabarHTML

@Suite struct ExtractionTests {
    let page: ExtractedPage

    init() throws {
        page = try HTMLExtractor().extract(try Fixture.bytes("article.html"))
    }

    @Test func titleIsTheH1WithoutTheSiteName() {
        #expect(page.title == "الحكومة تعلن خطة جديدة للنقل العام")
    }

    @Test func metadata() {
        #expect(page.lede == "أعلنت الحكومة اليوم خطة لتطوير شبكة النقل العام في العاصمة خلال ثلاث سنوات.")
        #expect(page.author == "سارة أحمد")
        #expect(page.published == .init(value: "2021-03-15T09:30:00+02:00", source: "json-ld:datePublished"))
        #expect(page.canonicalURL == "https://example.org/news/2021/03/15/transport-plan")
        #expect(page.language == "ar")
        #expect(page.direction == .rtl)
        #expect(page.encoding == PageEncoding(name: "UTF-8", source: .declared))
        #expect(page.siteName == "جريدة المثال")
    }

    @Test func sectionsKeepHeadingsAndParagraphs() {
        #expect(page.sections.map(\.heading) == [nil, "تمويل المشروع", "ردود الفعل"])
        #expect(page.sections.map(\.paragraphs.count) == [2, 1, 1])
        #expect(page.sections[0].paragraphs[0].hasPrefix("أعلنت الحكومة اليوم، في مؤتمر صحفي"))
    }

    @Test(arguments: [
        "فيسبوك",            // share bar
        "سياسة",             // navigation menu
        "عاجل",              // ticker
        "اقرأ أيضا",         // read-also block
        "البرلمان يناقش",     // read-also paragraph
        "أسعار الوقود",       // related list
        "تعليق من قارئ",      // comments
        "إضافة تعليق",        // comment prompt
        "خبر شائع",          // sidebar
        "جميع الحقوق",        // footer
    ])
    func boilerplateIsRemoved(_ fragment: String) {
        #expect(!page.bodyText.contains(fragment))
    }

    @Test func englishPageRecordsItsLanguage() throws {
        let english = try HTMLExtractor().extract(try Fixture.bytes("english.html"))
        #expect(english.language == "en")
        #expect(english.direction == .ltr)
        #expect(english.title == "City unveils new transit plan")
        #expect(english.sections.first?.paragraphs.count == 2)
    }

    @Test func fragmentExtraction() throws {
        let fragment = try #require(HTMLExtractor().extract(html: "<p>فقرة أولى طويلة بما يكفي لتكون نصا رئيسيا في هذه الصفحة القصيرة جدا.</p><p>اقرأ أيضا: <a href='/x'>رابط</a></p>"))
        #expect(fragment.bodyText == "فقرة أولى طويلة بما يكفي لتكون نصا رئيسيا في هذه الصفحة القصيرة جدا.")
    }
}
