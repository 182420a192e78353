/// Everything the page says about itself outside the body text, gathered in one walk over the tree.
struct PageMetadata {
    /// `<title>` text, folded.
    var documentTitle: String?
    /// Meta values keyed by lower-cased `property`, `name`, `itemprop` and `http-equiv` (each key gets the value).
    var meta: [String: [String]] = [:]
    /// `<link rel=canonical href>`.
    var canonical: String?
    /// Raw JSON-LD script bodies.
    var jsonLD: [String] = []
    /// `<h1>` elements in document order.
    var h1: [HTMLNode] = []
    /// `<time>` elements in document order.
    var times: [HTMLNode] = []
    /// Elements whose itemprop / rel / class marks an author.
    var authorNodes: [HTMLNode] = []
    /// `<html lang>` / `<html dir>`.
    var htmlLang: String?
    var htmlDir: String?

    init(root: HTMLNode) {
        if root.name == "html" {
            htmlLang = root[attribute: "lang"] ?? root[attribute: "xml:lang"]
            htmlDir = root[attribute: "dir"]
        }
        var stack: [HTMLNode] = [root]
        while let node = stack.popLast() {
            guard node.kind == .element else { continue }
            switch node.name {
            case "title":
                if documentTitle == nil { documentTitle = TextFolding.fold(node.textContent) }
                continue
            case "meta":
                if let content = node[attribute: "content"] {
                    for key in ["property", "name", "itemprop", "http-equiv"] {
                        if let k = node[attribute: key]?.lowercased(), !k.isEmpty {
                            meta[k, default: []].append(content)
                        }
                    }
                }
                continue
            case "link":
                let rel = (node[attribute: "rel"] ?? "").lowercased()
                if rel.split(separator: " ").contains("canonical"), canonical == nil {
                    canonical = node[attribute: "href"]
                }
                continue
            case "script":
                if (node[attribute: "type"] ?? "").lowercased().contains("ld+json") {
                    jsonLD.append(node.textContent)
                }
                continue
            case "style", "noscript", "template":
                continue
            case "h1":
                h1.append(node)
            case "time":
                times.append(node)
            default:
                break
            }
            if Self.marksAuthor(node) { authorNodes.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
    }

    private static func marksAuthor(_ node: HTMLNode) -> Bool {
        if node[attribute: "itemprop"]?.lowercased() == "author" { return true }
        if node[attribute: "rel"]?.lowercased() == "author" { return true }
        guard let cls = node[attribute: "class"], TextFolding.contains(cls.lowercased(), "author") || TextFolding.contains(cls.lowercased(), "byline") else {
            return false
        }
        return Boilerplate.words(cls).contains { $0 == "author" || $0 == "byline" }
    }

    /// The first non-empty meta value for any of the keys, in key order.
    func first(_ keys: [String]) -> String? {
        for k in keys {
            if let values = meta[k] {
                for v in values {
                    let f = TextFolding.fold(v)
                    if !f.isEmpty { return f }
                }
            }
        }
        return nil
    }
}
