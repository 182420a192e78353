import Testing
@testable import KhabarHTML

@Suite struct BadInputTests {
    @Test(arguments: [
        ([] as [UInt8], KhabarHTMLError.Kind.empty),
        (Array("  \n\t ".utf8), .empty),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], .binary),
        ((0..<2000).map { UInt8(($0 * 7) % 32) | 0x01 }, .binary),
    ])
    func refused(_ bytes: [UInt8], _ kind: KhabarHTMLError.Kind) {
        do {
            _ = try HTMLExtractor().extract(bytes, source: "input.html")
            Issue.record("expected an error")
        } catch let e as KhabarHTMLError {
            #expect(e.kind == kind)
            #expect(e.description.hasPrefix("input.html: "))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func truncatedPageKeepsWhatItHas() throws {
        let html = "<html><head><title>عنوان</title></head><body><div class='content'><p>فقرة كاملة من النص العربي تكفي لتكون المحتوى الرئيسي لهذه الصفحة المقطوعة.</p><p>فقرة مقطوعة في منتص"
        let page = try HTMLExtractor().extract(Array(html.utf8))
        #expect(page.bodyText.hasPrefix("فقرة كاملة من النص العربي"))
        #expect(page.bodyText.hasSuffix("فقرة مقطوعة في منتص"))
    }

    @Test func twentyLevelNestedTables() throws {
        var html = "<html><body>"
        for _ in 0..<20 { html += "<table><tr><td>" }
        html += "<p>نص داخل عشرين جدولا متداخلا، وهو نص طويل بما يكفي ليحسب فقرة رئيسية في الصفحة.</p>"
        for _ in 0..<20 { html += "</td></tr></table>" }
        html += "</body></html>"
        let page = try HTMLExtractor().extract(Array(html.utf8))
        #expect(page.bodyText == "نص داخل عشرين جدولا متداخلا، وهو نص طويل بما يكفي ليحسب فقرة رئيسية في الصفحة.")
    }

    /// libxml2 stops at 256 open elements; what came before is kept, and nothing crashes.
    @Test func veryDeepNestingKeepsTheTextBeforeIt() throws {
        let depth = 5000
        let intro = "<p>فقرة قبل التداخل العميق، طويلة بما يكفي لتحسب فقرة رئيسية في هذه الصفحة.</p>"
        let html = "<html><body>" + intro + String(repeating: "<div>", count: depth) + "نص عميق جدا" + String(repeating: "</div>", count: depth)
        let page = try HTMLExtractor().extract(Array(html.utf8))
        #expect(page.bodyText.hasPrefix("فقرة قبل التداخل العميق"))
    }

    @Test func nestingBeyondTheTreeLimitIsFlattened() throws {
        let depth = 200
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>نص <b>عميق</b> جدا</p>" + String(repeating: "</div>", count: depth)
        let page = try HTMLExtractor().extract(Array(html.utf8))
        #expect(page.bodyText.contains("عميق جدا"))
    }

    @Test func plainTextIsOneParagraph() throws {
        let page = try HTMLExtractor().extract(Array("هذا نص عادي بلا أي وسوم، وهو مع ذلك يجب أن يقرأ بلا خطأ.".utf8))
        #expect(page.bodyText == "هذا نص عادي بلا أي وسوم، وهو مع ذلك يجب أن يقرأ بلا خطأ.")
    }

    @Test func pageWithoutTextWarns() throws {
        let page = try HTMLExtractor().extract(Array("<html><body><img src='x.png'><script>var a = 1;</script></body></html>".utf8))
        #expect(page.sections.isEmpty)
        #expect(page.warnings.contains("no text found"))
    }
}

@Suite struct DeepFeedTests {
    @Test func deeplyNestedJSONIsAClearError() {
        let json = "{\"items\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        #expect(throws: KhabarHTMLError.self) { try FeedParser().parse(Array(json.utf8), source: "deep.json") }
    }

    @Test func deeplyNestedXMLDoesNotCrash() throws {
        let xml = "<rss><channel><item><title>أول</title><link>https://e.org/1</link></item>"
            + String(repeating: "<x>", count: 50_000) + String(repeating: "</x>", count: 50_000) + "</channel></rss>"
        let feed = try FeedParser().parse(Array(xml.utf8))
        #expect(feed.items.first?.title == "أول")
    }
}
