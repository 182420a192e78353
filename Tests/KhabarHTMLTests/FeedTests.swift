import Testing
@testable import KhabarHTML

@Suite struct FeedTests {
    @Test func rssWithBrokenEntities() throws {
        let feed = try FeedParser().parse(try Fixture.bytes("rss_broken.xml"))
        #expect(feed.format == .rss)
        #expect(feed.title == "أخبار المثال")
        #expect(feed.language == "ar")
        #expect(feed.items.count == 2)
        let first = feed.items[0]
        #expect(first.link == "https://example.org/news/1")
        #expect(first.date == "2021-03-15T09:30:00Z")
        #expect(first.author == "سارة أحمد")
        #expect(first.categories == ["نقل"])
        #expect(first.title?.hasPrefix("الحكومة تعلن خطة") == true)
        #expect(first.contentHTML?.contains("<p>") == true)
        #expect(feed.items[1].date == "2021-03-16T10:00:00+02:00")
    }

    @Test func rssItemContentGoesThroughTheCleaner() throws {
        let feed = try FeedParser().parse(try Fixture.bytes("rss_broken.xml"))
        let page = try #require(HTMLExtractor().extract(feed.items[0]))
        #expect(page.sections.first?.paragraphs.count == 2)
        #expect(!page.bodyText.contains("اقرأ أيضا"))
        #expect(page.published?.value == "2021-03-15T09:30:00Z")
        #expect(page.title == feed.items[0].title)
    }

    @Test func atom() throws {
        let feed = try FeedParser().parse(try Fixture.bytes("atom.xml"))
        #expect(feed.format == .atom)
        #expect(feed.language == "ar")
        let entry = try #require(feed.items.first)
        #expect(entry.title == "زيارة إلى المتحف الوطني")
        #expect(entry.link == "https://example.org/blog/museum")
        #expect(entry.date == "2020-11-02T08:00:00Z")
        #expect(entry.author == "خالد")
        #expect(entry.description == "زرنا المتحف الوطني ورأينا مجموعته الجديدة.")
        #expect(entry.contentHTML?.contains("<p>زرنا المتحف الوطني صباح الإثنين") == true)
    }

    @Test func jsonFeed() throws {
        let feed = try FeedParser().parse(try Fixture.bytes("feed.json"))
        #expect(feed.format == .jsonFeed)
        #expect(feed.items.count == 2)
        #expect(feed.items[0].date == "2022-01-05T10:00:00+03:00")
        #expect(feed.items[0].author == "ليلى")
        #expect(feed.items[1].description == "ملخص قصير")
        #expect(feed.items[1].contentHTML == nil)
    }

    @Test(arguments: [
        ("{\"title\": \"no items\"}", KhabarHTMLError.Kind.notAFeed),
        ("{ not json", .notAFeed),
        ("<html><body><p>صفحة وليست موجزا</p></body></html>", .notAFeed),
        ("   \n", .empty),
    ])
    func notFeeds(_ text: String, _ kind: KhabarHTMLError.Kind) {
        #expect(throws: KhabarHTMLError.self) { try FeedParser().parse(Array(text.utf8)) }
        do { _ = try FeedParser().parse(Array(text.utf8)) } catch let e as KhabarHTMLError { #expect(e.kind == kind) } catch {}
    }

    @Test func unclosedFeedStillYieldsItems() throws {
        let text = "<rss><channel><title>t</title><item><title>أول</title><link>https://e.org/1</link></item><item><title>ثان"
        let feed = try FeedParser().parse(Array(text.utf8))
        #expect(feed.items.first?.title == "أول")
        #expect(feed.items.first?.link == "https://e.org/1")
    }
}
