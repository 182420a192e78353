import GRDB

/// A second FTS5 index over the same articles with SQLite's own `unicode61` tokenizer, for
/// `khabar bench archive` to compare against (never created by ingest).
extension Archive {
    /// The peer table's name.
    public static let peerTable = "bench_unicode61"

    /// Creates (or rebuilds) the `unicode61` peer index over every stored article.
    public func buildUnicode61Peer() throws {
        do {
            try pool.write { db in
                try db.execute(sql: "DROP TABLE IF EXISTS \(Self.peerTable)")
                try db.execute(sql: """
                    CREATE VIRTUAL TABLE \(Self.peerTable) USING fts5(title, lede, text, content='articles',
                      content_rowid='id', tokenize="unicode61 categories 'L* N* Co Mn'")
                    """)
                try db.execute(sql: "INSERT INTO \(Self.peerTable)(\(Self.peerTable)) VALUES('rebuild')")
            }
        } catch { throw ArchiveError.wrap(error, path: path, doing: "cannot build the unicode61 peer index") }
    }

    /// Drops the peer index.
    public func dropUnicode61Peer() throws {
        try pool.write { db in try db.execute(sql: "DROP TABLE IF EXISTS \(Self.peerTable)") }
    }

    /// The rowids matching `query` in the Khabar index (`peer == false`) or the peer index, all
    /// stored articles (near-duplicates included).
    public func matchingIDs(_ query: SearchQuery, peer: Bool) throws -> Set<Int64> {
        let table = peer ? Self.peerTable : "articles_fts"
        return try read { db in
            Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM \(table) WHERE \(table) MATCH ?", arguments: [query.fts]))
        }
    }

    /// The same query shape as ``search(_:filters:)`` (snippet, BM25, originals only) on the peer.
    public func searchPeer(_ query: SearchQuery, limit: Int) throws -> Int {
        let t = Self.peerTable
        return try read { db in
            try Row.fetchAll(db, sql: """
                WITH top AS MATERIALIZED (
                  SELECT f.rowid AS id, bm25(\(t), 10.0, 5.0, 1.0) AS score FROM \(t) f
                  WHERE \(t) MATCH ?1 AND f.rowid NOT IN (SELECT id FROM articles WHERE duplicate_of IS NOT NULL)
                  ORDER BY score LIMIT ?2)
                SELECT a.id, a.doc_id, a.url, a.source, a.published, a.title,
                  snippet(\(t), -1, char(1), char(2), '…', 16), top.score,
                  (SELECT COUNT(*) FROM articles d WHERE d.duplicate_of = a.id)
                FROM top CROSS JOIN \(t) ON \(t).rowid = top.id CROSS JOIN articles a ON a.id = top.id
                WHERE \(t) MATCH ?1 ORDER BY top.score
                """, arguments: [query.fts, limit]).count
        }
    }

    /// Titles of the stored originals, in id order (for deriving benchmark queries).
    public func titles() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT title FROM articles WHERE title IS NOT NULL AND duplicate_of IS NULL ORDER BY id") }
    }

    /// Counts of stored articles, near-duplicates and distinct sources.
    public func stats() throws -> (articles: Int, nearDuplicates: Int, sources: Int) {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT COUNT(*), COUNT(duplicate_of), COUNT(DISTINCT source) FROM articles
                """)!
            return (row[0], row[1], row[2])
        }
    }
}
