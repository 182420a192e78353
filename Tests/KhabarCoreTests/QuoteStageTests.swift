import Testing
@testable import KhabarCore

/// The quote stage inside the standard pipeline: speakers are linked to the person the title phrase
/// names, and sourcing chains come out as `via`.
struct QuoteStageTests {
    static let text = """
        وقال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو "مستعدة للحوار".
        وأفادت وكالة "رويترز"، استنادًا إلى مصادر مطلعة، أن المحادثات ستبدأ قريبا.
        """

    @Test func speakerIsThePersonAfterTheTitles() throws {
        let article = Article(title: "الكرملين مستعد للحوار", sections: [ArticleSection(paragraphs: [Self.text])])
        let document = try Pipeline.standard.analyze(article)
        let name = Dictionary(document.actors.map { ($0.id, $0.nameEn ?? "") }, uniquingKeysWith: { a, _ in a })
        let peskov = try #require(document.quotes.first { $0.speaker?.text.contains("بيسكوف") == true })
        #expect(name[peskov.speaker?.actor ?? ""] == "Dmitry Peskov")
        let reuters = try #require(document.quotes.first { $0.speaker?.text.contains("رويترز") == true })
        #expect(!reuters.via.isEmpty, "Reuters, citing sources")
        let scalars = Array(document.text.unicodeScalars)
        for q in document.quotes {
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars[q.start..<q.end])
            #expect(s == q.text)
        }
    }
}
