/// Which record fields feed which article fields, for JSON, JSON Lines and CSV input.
///
/// Each article field has a list of candidate names, tried in order, compared case-insensitively
/// with `_`, `-` and spaces ignored (`published_at` = `publishedAt`). ``override(_:)`` puts a
/// user's name first: `title=headline` (from `--field title=headline`).
public struct FieldMapping: Sendable, Equatable {
    /// The article fields a record can fill.
    public enum Target: String, CaseIterable, Sendable {
        case id, title, lede, content, url, date, author, source, tags, category, language
    }

    public var candidates: [Target: [String]]

    public init() {
        candidates = [
            .id: ["id", "docno", "_id", "guid", "uuid"],
            .title: ["title", "headline", "name", "عنوان", "العنوان"],
            .lede: ["lede", "abstract", "summary", "description", "subtitle", "standfirst", "excerpt"],
            .content: ["content", "text", "body", "article", "articleBody", "fullText", "story", "maintext", "النص"],
            .url: ["url", "link", "href", "canonicalUrl", "permalink", "sourceUrl"],
            .date: ["date", "published", "publishedAt", "pubDate", "datePublished", "publishDate", "time",
                    "timestamp", "createdAt", "created", "التاريخ"],
            .author: ["author", "authors", "byline", "creator", "writer"],
            .source: ["source", "site", "publisher", "outlet", "siteName", "domain", "المصدر"],
            .tags: ["tags", "keywords", "labels"],
            .category: ["category", "section", "categories"],
            .language: ["language", "lang", "inLanguage"],
        ]
    }

    /// Puts `name` first for `target`.
    public mutating func override(_ target: Target, with name: String) {
        candidates[target, default: []].insert(name, at: 0)
    }

    /// Parses `target=name` (as given to `--field`).
    public mutating func override(_ spec: String) throws {
        let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let target = Target(rawValue: parts[0]), !parts[1].isEmpty else {
            let names = Target.allCases.map(\.rawValue).joined(separator: ", ")
            throw ReaderError(input: "--field", message: "expected TARGET=NAME with TARGET one of \(names), got '\(spec)'")
        }
        override(target, with: parts[1])
    }

    /// The key of `record` that `target` maps to, if any.
    func key(for target: Target, in keys: [String: String]) -> String? {
        for name in candidates[target] ?? [] {
            if let key = keys[Self.fold(name)] { return key }
        }
        return nil
    }

    /// Folded key → original key, for one record's keys.
    static func index(_ keys: some Sequence<String>) -> [String: String] {
        var out: [String: String] = [:]
        for k in keys where out[fold(k)] == nil { out[fold(k)] = k }
        return out
    }

    static func fold(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" && $0 != " " })
    }
}
