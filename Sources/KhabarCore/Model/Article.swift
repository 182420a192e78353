import Foundation

/// One news article as a reader found it, before any analysis.
///
/// Readers fill what their format carries and leave the rest `nil` or empty; the analysis never
/// reads bytes, only this model.
///
/// ```swift
/// let article = Article(title: "عنوان", sections: [ArticleSection(paragraphs: ["فقرة أولى."])])
/// ```
public struct Article: Sendable, Codable, Equatable {
    /// The identifier the input gave (TREC `DOCNO`, a record's `id`), if any.
    public var id: String?
    /// The publisher or outlet (`SRC`, a byline line such as «راديو الناس»).
    public var source: String?
    /// The canonical URL, if known.
    public var url: String?
    /// The headline, or `nil` for untitled text.
    public var title: String?
    /// The lede (subtitle, abstract, description).
    public var lede: String?
    /// Tag or kicker lines («بوتين»), in input order.
    public var tags: [String]
    /// The author or byline.
    public var author: String?
    /// The publication instant, if the input gave one.
    public var published: Date?
    /// The UTC offset (seconds east) the publication date was written in, if the input said.
    public var publishedUTCOffset: Int?
    /// The language declared by the input (BCP 47, e.g. `ar`); detection fills the document's own.
    public var language: String?
    /// The section or category the outlet filed the article under (`CAT`).
    public var category: String?
    /// The body: sections, each with an optional heading and its paragraphs.
    public var sections: [ArticleSection]

    public init(
        id: String? = nil, source: String? = nil, url: String? = nil, title: String? = nil,
        lede: String? = nil, tags: [String] = [], author: String? = nil, published: Date? = nil,
        publishedUTCOffset: Int? = nil, language: String? = nil, category: String? = nil,
        sections: [ArticleSection] = []
    ) {
        self.id = id
        self.source = source
        self.url = url
        self.title = title
        self.lede = lede
        self.tags = tags
        self.author = author
        self.published = published
        self.publishedUTCOffset = publishedUTCOffset
        self.language = language
        self.category = category
        self.sections = sections
    }

    /// All body paragraphs in order, without headings.
    public var paragraphs: [String] { sections.flatMap(\.paragraphs) }

    /// True when the article has no title, lede or body text at all.
    public var isEmpty: Bool {
        (title ?? "").isEmpty && (lede ?? "").isEmpty && sections.allSatisfy { $0.paragraphs.isEmpty && $0.heading == nil }
    }
}

/// A part of an article's body: an optional heading followed by paragraphs.
public struct ArticleSection: Sendable, Codable, Equatable {
    /// The section heading, or `nil` for the opening section.
    public var heading: String?
    /// The paragraphs, each one line of text.
    public var paragraphs: [String]

    public init(heading: String? = nil, paragraphs: [String]) {
        self.heading = heading
        self.paragraphs = paragraphs
    }
}
