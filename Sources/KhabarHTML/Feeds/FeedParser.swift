/// Reads RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed.
///
/// ```swift
/// let feed = try FeedParser().parse(bytes, source: "bbc.xml")
/// for item in feed.items { print(item.title ?? "", item.date ?? "") }
/// ```
///
/// Rules:
/// - Format from content: first non-space byte `{` → JSON Feed; otherwise XML whose root is `rss` /
///   `rdf:rdf` (RSS) or `feed` (Atom).
/// - XML is parsed by libxml2 in recover mode: undefined entities (`&nbsp;` in XML), stray `&` and
///   unclosed tags lose only the broken piece. If that yields no items but the bytes contain `<item` or
///   `<entry`, the HTML parser (which accepts anything) is tried and a warning is added.
/// - Encoding as for pages (``EncodingSniffer``: BOM, XML declaration, detection).
/// - Text fields are whitespace-folded; HTML in `description`/`summary` is stripped to text; dates are
///   ISO 8601 (``ISODate``).
public struct FeedParser: Sendable {
    public init() {}

    /// Parses a feed. - Throws: ``KhabarHTMLError`` for empty, binary or non-feed input.
    public func parse(_ bytes: [UInt8], source: String? = nil) throws -> Feed {
        try InputCheck.checkText(bytes, source: source)
        let decision = EncodingSniffer.decide(bytes)
        if let first = decision.bytes.first(where: { !($0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D)) }), first == 0x7B {
            return try JSONFeedReader.read(decision.bytes, encoding: decision.encoding, source: source)
        }
        var warnings = decision.warnings
        var root = MarkupParser.parseXML(decision.bytes, encoding: decision.parserEncoding)
        var feed = root.flatMap { XMLFeedReader.read($0) }
        let mentionsItems = contains(decision.bytes, "<item") || contains(decision.bytes, "<entry")
        if (feed == nil || feed!.items.isEmpty) && mentionsItems {
            root = MarkupParser.parseHTML(decision.bytes, encoding: decision.parserEncoding)
            if let r = root, let lenient = XMLFeedReader.read(r, lenient: true), !lenient.items.isEmpty {
                feed = lenient
                warnings.append("feed is not well-formed XML; read with the lenient HTML parser")
            }
        }
        guard var result = feed else {
            throw KhabarHTMLError(.notAFeed, "not an RSS, Atom or JSON feed (root element \(root?.name ?? "none"))", source: source)
        }
        result.encoding = decision.encoding
        result.warnings = warnings + result.warnings
        return result
    }

    private func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        let limit = min(bytes.count, 1 << 20)
        guard limit >= n.count else { return false }
        var i = 0
        while i + n.count <= limit {
            if bytes[i] == n[0] {
                var j = 1
                while j < n.count && (bytes[i + j] | 0x20) == n[j] { j += 1 }
                if j == n.count { return true }
            }
            i += 1
        }
        return false
    }
}
