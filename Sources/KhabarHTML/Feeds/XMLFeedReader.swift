/// RSS and Atom from a parsed XML tree (see ``FeedParser`` for the rules).
enum XMLFeedReader {
    static func read(_ root: HTMLNode, lenient: Bool = false) -> Feed? {
        let rootName = local(root.name)
        if rootName == "feed" { return atom(root) }
        if rootName == "rss" || rootName == "rdf" { return rss(root) }
        if lenient {
            // HTML parser: the feed element sits somewhere below html/body.
            if let f = root.elements(named: ["feed"]).first { return atom(f) }
            if let r = root.elements(named: ["rss", "rdf:rdf"]).first { return rss(r) }
        }
        return nil
    }

    static func local(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    private static func children(_ node: HTMLNode, _ name: String) -> [HTMLNode] {
        node.children.filter { $0.kind == .element && ($0.name == name || local($0.name) == name && !$0.name.contains(":")) }
    }

    private static func child(_ node: HTMLNode, _ names: String...) -> HTMLNode? {
        for n in names {
            if let c = node.children.first(where: { $0.kind == .element && $0.name == n }) { return c }
        }
        return nil
    }

    private static func text(_ node: HTMLNode?) -> String? {
        guard let node else { return nil }
        let t = TextFolding.fold(node.textContent)
        return t.isEmpty ? nil : t
    }

    /// `<link>` text; under the HTML parser `link` is a void element and its text follows it.
    private static func linkText(_ node: HTMLNode?) -> String? {
        guard let node else { return nil }
        if let t = text(node) { return t }
        if let href = node[attribute: "href"], !href.isEmpty { return href }
        guard let parent = node.parent, let i = parent.children.firstIndex(where: { $0 === node }), i + 1 < parent.children.count else { return nil }
        let next = parent.children[i + 1]
        return next.kind == .text ? TextFolding.fold(next.text) : nil
    }

    /// Plain text of a field that may hold escaped HTML.
    static func plain(_ raw: String?) -> String? {
        guard let raw, !raw.isEmpty else { return nil }
        if !raw.contains("<") && !raw.contains("&") {
            let f = TextFolding.fold(raw)
            return f.isEmpty ? nil : f
        }
        let bytes = Array(("<html><body>" + raw + "</body></html>").utf8)
        let t = MarkupParser.parseHTML(bytes, encoding: "UTF-8").map { TextFolding.fold($0.textContent) } ?? TextFolding.fold(raw)
        return t.isEmpty ? nil : t
    }

    private static func rss(_ root: HTMLNode) -> Feed {
        let channel = child(root, "channel") ?? root
        var items = children(channel, "item")
        if items.isEmpty { items = children(root, "item") }  // RSS 1.0 puts items beside the channel
        let parsed = items.map { item -> FeedItem in
            let date = [text(child(item, "pubdate")), text(child(item, "dc:date")), text(child(item, "published"))]
                .compactMap { $0 }.compactMap { ISODate.parse($0) }.first
            var link = linkText(child(item, "link"))
            if link == nil, let guid = child(item, "guid"), guid[attribute: "ispermalink"] != "false" { link = text(guid) }
            return FeedItem(
                title: plain(child(item, "title")?.textContent),
                link: link,
                date: date,
                description: plain(child(item, "description")?.textContent),
                contentHTML: child(item, "content:encoded").map { $0.textContent }.flatMap { $0.isEmpty ? nil : $0 },
                author: text(child(item, "dc:creator", "author")),
                categories: children(item, "category").compactMap { text($0) }
            )
        }
        return Feed(format: .rss, title: plain(child(channel, "title")?.textContent), link: linkText(child(channel, "link")),
                    language: LanguageGuess.primary(text(child(channel, "language", "dc:language"))),
                    items: parsed, encoding: PageEncoding(name: "UTF-8", source: .declared), warnings: [])
    }

    private static func atomLink(_ node: HTMLNode) -> String? {
        let links = children(node, "link")
        let alternate = links.first { ($0[attribute: "rel"] ?? "alternate") == "alternate" } ?? links.first
        return alternate?[attribute: "href"] ?? alternate.flatMap { text($0) }
    }

    /// Atom text constructs: `type="xhtml"` content is markup (serialized back), `html` is escaped HTML.
    private static func atomHTML(_ node: HTMLNode?) -> String? {
        guard let node else { return nil }
        let type = (node[attribute: "type"] ?? "text").lowercased()
        if type == "xhtml" || node.children.contains(where: { $0.kind == .element }) {
            return node.children.map { HTMLSerializer.html($0) }.joined()
        }
        let t = node.textContent
        return t.isEmpty ? nil : t
    }

    private static func atom(_ root: HTMLNode) -> Feed {
        let entries = children(root, "entry")
        let parsed = entries.map { entry -> FeedItem in
            let date = [text(child(entry, "published")), text(child(entry, "updated")), text(child(entry, "issued"))]
                .compactMap { $0 }.compactMap { ISODate.parse($0) }.first
            let author = child(entry, "author").flatMap { text(child($0, "name")) ?? text($0) }
            return FeedItem(
                title: plain(atomHTML(child(entry, "title"))),
                link: atomLink(entry),
                date: date,
                description: plain(atomHTML(child(entry, "summary"))),
                contentHTML: atomHTML(child(entry, "content")),
                author: author,
                categories: children(entry, "category").compactMap { $0[attribute: "term"] ?? text($0) }
            )
        }
        return Feed(format: .atom, title: plain(atomHTML(child(root, "title"))), link: atomLink(root),
                    language: LanguageGuess.primary(root[attribute: "xml:lang"]),
                    items: parsed, encoding: PageEncoding(name: "UTF-8", source: .declared), warnings: [])
    }
}
