import Testing

@testable import KhabarQuotes

/// Broken or hostile input gives sensible output, never a crash (time is not asserted).
struct BadInputTests {
    @Test func unbalancedGuillemetEndsAtItsParagraph() throws {
        let text = "قال الوزير: «سنعود قريبا إلى طاولة المفاوضات\nوفي سياق آخر، ارتفعت الأسعار."
        let q = try #require(QuoteExtractor().extract(text).first)
        #expect(q.content.text == "سنعود قريبا إلى طاولة المفاوضات")
        #expect(q.kind == .direct)
    }

    @Test func inchSignIsNotAQuote() {
        let text = "اشترى شاشة 15\" جديدة، وقال إن السعر مرتفع."
        let quotes = QuoteExtractor().extract(text)
        #expect(quotes.map(\.content.text) == ["السعر مرتفع"])
    }

    @Test func twoHundredNestedQuotes() {
        let text = "قال الوزير: " + String(repeating: "«", count: 200) + "نص قصير" + String(repeating: "»", count: 200)
        let quotes = QuoteExtractor().extract(text)
        #expect(quotes.count == 1)
        #expect(quotes.first?.content.text.contains("نص قصير") == true)
    }

    @Test func articleThatIsOneLongQuote() {
        let body = String(repeating: "وقال إن الجملة طويلة جدا. ", count: 3000)
        let text = "قال الرئيس: «" + body + "»"
        let quotes = QuoteExtractor().extract(text)
        let outer = quotes.first { $0.cue.text == "قال" && $0.kind == .direct }
        #expect(outer != nil)
        #expect((outer?.content.end ?? 0) >= text.unicodeScalars.count - 2)
        // Every quote's offsets stay inside the text.
        #expect(quotes.allSatisfy { $0.content.start >= 0 && $0.content.end <= text.unicodeScalars.count })
    }

    @Test(arguments: ["", "\n\n\n", "«", "»»»", "\"\"\"\"", "قال", "قال إن", "قال:", "بحسب", "، قال", "'''"])
    func degenerate(text: String) {
        let quotes = QuoteExtractor().extract(text)
        #expect(quotes.allSatisfy { $0.content.start < $0.content.end && $0.content.end <= text.unicodeScalars.count })
    }
}
