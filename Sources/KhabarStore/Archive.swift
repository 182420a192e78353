import CSQLiteShim
import Foundation
import GRDB

/// One archive file: a SQLite database in WAL mode, opened through a GRDB pool whose every
/// connection has the `khabar_arabic` FTS5 tokenizer registered.
///
/// ```swift
/// let archive = try Archive(path: "khabar.sqlite")
/// let hits = try archive.search(try SearchQuery.parse("بالمفاوضات"))
/// ```
public final class Archive: Sendable {
    /// The default file name, in the working directory.
    public static let defaultPath = "khabar.sqlite"

    /// The database path: `explicit` (`--db`), else `KHABAR_DB`, else ``defaultPath``.
    public static func path(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = environment["KHABAR_DB"], !env.isEmpty { return env }
        return defaultPath
    }

    public let path: String
    public let pool: DatabasePool

    /// Opens (and, unless `readOnly`, creates and migrates) the archive at `path`. `maxPageCount`
    /// caps the file size (SQLite pages of 4 KiB); a write past it fails as a full disk does.
    public init(path: String, readOnly: Bool = false, maxPageCount: Int? = nil) throws {
        _ = Self.configureSQLite
        self.path = path
        if readOnly && !FileManager.default.fileExists(atPath: path) {
            throw ArchiveError("\(path): no archive here (run khabar ingest first, or give --db / KHABAR_DB)")
        }
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(30)
        config.label = "khabar-archive"
        // The REFERENCES clauses document the schema; SQLite does not enforce them by default and
        // neither does Khabar: the one writer inserts every article and actor before the rows
        // that point to them, in the same transaction, and checking each row's parents was a
        // seventh of the indexing time.
        config.foreignKeysEnabled = false
        config.prepareDatabase { db in
            db.add(tokenizer: ArabicFTS5Tokenizer.self)
            if !readOnly {
                // WAL (set by the pool) + FULL: a commit is on disk before the writer acknowledges it.
                try db.execute(sql: "PRAGMA synchronous = FULL")
                // A 64 MiB page cache (the default is 2 MiB): an ingest re-reads the pages of the
                // indexes and FTS segments it just wrote instead of fetching them from the file.
                try db.execute(sql: "PRAGMA cache_size = -65536")
                // Statement journals (every multi-row INSERT opens one) in memory, not temp files.
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
                // Debian's SQLite is built with SECURE_DELETE: every freed cell and page is zeroed,
                // which FTS5's segment merges and B-tree rebalancing do all the time. Nothing the
                // archive deletes is secret (its own index segments, superseded rows).
                try db.execute(sql: "PRAGMA secure_delete = OFF")
            }
            if let maxPageCount { try db.execute(sql: "PRAGMA max_page_count = \(maxPageCount)") }
        }
        do {
            var pool = try DatabasePool(path: path, configuration: config)
            if !readOnly {
                try ArchiveSchema.migrator.migrate(pool)
            } else if try pool.read(Self.needsUpgrade) {
                try pool.close()
                try Self.upgrade(path: path, configuration: config)
                pool = try DatabasePool(path: path, configuration: config)
            }
            self.pool = pool
        } catch {
            throw ArchiveError.wrap(error, path: path, doing: readOnly ? "cannot open the archive" : "cannot open or create the archive")
        }
    }

    /// SQLite's process-wide settings, made before the first connection opens: no memory statistics
    /// (SQLite takes a global mutex for them on every allocation, and the writer allocates for every
    /// row). Too late when SQLite was already used in the process; then nothing changes.
    private static let configureSQLite: Void = { _ = khabar_sqlite_disable_memstatus() }()

    /// An archive written by an older Khabar: the commands that only read would query tables that
    /// have moved. A file Khabar never migrated (another program's database) does not qualify.
    private static func needsUpgrade(_ db: Database) throws -> Bool {
        guard try db.tableExists("grdb_migrations"),
              try ArchiveSchema.migrator.appliedMigrations(db).contains("v1-articles") else { return false }
        return try !ArchiveSchema.migrator.hasCompletedMigrations(db)
    }

    /// Brings such an archive up to the current schema before it is opened read-only: one write, in
    /// the migrations' own transactions. An archive that cannot be written gets an error saying so.
    private static func upgrade(path: String, configuration: Configuration) throws {
        var writable = configuration
        writable.readonly = false
        do {
            try ArchiveSchema.migrator.migrate(try DatabaseQueue(path: path, configuration: writable))
        } catch {
            throw ArchiveError.wrap(error, path: path, doing: "was written by an older Khabar and cannot be upgraded")
        }
    }

    /// Number of stored articles (near-duplicates included).
    public func articleCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles") ?? 0 }
    }

    /// `PRAGMA integrity_check` and the FTS5 index check (an FTS5 command, so it runs on the writer
    /// connection; it changes nothing); "ok" when both pass, else what failed.
    public func integrityCheck() throws -> String {
        do {
            return try pool.writeWithoutTransaction { db in
                let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                if rows != ["ok"] { return rows.joined(separator: "; ") }
                do {
                    try db.execute(sql: "INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)")
                } catch {
                    return "fts: \(error)"
                }
                return "ok"
            }
        } catch {
            throw ArchiveError.wrap(error, path: path, doing: "integrity check failed")
        }
    }

    /// Merges the full-text index's segments into one (FTS5 `optimize`). Each committed batch adds
    /// a segment and FTS5's automerge keeps only a few per level, but a query still opens every
    /// segment: after a bulk ingest one segment makes searches several times faster. The work is
    /// proportional to the index size, so `khabar ingest` runs it once at the end of a run.
    public func optimizeIndex() throws {
        do {
            try pool.write { db in try db.execute(sql: "INSERT INTO articles_fts(articles_fts) VALUES('optimize')") }
        } catch {
            throw ArchiveError.wrap(error, path: path, doing: "cannot merge the full-text index")
        }
    }

    /// Copies the write-ahead log into the database file. `truncate` waits for readers (up to the busy
    /// timeout) and empties the log; otherwise it copies what no reader still needs and returns.
    public func checkpoint(truncate: Bool = false) throws {
        do {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: truncate ? "PRAGMA wal_checkpoint(TRUNCATE)" : "PRAGMA wal_checkpoint(PASSIVE)")
            }
        } catch {
            throw ArchiveError.wrap(error, path: path, doing: "cannot checkpoint the write-ahead log")
        }
    }

    /// Sets how FTS5 merges the full-text index's segments as rows are written (its `automerge` and
    /// `crisismerge` options, stored in the index's config table).
    public func setMerging(_ merging: IndexMerging) throws {
        do {
            try pool.write { db in
                try db.execute(sql: "INSERT INTO articles_fts(articles_fts, rank) VALUES('automerge', ?)", arguments: [merging.automerge])
                try db.execute(sql: "INSERT INTO articles_fts(articles_fts, rank) VALUES('crisismerge', ?)", arguments: [merging.crisismerge])
            }
        } catch {
            throw ArchiveError.wrap(error, path: path, doing: "cannot set the full-text index's merging")
        }
    }

    /// The number of segments in the full-text index.
    public func indexSegments() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT segid) FROM articles_fts_idx") ?? 0 }
    }

    /// A read with errors turned into one-line ``ArchiveError``s.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch let e as ArchiveError { throw e } catch {
            throw ArchiveError.wrap(error, path: path, doing: "read failed")
        }
    }
}

/// How FTS5 merges index segments as rows are written. Each committed batch adds a segment; once a
/// level holds `automerge` segments, FTS5 merges them a little at every write; at `crisismerge` it
/// merges the whole level at once, in the write that reaches it.
public struct IndexMerging: Sendable, Equatable {
    /// Segments of one level merged incrementally (0: never).
    public var automerge: Int
    /// Segments of one level that force a merge of the level.
    public var crisismerge: Int

    public init(automerge: Int, crisismerge: Int) {
        self.automerge = automerge
        self.crisismerge = crisismerge
    }

    /// FTS5's defaults: what the archive uses between ingests.
    public static let standard = IndexMerging(automerge: 4, crisismerge: 16)
    /// During an ingest that ends with `optimize`: no merging until 64 segments, since the final
    /// merge rewrites the index anyway (a crisis merge at 16 had the writer rewrite half of it).
    /// Searches during the run open up to 64 segments.
    public static let deferred = IndexMerging(automerge: 0, crisismerge: 64)
}

/// A one-line archive error naming the file.
public struct ArchiveError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ message: String) { description = message }

    static func wrap(_ error: any Error, path: String, doing: String) -> ArchiveError {
        if let e = error as? ArchiveError { return e }
        if let db = error as? DatabaseError {
            var hint = ""
            switch db.resultCode {
            case .SQLITE_FULL: hint = " (disk full; nothing of the failed batch was written)"
            case .SQLITE_READONLY: hint = " (read-only file or directory)"
            case .SQLITE_CANTOPEN: hint = " (missing directory or no permission)"
            case .SQLITE_CORRUPT, .SQLITE_NOTADB: hint = " (not a Khabar archive, or damaged)"
            case .SQLITE_IOERR: hint = " (I/O error; disk full or removed?)"
            default: break
            }
            return ArchiveError("\(path): \(doing): \(db.message ?? "\(db.resultCode)")\(hint)")
        }
        return ArchiveError("\(path): \(doing): \(error)")
    }
}
