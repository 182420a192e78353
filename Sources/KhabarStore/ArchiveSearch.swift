import Foundation
import GRDB
import GRDBSQLite

/// Filters beside the query text.
public struct SearchFilters: Sendable {
    /// Inclusive bounds on the publication date, `YYYY-MM-DD` (or a longer ISO 8601 prefix).
    public var from: String?
    public var to: String?
    /// The source (publisher), case-insensitive.
    public var source: String?
    /// An actor id or Arabic/English name (exact, case-insensitive).
    public var actor: String?
    public var limit: Int = 20
    /// Include near-duplicates (by default only originals are shown).
    public var includeDuplicates = false

    public init(from: String? = nil, to: String? = nil, source: String? = nil, actor: String? = nil, limit: Int = 20) {
        self.from = from
        self.to = to
        self.source = source
        self.actor = actor
        self.limit = limit
    }
}

/// One search result.
public struct SearchHit: Sendable, Codable, Equatable {
    public var id: Int64
    public var docID: String
    public var url: String?
    public var source: String?
    public var published: String?
    public var title: String?
    /// The best passage, matches between ``SearchHit/markOpen`` and ``SearchHit/markClose``.
    public var snippet: String
    /// BM25 (lower is better, as SQLite reports it).
    public var score: Double
    /// How many stored near-duplicates point to this article.
    public var duplicates: Int

    public static let markOpen = "\u{1}"
    public static let markClose = "\u{2}"
}

extension Archive {
    /// Runs a parsed query: BM25 ranking (title ×10, lede ×5, text ×1), near-duplicates folded into
    /// their original, filters applied in SQL.
    public func search(_ query: SearchQuery, filters: SearchFilters = SearchFilters()) throws -> [SearchHit] {
        // Rank every match in an inner query (BM25 only); duplicate counts are computed for the
        // returned rows alone, and snippets in Swift from their text (``SnippetMaker``): FTS5's
        // snippet() would re-run the MATCH for every returned row.
        // Near-duplicates are excluded through their (small, indexed) id set: reading
        // `articles.duplicate_of` for every match would walk each row's text overflow pages.
        let needsRow = filters.from != nil || filters.to != nil || filters.source != nil || filters.actor != nil
        var inner = """
            SELECT f.rowid AS id, bm25(articles_fts, 10.0, 5.0, 1.0) AS score
            FROM articles_fts f \(needsRow ? "JOIN articles a ON a.id = f.rowid" : "")
            WHERE articles_fts MATCH ?
            """
        var args: [(any DatabaseValueConvertible)?] = [query.fts]
        if !filters.includeDuplicates {
            inner += " AND f.rowid NOT IN (SELECT id FROM articles WHERE duplicate_of IS NOT NULL)"
        }
        if let from = filters.from { inner += " AND a.published >= ?"; args.append(from) }
        if let to = filters.to { inner += " AND a.published < ?"; args.append(Self.dayAfter(to)) }
        if let source = filters.source { inner += " AND a.source = ? COLLATE NOCASE"; args.append(source) }
        if let actor = filters.actor {
            inner += """
                 AND EXISTS (SELECT 1 FROM article_actor_rows aa WHERE aa.article_id = a.id AND aa.actor IN
                   (SELECT num FROM actors WHERE id = ? OR name_ar = ? OR name_en = ? COLLATE NOCASE))
                """
            args.append(contentsOf: [actor, actor, actor])
        }
        inner += " ORDER BY score LIMIT ?"
        args.append(max(1, filters.limit))
        let sql = """
            WITH top AS MATERIALIZED (\(inner))
            SELECT a.id, a.doc_id, a.url, a.source, a.published, a.title, a.text, top.score,
              (SELECT COUNT(*) FROM articles d WHERE d.duplicate_of = a.id)
            FROM top CROSS JOIN articles a ON a.id = top.id
            ORDER BY top.score
            """
        let arguments = StatementArguments(args.map { $0?.databaseValue ?? .null })
        let snippets = SnippetMaker(query)
        do {
            // One statement is its own snapshot, so no transaction around it (`read` would open one).
            return try pool.unsafeRead { db in
                // Cached per connection (the SQL only varies with which filters are set): preparing
                // it was a tenth of a search.
                let statement = try db.cachedStatement(sql: sql)
                try statement.setArguments(arguments)
                let handle = statement.sqliteStatement
                var hits: [SearchHit] = []
                // The rows are read in place (not copied), and the snippet straight from the text's
                // bytes in SQLite's buffer (``SnippetMaker/snippet(utf8:)``): no `String` of the text.
                let rows = try Row.fetchCursor(statement)
                while let row = try rows.next() {
                    hits.append(SearchHit(id: row[0], docID: row[1], url: row[2], source: row[3], published: row[4],
                                          title: row[5], snippet: snippets.snippet(utf8: Self.text(handle, 6)),
                                          score: row[7], duplicates: row[8]))
                }
                return hits
            }
        } catch {
            throw ArchiveError.wrap(error, path: path, doing: "search failed")
        }
    }

    /// A text column of the current row, in place: valid until the statement steps or is reset.
    /// Up to its first NUL byte, as GRDB's `String` decoding reads it (`String(cString:)`); NULL is
    /// empty.
    static func text(_ statement: SQLiteStatement, _ column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let start = sqlite3_column_text(statement, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        let bytes = Int(sqlite3_column_bytes(statement, column))
        let count = memchr(start, 0, bytes).map { UnsafeRawPointer($0) - UnsafeRawPointer(start) } ?? bytes
        return UnsafeBufferPointer(start: start, count: count)
    }

    /// The exclusive upper bound for an inclusive `to` date: `2018-07-15` → `2018-07-15~` (sorts
    /// after every time of that day).
    static func dayAfter(_ to: String) -> String { to + "~" }

    /// Actors by the number of (original) articles that mention them.
    public func topActors(limit: Int) throws -> [ActorCount] {
        try read { db in
            try Row.fetchAll(db, sql: """
                WITH counts AS (
                  SELECT aa.actor, COUNT(*) AS n, SUM(aa.mentions) AS m FROM article_actor_rows aa
                  JOIN articles a ON a.id = aa.article_id AND a.duplicate_of IS NULL
                  GROUP BY aa.actor)
                SELECT ac.id, ac.name_ar, ac.name_en, ac.type, ac.cameo, c.n, c.m
                FROM counts c JOIN actors ac ON ac.num = c.actor ORDER BY c.n DESC, ac.id LIMIT ?
                """, arguments: [max(1, limit)]).map {
                ActorCount(id: $0[0], nameAr: $0[1], nameEn: $0[2], type: $0[3], cameo: $0[4], articles: $0[5], mentions: $0[6])
            }
        }
    }

    /// Quotes, optionally by a speaker (its text contains `speaker`, or its actor's id or names equal it).
    public func quotes(speaker: String?, limit: Int) throws -> [StoredQuote] {
        // The quotes are chosen first, then cut out of their articles' text (only the ones shown).
        var sql = """
            WITH chosen AS MATERIALIZED (
              SELECT q.article_id, q.start, q."end", q.kind, q.speaker, q.speaker_actor, a.published
              FROM quote_rows q JOIN articles a ON a.id = q.article_id AND a.duplicate_of IS NULL
            """
        var args: [String] = []
        if let speaker {
            sql += """
                 WHERE instr(q.speaker, ?) > 0
                   OR q.speaker_actor IN (SELECT num FROM actors WHERE id = ? OR name_ar = ? OR name_en = ? COLLATE NOCASE)
                """
            args = [speaker, speaker, speaker, speaker]
        }
        sql += """
             ORDER BY a.published DESC, q.article_id, q.start LIMIT \(max(1, limit)))
            SELECT substr(a.text, c.start + 1, c."end" - c.start), c.kind, c.speaker, ac.id, ac.name_en, a.doc_id, a.url,
              a.title, a.published, c.article_id, c.start, c."end"
            FROM chosen c JOIN articles a ON a.id = c.article_id LEFT JOIN actors ac ON ac.num = c.speaker_actor
            ORDER BY c.published DESC, c.article_id, c.start
            """
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map { q in
                // The sourcing chain, by the quote's key (a handful of rows, for the quotes shown only).
                let via = try Row.fetchAll(db.cachedStatement(sql: """
                    SELECT substr(a.text, v.start + 1, v."end" - v.start), v.link, v.description
                    FROM quote_via_rows v JOIN articles a ON a.id = v.article_id
                    WHERE v.article_id = ? AND v.quote_start = ? AND v.quote_end = ? ORDER BY v.position
                    """), arguments: [q[9] as Int64, q[10] as Int64, q[11] as Int64]).map {
                    QuoteVia(text: $0[0], link: $0[1], description: $0[2])
                }
                return StoredQuote(text: q[0], kind: q[1], speaker: q[2], speakerActor: q[3], speakerNameEn: q[4],
                                   via: via, docID: q[5], url: q[6], title: q[7], published: q[8])
            }
        }
    }
}

/// An actor and how often the archive mentions it.
public struct ActorCount: Sendable, Codable, Equatable {
    public var id: String
    public var nameAr: String
    public var nameEn: String?
    public var type: String
    public var cameo: String?
    public var articles: Int
    public var mentions: Int
}

/// A stored quote with its article.
public struct StoredQuote: Sendable, Codable, Equatable {
    public var text: String
    public var kind: String
    public var speaker: String?
    public var speakerActor: String?
    public var speakerNameEn: String?
    /// Whom the speaker cites, nearest first («… استنادًا إلى مصادر غير معلنة»).
    public var via: [QuoteVia]
    public var docID: String
    public var url: String?
    public var title: String?
    public var published: String?
}

/// One link of a stored quote's sourcing chain.
public struct QuoteVia: Sendable, Codable, Equatable {
    /// The source as the article names it.
    public var text: String
    /// The phrase that links it (استنادًا إلى، نقلًا عن …).
    public var link: String
    /// In English: "unnamed sources", "unnamed official (Iraq)".
    public var description: String
}
