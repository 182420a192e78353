import Foundation

/// The article facts found in a page's JSON-LD (`<script type="application/ld+json">`).
///
/// Rules: every script is parsed on its own (a broken one is skipped); objects are searched through
/// arrays and `@graph`; the first object with a value wins, preferring objects whose `@type` names an
/// article (`NewsArticle`, `Article`, `ReportageNewsArticle`, `BlogPosting`, …) over others (`WebPage`).
struct JSONLD {
    var datePublished: String?
    var dateCreated: String?
    var headline: String?
    var author: String?

    init(scripts: [String]) {
        var articleObjects: [[String: Any]] = []
        var otherObjects: [[String: Any]] = []
        for script in scripts {
            guard let data = script.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            Self.collect(json, articles: &articleObjects, others: &otherObjects, depth: 0)
        }
        for object in articleObjects + otherObjects {
            if datePublished == nil { datePublished = Self.string(object["datePublished"]) }
            if dateCreated == nil { dateCreated = Self.string(object["dateCreated"]) }
            if headline == nil { headline = Self.string(object["headline"]) }
            if author == nil { author = Self.name(object["author"]) }
        }
    }

    private static func isArticleType(_ value: Any?) -> Bool {
        let types: [String]
        if let s = value as? String { types = [s] } else if let a = value as? [String] { types = a } else { return false }
        return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "LiveBlogPosting" }
    }

    private static func collect(_ json: Any, articles: inout [[String: Any]], others: inout [[String: Any]], depth: Int) {
        guard depth < 8 else { return }
        if let array = json as? [Any] {
            for item in array { collect(item, articles: &articles, others: &others, depth: depth + 1) }
        } else if let object = json as? [String: Any] {
            if isArticleType(object["@type"]) { articles.append(object) } else { others.append(object) }
            if let graph = object["@graph"] { collect(graph, articles: &articles, others: &others, depth: depth + 1) }
            if let main = object["mainEntity"] { collect(main, articles: &articles, others: &others, depth: depth + 1) }
        }
    }

    private static func string(_ value: Any?) -> String? {
        if let s = value as? String {
            let f = TextFolding.fold(s)
            return f.isEmpty ? nil : f
        }
        if let a = value as? [Any], let first = a.first { return string(first) }
        return nil
    }

    private static func name(_ value: Any?) -> String? {
        if let s = value as? String { return string(s) }
        if let o = value as? [String: Any] { return string(o["name"]) }
        if let a = value as? [Any] {
            let names = a.compactMap { name($0) }
            return names.isEmpty ? nil : names.joined(separator: "، ")
        }
        return nil
    }
}
