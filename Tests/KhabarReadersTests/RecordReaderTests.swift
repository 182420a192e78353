import Foundation
import KhabarCore
import Testing

@testable import KhabarReaders

@Test func jsonObjectWithArticlesArray() throws {
    let result = try ArticleReader().read(try Fixture.bytes("records.json"), input: "records.json")
    #expect(result.format == .json)
    #expect(result.articles.count == 2)
    #expect(result.problems.count == 1)  // the record with neither title nor content
    let a = result.articles[0]
    #expect(a.title == "وصول أول قطار كهربائي إلى المحطة المركزية")
    #expect(a.url == "https://example.org/train")
    #expect(a.author == "قسم الأخبار")
    #expect(a.tags == ["نقل", "قطارات"])
    #expect(a.paragraphs.count == 2)
    #expect(a.publishedUTCOffset == 7200)
}

@Test func jsonLinesKeepsGoodLinesPastABadOne() throws {
    let result = try ArticleReader().read(try Fixture.bytes("records.jsonl"), input: "records.jsonl")
    #expect(result.format == .jsonl)
    #expect(result.articles.map(\.url) == ["https://example.org/olive", "https://example.org/market"])
    #expect(result.problems.map(\.line) == [2])
}

@Test func csvWithQuotedNewlinesAndQuotes() throws {
    let result = try ArticleReader().read(try Fixture.bytes("records.csv"), input: "records.csv")
    #expect(result.format == .csv)
    #expect(result.articles.count == 2)
    #expect(result.articles[0].paragraphs.count == 2)
    #expect(result.articles[0].paragraphs[1].contains("\"كل يوم جمعة\""))
    #expect(result.articles[1].url == "https://example.org/street")
}

@Test func fieldMappingByFlag() throws {
    var mapping = FieldMapping()
    try mapping.override("content=story_text")
    try mapping.override("title=head")
    let json = #"[{"head": "عنوان", "story_text": "نص الخبر.", "text": "ليس هذا"}]"#
    let result = try ArticleReader(mapping: mapping).read(Array(json.utf8), input: "m.json")
    #expect(result.articles.first?.title == "عنوان")
    #expect(result.articles.first?.paragraphs == ["نص الخبر."])
}

@Test func badFieldSpecIsAnError() {
    var mapping = FieldMapping()
    #expect(throws: ReaderError.self) { try mapping.override("nonsense") }
    #expect(throws: ReaderError.self) { try mapping.override("colour=x") }
}
