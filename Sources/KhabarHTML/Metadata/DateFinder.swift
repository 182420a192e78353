/// Finds a page's publication date. The first rule that yields a valid date wins:
/// 1. JSON-LD `datePublished`, then `dateCreated`.
/// 2. Meta tags, in this order: `article:published_time`, `og:published_time`, `datePublished`
///    (itemprop), `published_time`, `pubdate`, `publishdate`, `publish-date`, `publish_date`,
///    `dc.date.issued`, `dcterms.issued`, `dcterms.created`, `dc.date`, `date`, `sailthru.date`,
///    `parsely-pub-date`, `citation_publication_date`, `dateCreated`.
/// 3. `<time datetime>`: first one marked as publication (`itemprop` datePublished/dateCreated, `pubdate`,
///    or a class with "publish"), else the first with a valid `datetime` outside pruned page furniture
///    (headers, navigation, sidebars: a site clock is not the article's date).
/// 4. A date in the URL path: `/2020/08/24/`, `/2020-06-03`, or a segment starting `YYYYMMDD`.
/// 5. Arabic (or English) date text (``ArabicDateText``) in the text right after the `<h1>`, then in
///    `<time>` texts, then at the start of the body.
/// Machine-readable values keep their time of day (``ISODate``); text dates are days.
enum DateFinder {
    static let metaKeys = [
        "article:published_time", "og:published_time", "datepublished", "published_time", "pubdate", "publishdate",
        "publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "date",
        "sailthru.date", "parsely-pub-date", "citation_publication_date", "datecreated",
    ]

    static func find(meta: PageMetadata, jsonLD: JSONLD, url: String?, bodyStart: String) -> ExtractedPage.PublicationDate? {
        if let v = jsonLD.datePublished, let d = ISODate.parse(v) { return .init(value: d, source: "json-ld:datePublished") }
        if let v = jsonLD.dateCreated, let d = ISODate.parse(v) { return .init(value: d, source: "json-ld:dateCreated") }
        for key in metaKeys {
            for v in meta.meta[key] ?? [] {
                if let d = ISODate.parse(v) { return .init(value: d, source: "meta:\(key)") }
            }
        }
        let marked = meta.times.filter { t in
            let prop = (t[attribute: "itemprop"] ?? "").lowercased()
            return prop == "datepublished" || prop == "datecreated" || t[attribute: "pubdate"] != nil
                || (t[attribute: "class"] ?? "").lowercased().contains("publish")
        }
        // Unmarked <time> elements count only outside page furniture (a header clock is not the article's date).
        for t in marked + meta.times.filter({ !insideRemoved($0) }) {
            if let v = t[attribute: "datetime"], let d = ISODate.parse(v) { return .init(value: d, source: "time") }
        }
        if let url, let d = fromURL(url) { return .init(value: d, source: "url") }
        if let h1 = meta.h1.first, let d = ArabicDateText.firstDate(in: textAfter(h1, limit: 600)) {
            return .init(value: d, source: "text")
        }
        for t in meta.times where !insideRemoved(t) {
            if let d = ArabicDateText.firstDate(in: t.textContent) { return .init(value: d, source: "text") }
        }
        if let d = ArabicDateText.firstDate(in: String(bodyStart.prefix(400))) { return .init(value: d, source: "text") }
        return nil
    }

    /// Whether the content scorer pruned this node or one of its ancestors as furniture.
    static func insideRemoved(_ node: HTMLNode) -> Bool {
        var n: HTMLNode? = node
        while let x = n {
            if x.removed { return true }
            n = x.parent
        }
        return false
    }

    /// Text that follows `node` in document order (its following siblings and those of its ancestors).
    static func textAfter(_ node: HTMLNode, limit: Int) -> String {
        var out = ""
        var current: HTMLNode? = node
        while let c = current, let parent = c.parent, out.count < limit {
            guard let index = parent.children.firstIndex(where: { $0 === c }) else { break }
            for sibling in parent.children[(index + 1)...] {
                if sibling.kind == .element && (sibling.name == "script" || sibling.name == "style") { continue }
                out += " " + sibling.textContent
                if out.count >= limit { break }
            }
            current = parent
        }
        return String(out.prefix(limit))
    }

    /// A date written in a URL's path.
    static func fromURL(_ url: String) -> String? {
        // Look only at the path: skip scheme and host.
        var path = Substring(url)
        if let r = url.range(of: "://") { path = url[r.upperBound...] }
        if let slash = path.firstIndex(of: "/") { path = path[slash...] } else { return nil }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // /YYYY/MM/DD/ or /YYYY/M/D/
        if segments.count >= 3 {
            for i in 0..<(segments.count - 2) {
                if segments[i].count == 4, let y = Int(segments[i]), let m = Int(segments[i + 1]), let d = Int(segments[i + 2]),
                   segments[i + 1].count <= 2, segments[i + 2].count <= 2, ISODate.valid(y, m, d) {
                    return ISODate.day(y, m, d)
                }
            }
        }
        for segment in segments {
            let b = Array(segment.utf8)
            // YYYY-MM-DD anywhere in a segment.
            if b.count >= 10 {
                for i in 0...(b.count - 10) where b[i + 4] == 0x2D && b[i + 7] == 0x2D {
                    if let y = digits(b, i, 4), let m = digits(b, i + 5, 2), let d = digits(b, i + 8, 2),
                       (i == 0 || !isDigit(b[i - 1])), ISODate.valid(y, m, d) {
                        return ISODate.day(y, m, d)
                    }
                }
            }
            // A segment that starts with YYYYMMDD followed by more digits or a separator.
            if b.count >= 8, let y = digits(b, 0, 4), let m = digits(b, 4, 2), let d = digits(b, 6, 2),
               y >= 1990, ISODate.valid(y, m, d) {
                return ISODate.day(y, m, d)
            }
        }
        return nil
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    private static func digits(_ b: [UInt8], _ from: Int, _ len: Int) -> Int? {
        guard from + len <= b.count else { return nil }
        var v = 0
        for i in from..<(from + len) {
            guard isDigit(b[i]) else { return nil }
            v = v * 10 + Int(b[i] - 0x30)
        }
        return v
    }
}
