/// One entry of an RSS, Atom or JSON feed.
public struct FeedItem: Sendable, Equatable {
    /// Headline, plain text.
    public var title: String?
    /// The article's address (`<link>`, Atom `link rel=alternate`, JSON Feed `url`).
    public var link: String?
    /// Publication date, ISO 8601 (RFC 822 dates converted), or nil.
    public var date: String?
    /// Summary as plain text (tags stripped, white space folded).
    public var description: String?
    /// Full content as HTML (`content:encoded`, Atom `content`, JSON Feed `content_html`), if the feed carries it.
    public var contentHTML: String?
    /// Author or creator, if given.
    public var author: String?
    /// Categories / tags.
    public var categories: [String]

    public init(title: String? = nil, link: String? = nil, date: String? = nil, description: String? = nil,
                contentHTML: String? = nil, author: String? = nil, categories: [String] = []) {
        self.title = title
        self.link = link
        self.date = date
        self.description = description
        self.contentHTML = contentHTML
        self.author = author
        self.categories = categories
    }
}

/// A parsed feed.
public struct Feed: Sendable, Equatable {
    /// The feed format.
    public enum Format: String, Sendable { case rss, atom, jsonFeed = "json-feed" }

    public var format: Format
    /// Channel / feed title.
    public var title: String?
    /// Channel / feed home page.
    public var link: String?
    /// Declared language (`<language>`, `xml:lang`, JSON Feed `language`), primary subtag.
    public var language: String?
    /// Items in feed order.
    public var items: [FeedItem]
    /// The encoding the bytes were decoded with.
    public var encoding: PageEncoding
    /// Problems worked around (e.g. recovered from broken markup).
    public var warnings: [String]
}
