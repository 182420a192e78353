import Foundation

/// JSON Feed 1.0/1.1 (`{"version": "https://jsonfeed.org/version/1.1", "items": [...]}`).
///
/// Rules: a top-level object with an `items` array is required (a `version` naming jsonfeed.org is
/// not, so hand-made feeds pass); `title`, `url` (else `external_url`), `date_published` (else
/// `date_modified`), `summary` (else `content_text`), `content_html`, `authors[0].name` / `author.name`,
/// `tags`. Items that are not objects are skipped.
enum JSONFeedReader {
    static func read(_ bytes: [UInt8], encoding: PageEncoding, source: String?) throws -> Feed {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw KhabarHTMLError(.notAFeed, "invalid JSON: \(Self.reason(error))", source: source)
        }
        guard let feed = object as? [String: Any], let items = feed["items"] as? [Any] else {
            throw KhabarHTMLError(.notAFeed, "JSON without an \"items\" array is not a JSON Feed", source: source)
        }
        let parsed = items.compactMap { $0 as? [String: Any] }.map { item -> FeedItem in
            let date = (string(item["date_published"]) ?? string(item["date_modified"])).flatMap { ISODate.parse($0) }
            let summary = string(item["summary"]) ?? string(item["content_text"])
            var author: String?
            if let authors = item["authors"] as? [[String: Any]] { author = authors.first.flatMap { string($0["name"]) } }
            if author == nil, let a = item["author"] as? [String: Any] { author = string(a["name"]) }
            return FeedItem(
                title: XMLFeedReader.plain(string(item["title"])),
                link: string(item["url"]) ?? string(item["external_url"]),
                date: date,
                description: XMLFeedReader.plain(summary),
                contentHTML: string(item["content_html"]),
                author: author,
                categories: (item["tags"] as? [Any])?.compactMap { string($0) } ?? []
            )
        }
        return Feed(format: .jsonFeed, title: string(feed["title"]), link: string(feed["home_page_url"]),
                    language: LanguageGuess.primary(string(feed["language"])), items: parsed, encoding: encoding, warnings: [])
    }

    private static func string(_ value: Any?) -> String? {
        guard let s = value as? String else { return nil }
        return s.isEmpty ? nil : s
    }

    private static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
    }
}
