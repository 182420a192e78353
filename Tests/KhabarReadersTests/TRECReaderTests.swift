import Foundation
import KhabarCore
import Testing

@testable import KhabarReaders

@Test func readsSeveralDocsLeniently() throws {
    let result = try TRECReader().read(try Fixture.bytes("two-docs.trec"), input: "two-docs.trec")
    #expect(result.problems.isEmpty)
    #expect(result.articles.count == 2)
    let first = result.articles[0]
    #expect(first.id == "XX-local-1-20240305")
    #expect(first.url == "https://example.org/news/1?a=1&b=2")  // raw & kept
    #expect(first.title == "افتتاح جسر جديد & طريق دائري")
    #expect(first.source == "example")
    #expect(first.category == "local")
    #expect(first.author == "مراسل المدينة")
    #expect(first.lede == "افتتحت البلدية جسرا جديدا يربط ضفتي النهر.")
    #expect(first.paragraphs.count == 2)
    #expect(first.paragraphs[0].contains("< 5000"))  // raw < kept
    #expect(first.paragraphs[1].contains(" & "))  // &amp; decoded
    #expect(first.publishedUTCOffset == 3 * 3600)
    #expect(first.published == Date(timeIntervalSince1970: 1_709_620_200))  // 2024-03-05T06:30:00Z
    // The second document has no </DOC> and an empty AUTHOR.
    #expect(result.articles[1].author == nil)
    #expect(result.articles[1].paragraphs == ["تستقبل المدرسة الجديدة أربعمئة تلميذ ابتداء من الفصل المقبل."])
}

@Test func relativeDateResolvesAgainstTIME() throws {
    let result = try TRECReader().read(try Fixture.bytes("two-docs.trec"), input: "two-docs.trec")
    let document = try Pipeline.standard.analyze(result.articles[0])
    #expect(document.dates.map(\.value) == ["2024-03-04"])  // «أمس» on 5 March 2024
}

@Test func inputWithoutDocIsAnError() {
    #expect(throws: ReaderError.self) { try TRECReader().read(Array("<TITLE>x</TITLE>".utf8), input: "x") }
}

@Test(arguments: [
    ("Sun, 15 Jul 2018 21:56:56 +0400", 1_531_677_416.0, 14_400),
    ("Tue, 20 Feb 2018 01:44:01 GMT", 1_519_091_041.0, 0),
    ("2018-07-15T21:56:56+04:00", 1_531_677_416.0, 14_400),
    ("2018-07-15", 1_531_612_800.0, nil),
])
func publicationDates(_ text: String, _ seconds: Double, _ offset: Int?) throws {
    let parsed = try #require(PublicationDateParser.parse(text))
    #expect(parsed.date.timeIntervalSince1970 == seconds)
    #expect(parsed.utcOffset == offset)
}
