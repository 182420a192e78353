import Foundation
import KhabarCore
import Testing

@testable import KhabarReaders

@Test func headedArticleWithSourceLine() throws {
    let article = try PlainTextReader().read(try Fixture.text("headed-article.txt"), input: "headed-article.txt")
    #expect(article.tags == ["اقتصاد", "الأسواق"])
    #expect(article.title == "ارتفاع أسعار القمح يربك موازنات الأسر في المنطقة")
    #expect(article.lede?.hasPrefix("سجلت أسعار الخبز") == true)
    #expect(article.source == "نشرة السوق")
    #expect(article.sections.map(\.heading) == [nil, "ردود فعل المستهلكين", "توقعات الخبراء"])
    #expect(article.sections.map(\.paragraphs.count) == [2, 1, 1])
}

@Test func unstructuredTextIsOneUntitledArticle() throws {
    let article = try PlainTextReader().read(try Fixture.text("untitled.txt"), input: "untitled.txt")
    #expect(article.title == nil)
    #expect(article.lede == nil)
    #expect(article.sections.count == 1)
    #expect(article.sections[0].paragraphs.count == 2)
}

@Test func titleFollowedByBlankLineSeparatedParagraphs() throws {
    let article = try PlainTextReader().read(try Fixture.text("titled-blank-lines.txt"), input: "t.txt")
    #expect(article.title == "مهرجان للكتاب يستقبل آلاف الزوار في يومه الأول")
    #expect(article.lede == "افتتح المهرجان أبوابه صباح السبت بمشاركة أكثر من مئتي دار نشر من عشرين بلدا.")
    #expect(article.paragraphs.count == 2)
}

/// One case per byline shape: the line and the source (or author) it names.
@Test(arguments: [
    ("راديو الناس|", "راديو الناس", true),
    ("| وكالة الأنباء", "وكالة الأنباء", true),
    ("المصدر: رويترز", "رويترز", true),
    ("(أ ف ب)", "أ ف ب", true),
    ("بقلم: سارة علي", "سارة علي", false),
])
func bylineLines(_ line: String, _ value: String, _ isSource: Bool) throws {
    let parsed = try #require(BylineLine.parse(line))
    #expect(parsed.value == value)
    #expect((parsed.kind == .source) == isSource)
}

@Test(arguments: [
    "قال المتحدث إن الاجتماع سيعقد في موعده.",  // a sentence, not a byline
    "أكد الوزير أن (الخطة) ستنفذ على مراحل متتالية خلال السنوات الخمس المقبلة في كل المحافظات",
])
func notBylines(_ line: String) {
    #expect(BylineLine.parse(line) == nil)
}

@Test func dateLineInHeaderBecomesPublicationDate() throws {
    let text = "عنوان الخبر هنا\n\nالأحد 2 مارس 2025\nالمصدر: نشرة\nنص الخبر الأول وصل أمس إلى المدينة."
    let article = try PlainTextReader().read(text, input: "d.txt")
    #expect(article.title == "عنوان الخبر هنا")
    let published = try #require(article.published)
    #expect(CivilDate(published, utcOffset: nil) == CivilDate(year: 2025, month: 3, day: 2))
}

@Test func whitespaceOnlyTextIsRefused() {
    #expect(throws: ReaderError.self) { try ArticleReader().read(Array(" \n\t\n".utf8), input: "blank.txt") }
}

@Test(arguments: [
    ("بيروت (رويترز) - قال مسؤولون إن المحادثات استؤنفت.", "رويترز"),
    ("القاهرة (أ ف ب) – أعلنت الحكومة خطة جديدة.", "أ ف ب"),
])
func datelineNamesTheSource(_ paragraph: String, _ source: String) throws {
    let article = try PlainTextReader().read("عنوان الخبر\n" + paragraph, input: "d.txt")
    #expect(article.source == source)
}

@Test func parenthesisLaterInTheParagraphIsNotADateline() throws {
    let text = "عنوان الخبر\nقال المتحدث باسم الوزارة في مؤتمر صحفي (عقد أمس) - إن الخطة جاهزة."
    #expect(try PlainTextReader().read(text, input: "d.txt").source == nil)
}
