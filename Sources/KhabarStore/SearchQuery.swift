/// A user's search query, parsed by Khabar (never handed raw to FTS5 `MATCH`) and written back as a
/// safe FTS5 expression in which every term is a quoted string.
///
/// Syntax: words (all must match), `"a phrase"` or «a phrase», `OR` between alternatives, `NOT term`
/// or `-term` to exclude, `prefix*`, parentheses for grouping. Everything else (`;`, `--`, `:`, `^`,
/// `NEAR`, column filters) is plain text that the tokenizer reads as words or drops.
///
/// ```swift
/// try SearchQuery.parse("\"وزير الخارجية\" OR روبيو -ترامب").fts
/// // ("\"وزير الخارجية\"" OR "روبيو") NOT "ترامب"
/// ```
public struct SearchQuery: Sendable, Equatable {
    public indirect enum Node: Sendable, Equatable {
        case term(String, prefix: Bool)
        case phrase(String)
        case and([Node])
        case or([Node])
        case not(Node, Node)
    }

    public let root: Node
    /// Limits that keep a query cheap: terms, characters.
    public static let maxTerms = 64
    public static let maxCharacters = 2_000

    /// The FTS5 expression.
    public var fts: String { Self.write(root) }

    /// Parses `text`; throws a ``SearchQueryError`` with a message for the user.
    public static func parse(_ text: String) throws -> SearchQuery {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw SearchQueryError("the query is empty") }
        if trimmed.unicodeScalars.count > maxCharacters {
            throw SearchQueryError("the query is \(trimmed.unicodeScalars.count) characters long; the limit is \(maxCharacters)")
        }
        var parser = QueryParser(tokens: try QueryLexer.lex(trimmed))
        let node = try parser.parseQuery()
        let terms = node.termCount
        if terms == 0 { throw SearchQueryError("the query has no word to search for") }
        if terms > maxTerms { throw SearchQueryError("the query has \(terms) terms; the limit is \(maxTerms)") }
        return SearchQuery(root: node)
    }

    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func write(_ node: Node) -> String {
        switch node {
        case .term(let t, let prefix): return quote(t) + (prefix ? " *" : "")
        case .phrase(let p): return quote(p)
        case .and(let parts): return parts.map { wrap($0) }.joined(separator: " AND ")
        case .or(let parts): return parts.map { wrap($0) }.joined(separator: " OR ")
        case .not(let a, let b): return wrap(a) + " NOT " + wrap(b)
        }
    }

    static func wrap(_ node: Node) -> String {
        switch node {
        case .term, .phrase: return write(node)
        default: return "(" + write(node) + ")"
        }
    }
}

extension SearchQuery.Node {
    var termCount: Int {
        switch self {
        case .term: return 1
        case .phrase(let p): return max(1, p.split(separator: " ").count)
        case .and(let n), .or(let n): return n.reduce(0) { $0 + $1.termCount }
        case .not(let a, let b): return a.termCount + b.termCount
        }
    }
}

/// A query the user must fix, with the reason.
public struct SearchQueryError: Error, CustomStringConvertible, Sendable, Equatable {
    public let description: String
    public init(_ message: String) { description = "search: " + message }
}

import Foundation
