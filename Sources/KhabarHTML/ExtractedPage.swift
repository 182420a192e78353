/// What ``HTMLExtractor`` takes out of one web page: metadata and the main text, boilerplate removed.
public struct ExtractedPage: Sendable, Equatable {
    /// One run of paragraphs under an optional heading.
    public struct Section: Sendable, Equatable {
        /// The section heading (`<h2>`…`<h6>` inside the content), or nil for the opening section.
        public var heading: String?
        /// Paragraph texts, whitespace-folded.
        public var paragraphs: [String]

        public init(heading: String?, paragraphs: [String]) {
            self.heading = heading
            self.paragraphs = paragraphs
        }
    }

    /// A publication date and where it was found.
    public struct PublicationDate: Sendable, Equatable {
        /// ISO 8601: `YYYY-MM-DD`, or a full date-time when the source gave one.
        public var value: String
        /// Where it came from, e.g. `json-ld:datePublished`, `meta:article:published_time`, `time`, `url`, `text`.
        public var source: String

        public init(value: String, source: String) {
            self.value = value
            self.source = source
        }

        /// The `YYYY-MM-DD` part.
        public var day: String { String(value.prefix(10)) }
    }

    /// Text direction of the page's language.
    public enum Direction: String, Sendable { case rtl, ltr }

    /// Headline: og:title, else `<h1>`, else `<title>`, minus a site-name suffix.
    public var title: String?
    /// Standfirst: og:description / meta description / twitter:description.
    public var lede: String?
    /// Byline, when a page names one (meta author, JSON-LD author, rel=author).
    public var author: String?
    /// Publication date.
    public var published: PublicationDate?
    /// `<link rel=canonical>` or og:url.
    public var canonicalURL: String?
    /// Site name (og:site_name), if given.
    public var siteName: String?
    /// BCP 47 primary language code: `<html lang>` / og:locale / content-language, checked against the script.
    public var language: String?
    /// Direction of the page's language.
    public var direction: Direction
    /// The encoding the bytes were decoded with.
    public var encoding: PageEncoding
    /// Main content.
    public var sections: [Section]
    /// Keywords from `article:tag` / `keywords` meta.
    public var tags: [String]
    /// Things the extractor noticed and worked around (declared encoding contradicted, no content found…).
    public var warnings: [String]

    /// Body paragraphs (headings included as their own lines), joined by newlines.
    public var bodyText: String {
        var lines: [String] = []
        for section in sections {
            if let h = section.heading { lines.append(h) }
            lines.append(contentsOf: section.paragraphs)
        }
        return lines.joined(separator: "\n")
    }
}
