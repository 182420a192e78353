import KhabarCore

/// Reads TREC-style pseudo-XML: one or more `<DOC>` elements with `DOCNO`, `URL`, `SRC`, `CAT`,
/// `TITLE`, `TIME` (RFC 822), `AUTHOR`, `ABSTRACT` (the lede) and `TEXT` (one paragraph per line).
///
/// A byte scanner, not an XML parser, because the files are not well-formed: a field's content runs
/// from `<TAG>` to the next `</TAG>` inside the same document, whatever it contains (raw `&`, `<`,
/// `"`). Tag names match case-insensitively. A document without `</DOC>` ends at the next `<DOC>` or
/// at the end of the input. The five XML entities and numeric references are decoded; other `&`
/// text is kept as written. `TEXT` paragraphs go through ``SectionBuilder``'s paragraph rule without
/// headings (TREC bodies carry none).
public struct TRECReader: Sendable {
    public init() {}

    /// The articles of every `<DOC>`, plus one problem per document that has no text at all.
    public func read(_ bytes: [UInt8], input: String) throws -> (articles: [Article], problems: [ReaderError]) {
        try bytes.withUnsafeBufferPointer { p in
            var articles: [Article] = []
            var problems: [ReaderError] = []
            var cursor = 0
            var sawDoc = false
            while let open = ByteSearch.find(p, Self.docOpen, from: cursor) {
                sawDoc = true
                let contentStart = open + Self.docOpen.count
                let nextOpen = ByteSearch.find(p, Self.docOpen, from: contentStart) ?? p.count
                let close = ByteSearch.find(p, Self.docClose, from: contentStart, to: nextOpen) ?? nextOpen
                let doc = contentStart..<close
                let article = Self.article(p, doc)
                if article.isEmpty {
                    problems.append(ReaderError(input: input, message: "<DOC> with no title or text", byteOffset: open))
                } else {
                    articles.append(article)
                }
                cursor = close
            }
            guard sawDoc else { throw ReaderError(input: input, message: "no <DOC> element found") }
            return (articles, problems)
        }
    }

    static let docOpen = Array("<DOC>".utf8)
    static let docClose = Array("</DOC>".utf8)

    static func article(_ p: UnsafeBufferPointer<UInt8>, _ doc: Range<Int>) -> Article {
        var a = Article()
        a.id = field(p, doc, "DOCNO")
        a.url = field(p, doc, "URL")
        a.source = field(p, doc, "SRC")
        a.category = field(p, doc, "CAT")
        a.title = field(p, doc, "TITLE")
        a.author = field(p, doc, "AUTHOR")
        a.lede = field(p, doc, "ABSTRACT")
        if let time = field(p, doc, "TIME"), let parsed = PublicationDateParser.parse(time) {
            a.published = parsed.date
            a.publishedUTCOffset = parsed.utcOffset
        }
        if let text = fieldRange(p, doc, "TEXT") {
            let paragraphs = ByteText.lines(p, text)
            if !paragraphs.isEmpty { a.sections = [ArticleSection(heading: nil, paragraphs: paragraphs)] }
        }
        return a
    }

    /// A one-line field: whitespace runs folded, entities decoded, `nil` when absent or empty.
    static func field(_ p: UnsafeBufferPointer<UInt8>, _ doc: Range<Int>, _ tag: StaticString) -> String? {
        guard let r = fieldRange(p, doc, tag) else { return nil }
        let s = ByteText.folded(p, r)
        return s.isEmpty ? nil : s
    }

    /// The byte range of a field's content, or `nil` when the tag is absent.
    static func fieldRange(_ p: UnsafeBufferPointer<UInt8>, _ doc: Range<Int>, _ tag: StaticString) -> Range<Int>? {
        let name = UnsafeBufferPointer(start: tag.utf8Start, count: tag.utf8CodeUnitCount)
        guard let o = ByteSearch.findTag(p, name, closing: false, from: doc.lowerBound, to: doc.upperBound) else {
            return nil
        }
        let start = o + name.count + 2
        let end = ByteSearch.findTag(p, name, closing: true, from: start, to: doc.upperBound) ?? doc.upperBound
        return start..<end
    }
}
