import Foundation
import KhabarCore
import KhabarHTML

/// Routes HTML pages and feeds to KhabarHTML and adapts what it extracts to ``Article``.
///
/// Page → article: title, lede, author, tags, language and sections as extracted; the URL is the
/// canonical URL; the source is the site name; the publication date's ISO value is parsed by
/// ``PublicationDateParser``. A page with neither title nor text is refused.
/// Feed → one article per item, cleaned by the same extractor (`content:encoded`, else the
/// description); the feed's title is the source and its language the fallback language. An item
/// with no text keeps its title; an item with neither is a problem naming its position.
enum MarkupReader {
    static func read(_ bytes: [UInt8], format: InputFormat, input: String) throws
        -> (articles: [Article], problems: [ReaderError])
    {
        do {
            switch format {
            case .feed: return try readFeed(bytes, input: input)
            default: return ([try readPage(bytes, input: input)], [])
            }
        } catch let e as KhabarHTMLError {
            throw ReaderError(input: input, message: e.message)
        }
    }

    static func readPage(_ bytes: [UInt8], input: String) throws -> Article {
        let page = try HTMLExtractor().extract(bytes, url: nil, source: input)
        let article = article(from: page)
        guard !article.isEmpty else { throw ReaderError(input: input, message: "no title or text found in the page") }
        return article
    }

    static func readFeed(_ bytes: [UInt8], input: String) throws -> (articles: [Article], problems: [ReaderError]) {
        let feed = try FeedParser().parse(bytes, source: input)
        var articles: [Article] = []
        var problems: [ReaderError] = []
        let extractor = HTMLExtractor()
        for (index, item) in feed.items.enumerated() {
            var a: Article
            if let page = extractor.extract(item) {
                a = article(from: page)
            } else {
                a = Article(url: item.link, title: item.title, tags: item.categories, author: item.author)
                if let d = item.date.flatMap(PublicationDateParser.parse) {
                    a.published = d.date
                    a.publishedUTCOffset = d.utcOffset
                }
            }
            a.source = a.source ?? feed.title
            a.language = a.language ?? feed.language
            if a.isEmpty {
                problems.append(ReaderError(input: input, message: "feed item \(index + 1) has no title or text"))
            } else {
                articles.append(a)
            }
        }
        if feed.items.isEmpty { problems.append(ReaderError(input: input, message: "feed has no items")) }
        return (articles, problems)
    }

    /// The adapter from KhabarHTML's page to the article model.
    static func article(from page: ExtractedPage) -> Article {
        func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }
        var a = Article(
            source: nonEmpty(page.siteName), url: nonEmpty(page.canonicalURL), title: nonEmpty(page.title),
            lede: nonEmpty(page.lede), tags: page.tags, author: nonEmpty(page.author), language: nonEmpty(page.language),
            sections: page.sections.compactMap { s in
                s.paragraphs.isEmpty && s.heading == nil ? nil : ArticleSection(heading: s.heading, paragraphs: s.paragraphs)
            })
        if let value = page.published?.value, let d = PublicationDateParser.parse(value) {
            a.published = d.date
            a.publishedUTCOffset = d.utcOffset
        }
        return a
    }
}
