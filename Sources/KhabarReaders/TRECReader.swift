import KhabarCore

/// Reads TREC-style pseudo-XML: one or more `<DOC>` elements with `DOCNO`, `URL`, `SRC`, `CAT`,
/// `TITLE`, `TIME` (RFC 822), `AUTHOR`, `ABSTRACT` (the lede) and `TEXT` (one paragraph per line).
///
/// A byte scanner, not an XML parser, because the files are not well-formed. One pass over the
/// input: every `<NAME>` / `</NAME>` whose name is letters only is looked at (names matched ASCII
/// case-insensitively); anything else — raw `&`, `<`, `"` — is content. A field runs from its first
/// opening tag to the next closing tag of the same name in the same document (to the document's end
/// if never closed). A document ends at `</DOC>`, at the next `<DOC>`, or at the end of the input.
/// The five XML entities and numeric references are decoded; other `&` text is kept as written.
public struct TRECReader: Sendable {
    public init() {}

    /// The articles of every `<DOC>`, plus one problem per document that has no title or text.
    public func read(_ bytes: [UInt8], input: String) throws -> (articles: [Article], problems: [ReaderError]) {
        try bytes.withUnsafeBufferPointer { p in
            var articles: [Article] = []
            var problems: [ReaderError] = []
            var scan = TRECScan(p: p)
            while let doc = scan.nextDocument() {
                let article = Self.article(p, doc)
                if article.isEmpty {
                    problems.append(ReaderError(input: input, message: "<DOC> with no title or text", byteOffset: doc.start))
                } else {
                    articles.append(article)
                }
            }
            guard scan.sawDocument else { throw ReaderError(input: input, message: "no <DOC> element found") }
            return (articles, problems)
        }
    }

    static func article(_ p: UnsafeBufferPointer<UInt8>, _ doc: TRECScan.Document) -> Article {
        func field(_ f: TRECScan.Field) -> String? {
            guard let r = doc.fields[f.rawValue] else { return nil }
            let s = ByteText.folded(p, r)
            return s.isEmpty ? nil : s
        }
        var a = Article()
        a.id = field(.docno)
        a.url = field(.url)
        a.source = field(.src)
        a.category = field(.cat)
        a.title = field(.title)
        a.author = field(.author)
        a.lede = field(.abstract)
        if let time = field(.time), let parsed = PublicationDateParser.parse(time) {
            a.published = parsed.date
            a.publishedUTCOffset = parsed.utcOffset
        }
        if let text = doc.fields[TRECScan.Field.text.rawValue] {
            let paragraphs = ByteText.lines(p, text)
            if !paragraphs.isEmpty { a.sections = [ArticleSection(heading: nil, paragraphs: paragraphs)] }
        }
        return a
    }
}

/// The one-pass tag scanner behind ``TRECReader``.
///
/// Lifetime rule: holds the buffer only while the reader's `withUnsafeBufferPointer` runs.
struct TRECScan {
    enum Field: Int, CaseIterable {
        case docno, url, src, cat, title, time, author, abstract, text
        var name: String { String(describing: self).uppercased() }
    }

    struct Document {
        var start: Int
        var fields: [Range<Int>?] = Array(repeating: nil, count: Field.allCases.count)
    }

    let p: UnsafeBufferPointer<UInt8>
    var cursor = 0
    var sawDocument = false

    init(p: UnsafeBufferPointer<UInt8>) { self.p = p }

    /// Tag names packed as upper-case ASCII in a UInt64 (at most 8 letters).
    static let fieldKeys: [UInt64] = Field.allCases.map { key(Array($0.name.utf8)) }
    static let docKey = key(Array("DOC".utf8))

    static func key(_ letters: [UInt8]) -> UInt64 { letters.reduce(0) { $0 << 8 | UInt64($1 & 0xDF) } }

    /// The next document, or `nil` at the end of the input.
    mutating func nextDocument() -> Document? {
        // Find the next <DOC>.
        var docStart = -1
        while let tag = nextTag() {
            if !tag.closing && tag.key == Self.docKey { docStart = tag.end; break }
        }
        guard docStart >= 0 else { return nil }
        sawDocument = true
        var doc = Document(start: docStart)
        var open: [Int] = Array(repeating: -1, count: Field.allCases.count)
        while true {
            guard let tag = nextTag() else {
                close(&doc, &open, at: p.count)
                return doc
            }
            if tag.key == Self.docKey {
                close(&doc, &open, at: tag.start)
                if !tag.closing { cursor = tag.start }  // this <DOC> starts the next document
                return doc
            }
            guard let f = Self.fieldKeys.firstIndex(of: tag.key) else { continue }
            if !tag.closing {
                if open[f] < 0 && doc.fields[f] == nil { open[f] = tag.end }
            } else if open[f] >= 0 {
                doc.fields[f] = open[f]..<tag.start
                open[f] = -1
            }
        }
    }

    /// Fields opened and never closed run to `end`.
    func close(_ doc: inout Document, _ open: inout [Int], at end: Int) {
        for f in open.indices where open[f] >= 0 && doc.fields[f] == nil {
            doc.fields[f] = open[f]..<max(open[f], end)
        }
    }

    /// The next `<NAME>` or `</NAME>` with a letters-only name of 2–8 letters.
    mutating func nextTag() -> (start: Int, end: Int, key: UInt64, closing: Bool)? {
        let n = p.count
        while cursor < n {
            guard p[cursor] == 0x3C else { cursor += 1; continue }
            let start = cursor
            var i = cursor + 1
            let closing = i < n && p[i] == 0x2F
            if closing { i += 1 }
            var key: UInt64 = 0
            var letters = 0
            while i < n, letters <= 8, (p[i] | 0x20) >= 0x61, (p[i] | 0x20) <= 0x7A {
                key = key << 8 | UInt64(p[i] & 0xDF)
                letters += 1
                i += 1
            }
            if i < n, p[i] == 0x3E, letters >= 2, letters <= 8 {
                cursor = i + 1
                return (start, i + 1, key, closing)
            }
            cursor = start + 1
        }
        return nil
    }
}
