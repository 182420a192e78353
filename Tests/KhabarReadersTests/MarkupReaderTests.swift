import Foundation
import KhabarCore
import Testing

@testable import KhabarReaders

@Test func pageBecomesAnArticle() throws {
    let result = try ArticleReader().read(try Fixture.bytes("page.html"), input: "page.html")
    #expect(result.format == .html)
    let a = try #require(result.articles.first)
    #expect(a.title == "افتتاح متحف للحرف اليدوية في المدينة القديمة")
    #expect(a.source == "صحيفة الوادي")
    #expect(a.url == "https://example.org/culture/museum")
    #expect(a.lede == "يضم المتحف أكثر من ألفي قطعة من النسيج والفخار والنحاس")
    #expect(a.language == "ar")
    #expect(a.publishedUTCOffset == 3 * 3600)
    #expect(a.published == Date(timeIntervalSince1970: 1_709_620_200))
    #expect(a.paragraphs.count == 3)
    #expect(a.sections.contains { $0.heading == "ورش للأطفال" })
    #expect(!a.paragraphs.joined().contains("فيسبوك"))
    // Relative dates resolve against the page's publication date.
    let d = try Pipeline.standard.analyze(a)
    #expect(d.dates.map(\.value).contains("2024-03-04"))
}

@Test func feedItemsBecomeArticles() throws {
    let result = try ArticleReader().read(try Fixture.bytes("feed.xml"), input: "feed.xml")
    #expect(result.format == .feed)
    #expect(result.problems.isEmpty)
    #expect(result.articles.map(\.url) == ["https://example.org/culture/museum", "https://example.org/local/street"])
    #expect(result.articles.allSatisfy { $0.source == "صحيفة الوادي" })
    #expect(result.articles[0].paragraphs.count == 2)
    #expect(result.articles[1].paragraphs.first?.contains("&") == true)
}

/// Regression: a page in windows-1256 with no declared charset must reach the page reader (which
/// detects the encoding), not be refused as "not UTF-8" by the text decoder.
@Test func legacyEncodedPageIsNotRefused() throws {
    let result = try ArticleReader().read(try Fixture.bytes("page-windows1256.html"), input: "p.html")
    let a = try #require(result.articles.first)
    #expect(a.paragraphs.joined().contains("افتتحت البلدية جسرا جديدا"))
}
