import Foundation
import KhabarCore
import Testing

@testable import KhabarReaders

/// The seed article of the issue (`../shared/examples/seed-article.txt`), read only when present:
/// it must come out exactly as the issue states.
let seedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "../../../shared/examples/seed-article.txt"
).standardized.path

@Test(.enabled(if: FileManager.default.fileExists(atPath: seedPath)))
func seedArticleComesOutAsTheIssueSays() throws {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: seedPath)))
    let result = try ArticleReader().read(bytes, input: seedPath)
    #expect(result.format == .text)
    let article = try #require(result.articles.first)
    #expect(article.tags == ["بوتين"])
    #expect(article.title == "تقرير: ترامب يسعى لمفاوضات مع إيران بدعم روسي")
    #expect(article.lede?.hasPrefix("لمح وزير الخارجية الأميركي") == true)
    #expect(article.source == "راديو الناس")
    #expect(article.sections.map(\.heading) == [
        nil,
        "التعاون الروسي الإيراني وتأثيره على المفاوضات",
        "الموقف الإيراني والتوجهات الأميركية الجديدة",
        "آفاق التعاون بين واشنطن وموسكو",
    ])
    #expect(article.sections.first?.paragraphs.count == 2)

    let document = try Pipeline.standard.analyze(article)
    #expect(document.language == "ar")
    let scalars = Array(document.text.unicodeScalars)
    for date in document.dates {
        #expect(String(String.UnicodeScalarView(scalars[date.start..<date.end])) == date.text)
    }
}
