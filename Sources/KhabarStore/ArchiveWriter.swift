import Foundation
import GRDB

/// What happened to one article given to ``ArchiveWriter/store(_:)``.
public enum StoreOutcome: Sendable, Equatable {
    /// Stored as a new original.
    case stored(id: Int64)
    /// Stored, linked to an earlier article it nearly repeats.
    case nearDuplicate(id: Int64, of: Int64, similarity: Double)
    /// Not stored: an article with this URL is already there.
    case sameURL(existing: Int64)
    /// Not stored: an article with the same normalized content is already there.
    case sameContent(existing: Int64)

    public var isNew: Bool {
        switch self {
        case .stored, .nearDuplicate: return true
        case .sameURL, .sameContent: return false
        }
    }
}

/// Stores prepared articles, one transaction per batch: a batch is on disk when ``store(_:)``
/// returns, or (on any error) none of it is. Keeps the near-duplicate index in memory, loaded from the
/// stored signatures, so re-running an ingest continues where it stopped.
public final class ArchiveWriter {
    public let archive: Archive
    private var index = NearDuplicateIndex()
    private var rows = AnalysisRows()
    // The per-article statements, bound through SQLite's C API (see ``RowInsert``).
    private let byURL = IDQuery(sql: "SELECT id FROM articles WHERE url = ?")
    private let byContent = IDQuery(sql: "SELECT id FROM articles WHERE content_hash = ? OR doc_id = ?")
    private let articleRow = RowInsert("""
        INSERT INTO articles (doc_id, url, source_id, source, category, title, lede, author, published,
          language, text, content_hash, duplicate_of, similarity, input, tags, blocks)
        """, columns: 17)
    private let signatureRow = RowInsert("INSERT INTO article_signatures(article_id, minhash)", columns: 2)
    private let ftsRow = RowInsert("INSERT INTO articles_fts(rowid, title, lede, text)", columns: 4)

    public init(archive: Archive) throws {
        self.archive = archive
        try loadIndex()
    }

    /// (Re)loads the near-duplicate index from the stored signatures.
    private func loadIndex() throws {
        var fresh = NearDuplicateIndex()
        do {
            try archive.pool.read { db in
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT s.article_id, s.minhash, a.duplicate_of FROM article_signatures s
                    JOIN articles a ON a.id = s.article_id ORDER BY s.article_id
                    """)
                while let row = try rows.next() {
                    let blob: Data = row[1]
                    fresh.add(id: row[0], signature: MinHash.decode([UInt8](blob)), duplicateOf: row[2])
                }
            }
        } catch {
            throw ArchiveError.wrap(error, path: archive.path, doing: "cannot read the near-duplicate index")
        }
        index = fresh
    }

    /// Stores a batch in one transaction and returns one outcome per article, in order. On an error
    /// nothing of the batch is written (and the in-memory index is reloaded from what is stored).
    public func store(_ batch: [PreparedArticle]) throws -> [StoreOutcome] {
        do {
            return try archive.pool.write { db -> [StoreOutcome] in
                var outcomes: [StoreOutcome] = []
                outcomes.reserveCapacity(batch.count)
                for k in batch.indices { outcomes.append(try insert(batch[k], db: db)) }
                // The full-text rows go last, all together. FTS5 writes its pending terms out as a
                // new index segment whenever a statement opens a savepoint (SQLite does for every
                // multi-row INSERT): interleaved with the analysis rows, each article became a segment.
                // The tokenizer is lent each article's terms, made when it was prepared.
                let replay = TermReplay.of(db)
                for k in batch.indices {
                    switch outcomes[k] {
                    case .stored(let id), .nearDuplicate(let id, _, _):
                        if let replay {
                            if let title = batch[k].title, let terms = batch[k].titleTerms { replay.lend(title, terms) }
                            if let lede = batch[k].lede, let terms = batch[k].ledeTerms { replay.lend(lede, terms) }
                            replay.lend(batch[k].text, batch[k].textTerms)
                        }
                        defer { replay?.clear() }
                        try ftsRow.row(in: db) { row in
                            row.bind(1, id); row.bind(2, batch[k].title); row.bind(3, batch[k].lede); row.bind(4, batch[k].text)
                        }
                    case .sameURL, .sameContent: break
                    }
                }
                return outcomes
            }
        } catch {
            try? loadIndex()
            rows = AnalysisRows()
            throw ArchiveError.wrap(error, path: archive.path, doing: "cannot store a batch of \(batch.count) article(s)")
        }
    }

    private func insert(_ a: PreparedArticle, db: Database) throws -> StoreOutcome {
        if let url = a.url, let id = try byURL.fetch(in: db, { $0.bind(1, url) }) {
            return .sameURL(existing: id)
        }
        if let id = try byContent.fetch(in: db, { $0.bind(1, a.contentHash); $0.bind(2, a.docID) }) {
            return .sameContent(existing: id)
        }
        let near = index.match(a.signature, bandKeys: a.bandKeys)
        try articleRow.row(in: db) { row in
            row.bind(1, a.docID); row.bind(2, a.url); row.bind(3, a.sourceID); row.bind(4, a.source)
            row.bind(5, a.category); row.bind(6, a.title); row.bind(7, a.lede); row.bind(8, a.author)
            row.bind(9, a.published); row.bind(10, a.language); row.bind(11, a.text); row.bind(12, a.contentHash)
            row.bind(13, near?.original); row.bind(14, near?.similarity); row.bind(15, a.input); row.bind(16, a.tags)
            row.bind(17, a.blocks)
        }
        let id = db.lastInsertedRowID
        if !a.signature.isEmpty {
            try signatureRow.row(in: db) { row in
                row.bind(1, id); row.bind(2, blob: a.signatureBytes)
            }
        }
        try rows.insert(a, articleID: id, db: db)
        index.add(id: id, signature: a.signature, bandKeys: a.bandKeys, duplicateOf: near?.original)
        if let near { return .nearDuplicate(id: id, of: near.original, similarity: near.similarity) }
        return .stored(id: id)
    }
}
