/// Reads one web page: decodes it, parses it with libxml2, and extracts metadata and main text.
///
/// ```swift
/// let page = try HTMLExtractor().extract(bytes, url: "https://example.com/news/1")
/// print(page.title ?? "", page.published?.value ?? "", page.bodyText)
/// ```
///
/// Steps: ``EncodingSniffer`` (BOM, declaration, detection) → libxml2 → ``PageMetadata`` →
/// ``ContentScorer`` (main content) → ``BlockWriter`` (sections) → ``TitleFinder``, ``DateFinder``,
/// ``LanguageGuess``. If no block scores, the whole body is written with the same paragraph filters and a
/// warning says so. The work is linear in the page size. Safe to use from several threads at once.
public struct HTMLExtractor: Sendable {
    public init() {}

    /// Extracts a page from raw bytes. `url` (the page's address, if known) helps find the date.
    /// - Throws: ``KhabarHTMLError`` for empty, binary or unparsable input.
    public func extract(_ bytes: [UInt8], url: String? = nil, source: String? = nil) throws -> ExtractedPage {
        try InputCheck.checkText(bytes, source: source)
        let decision = EncodingSniffer.decide(bytes)
        guard let root = MarkupParser.parseHTML(decision.bytes, encoding: decision.parserEncoding) else {
            throw KhabarHTMLError(.unparsable, "no HTML document could be parsed", source: source)
        }
        return extract(root: root, encoding: decision.encoding, warnings: decision.warnings, url: url)
    }

    /// Extracts from an HTML fragment already decoded to a String (e.g. a feed item's `content:encoded`).
    public func extract(html: String, url: String? = nil) -> ExtractedPage? {
        let bytes = Array(("<html><body>" + html + "</body></html>").utf8)
        guard let root = MarkupParser.parseHTML(bytes, encoding: "UTF-8") else { return nil }
        return extract(root: root, encoding: PageEncoding(name: "UTF-8", source: .declared), warnings: [], url: url)
    }

    func extract(root: HTMLNode, encoding: PageEncoding, warnings initialWarnings: [String], url: String?) -> ExtractedPage {
        var warnings = initialWarnings
        let meta = PageMetadata(root: root)
        let jsonLD = JSONLD(scripts: meta.jsonLD)
        let siteName = meta.first(["og:site_name", "application-name", "twitter:site"])

        let scorer = ContentScorer(root: root, h1: meta.h1)
        let content = scorer.selectContent()
        // Title needs link lengths of h1 (measured by the scorer).
        let title = TitleFinder.find(meta: meta, jsonLD: jsonLD, siteName: siteName)
        var writer = BlockWriter(title: title)
        writer.write(content)
        var sections = writer.result
        let contentLength = sections.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + $1.unicodeScalars.count } }
        if contentLength < 100 {
            var fallback = BlockWriter(title: title)
            fallback.write([root.first("body") ?? root])
            let fallbackSections = fallback.result
            let fallbackLength = fallbackSections.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + $1.unicodeScalars.count } }
            if fallbackLength > contentLength {
                sections = fallbackSections
                warnings.append("no main-content block found; whole page text kept")
            }
        }
        let body = sections.flatMap { $0.paragraphs }.joined(separator: "\n")
        if body.isEmpty { warnings.append("no text found") }

        let lede = meta.first(["og:description", "description", "twitter:description", "dc.description"])
        let canonical = meta.canonical.map { TextFolding.fold($0) }.flatMap { $0.isEmpty ? nil : $0 } ?? meta.first(["og:url"])
        let published = DateFinder.find(meta: meta, jsonLD: jsonLD, url: canonical ?? url, bodyStart: body)
        let lang = LanguageGuess.decide(meta: meta, text: body.isEmpty ? (title ?? "") : String(body.prefix(4000)))
        if let w = lang.warning { warnings.append(w) }
        let tags = (meta.meta["article:tag"] ?? []).map { TextFolding.fold($0) }.filter { !$0.isEmpty }
            + (meta.meta["article:tag"] == nil ? keywords(meta.first(["keywords", "news_keywords"])) : [])

        return ExtractedPage(
            title: title, lede: lede, author: author(meta: meta, jsonLD: jsonLD), published: published,
            canonicalURL: canonical, siteName: siteName, language: lang.language, direction: lang.direction,
            encoding: encoding, sections: sections, tags: tags, warnings: warnings
        )
    }

    private func keywords(_ value: String?) -> [String] {
        guard let value else { return [] }
        return value.split(whereSeparator: { $0 == "," || $0 == "،" }).map { TextFolding.fold(String($0)) }.filter { !$0.isEmpty }
    }

    /// Meta author (not a URL), JSON-LD author, then a short author-marked element's text.
    private func author(meta: PageMetadata, jsonLD: JSONLD) -> String? {
        for key in ["author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl"] {
            for v in meta.meta[key] ?? [] {
                let f = TextFolding.fold(v)
                if !f.isEmpty && !f.hasPrefix("http") { return f }
            }
        }
        if let a = jsonLD.author { return a }
        for node in meta.authorNodes {
            let f = TextFolding.fold(node.textContent)
            if f.count >= 3 && f.count <= 60 { return f }
        }
        return nil
    }
}

extension HTMLExtractor {
    /// Every text a reader could see on the page (all text outside `script`, `style`, `noscript`, `template`
    /// and `head`), one text node per line. Evaluations use it to tell which reference words a page holds at all.
    public func visibleText(_ bytes: [UInt8]) throws -> String {
        try InputCheck.checkText(bytes, source: nil)
        let decision = EncodingSniffer.decide(bytes)
        guard let root = MarkupParser.parseHTML(decision.bytes, encoding: decision.parserEncoding) else { return "" }
        var out: [String] = []
        var stack: [HTMLNode] = [root]
        let hidden: Set<String> = ["script", "style", "noscript", "template", "head"]
        while let node = stack.popLast() {
            if node.kind == .text { out.append(node.text); continue }
            if hidden.contains(node.name) { continue }
            stack.append(contentsOf: node.children.reversed())
        }
        return out.joined(separator: "\n")
    }
}
