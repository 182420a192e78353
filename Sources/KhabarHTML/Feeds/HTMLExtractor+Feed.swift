extension HTMLExtractor {
    /// Cleans a feed item's HTML (`contentHTML`, else the description) with the same extractor as
    /// pages; the item's title, link and date fill what the fragment itself does not say.
    public func extract(_ item: FeedItem) -> ExtractedPage? {
        guard let html = item.contentHTML ?? item.description, var page = extract(html: html, url: item.link) else { return nil }
        if let t = item.title { page.title = t }
        if page.canonicalURL == nil { page.canonicalURL = item.link }
        if let d = item.date { page.published = .init(value: d, source: "feed") }
        if page.author == nil { page.author = item.author }
        if page.tags.isEmpty { page.tags = item.categories }
        return page
    }
}
