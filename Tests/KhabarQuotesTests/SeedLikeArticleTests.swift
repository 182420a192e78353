import Testing

@testable import KhabarQuotes

/// The seed article's list of statements, checked on a text written with the same constructions.
struct SeedLikeArticleTests {
    let quotes = QuoteExtractor().extract(SeedLikeArticle.text)

    func quote(containing words: String) throws -> Quote {
        try #require(
            quotes.first { $0.content.text.contains(words) }, "no quote with «\(words)»: \(quotes.map(\.content.text))")
    }

    @Test func mixedStatementWithQuotedFragment() throws {
        let q = try quote(containing: "تعاون طاقي غير مسبوق")
        #expect(q.kind == .mixed)
        #expect(q.speaker?.span.text == "وزير الخارجية الفرنسي جان مارتان")
    }

    @Test func agencyReportViaUnnamedSources() throws {
        let q = try quote(containing: "روما تعهدت بمساعدة باريس")
        #expect(q.kind == .indirect)
        #expect(q.speaker?.span.text == "وكالة \"رويترز\"")
        #expect(q.via.map(\.description) == ["unnamed sources"])
    }

    @Test func spokesmanTwoStatements() throws {
        let first = try quote(containing: "يحلا خلافاتهما عبر الحوار")
        let second = try quote(containing: "جاهزة لبذل كل جهد ممكن")
        #expect(first.speaker?.span.text == "المتحدث باسم الحكومة الإيطالية ماركو بيانكي")
        #expect(second.speaker?.span.text == "المتحدث باسم الحكومة الإيطالية ماركو بيانكي")
        #expect(second.cue.text == "مؤكداً")
    }

    @Test func statementWithParticipleContinuation() throws {
        let first = try quote(containing: "عرض بعض الدول للوساطة")
        let continuation = try quote(containing: "هذه الملفات حساسة")
        #expect(first.speaker?.span.text == "المتحدث باسم الخارجية الجزائرية، كريم سعدي")
        #expect(continuation.speaker?.span.text == "المتحدث باسم الخارجية الجزائرية، كريم سعدي")
        #expect(continuation.kind == .direct)
        #expect(continuation.cue.text == "مضيفًا")
    }

    @Test func ministerDescription() throws {
        let q = try quote(containing: "أول موقف أوروبي يعترف بتعقيد الأزمة")
        #expect(q.kind == .direct)
        #expect(q.speaker?.span.text == "وزير الخارجية الإيطالي لوكا روسي")
    }

    @Test func otherOfficialsPraise() throws {
        let q = try quote(containing: "الشجاعة")
        #expect(q.kind == .direct)
        #expect(q.speaker?.span.text == "بعضهم")
    }
}
