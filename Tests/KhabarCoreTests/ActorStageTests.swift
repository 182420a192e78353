import Testing
@testable import KhabarCore

/// The actor stage inside the standard pipeline: actors come out with codes and every entity span
/// is exactly its text.
struct ActorStageTests {
    static let text = """
        قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار مع واشنطن.
        وأضاف لافروف أن الكرملين ينتظر رد البيت الأبيض.
        """

    @Test func resolvesTitlesSurnamesAndMetonymy() throws {
        let article = Article(title: "لافروف: موسكو مستعدة للحوار", sections: [ArticleSection(heading: nil, paragraphs: [Self.text])])
        let document = try Pipeline.standard.analyze(article)
        let codes = Dictionary(document.actors.map { ($0.nameEn ?? "", $0.cameo ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(codes["Sergey Lavrov"] == "RUSGOV")
        #expect(codes["Moscow"] == "RUSGOV")
        #expect(codes["Kremlin"] == "RUSGOV")
        #expect(codes["White House"] == "USAGOV")
        let scalars = Array(document.text.unicodeScalars)
        for e in document.entities {
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars[e.start..<e.end])
            #expect(s == e.text)
        }
        let lavrov = document.actors.first { $0.nameEn == "Sergey Lavrov" }?.id
        #expect(document.entities.filter { $0.actor == lavrov }.count >= 2, "the surname mention links to the same actor")
    }

    @Test func nonArabicDocumentSkipsTheStage() throws {
        let article = Article(title: "Lavrov says Moscow is ready", sections: [ArticleSection(heading: nil, paragraphs: ["Sergey Lavrov said Moscow was ready to talk."])])
        let document = try Pipeline.standard.analyze(article)
        #expect(document.skippedStages.contains("actors"))
        #expect(document.actors.isEmpty)
    }
}
