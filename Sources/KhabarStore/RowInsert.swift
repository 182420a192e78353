import GRDB
import GRDBSQLite

/// Inserts rows with multi-row `INSERT … VALUES (…), (…), …` statements (up to ``RowInsert/chunk``
/// rows each), values bound straight through SQLite's C API.
///
/// The archive writes ~50 analysis rows per article. One single-row statement per row spent most of
/// the time opening and positioning cursors and boxing arguments (GRDB's general
/// `execute(arguments:)`); a statement of many rows opens its cursors once. GRDB still owns the
/// connection, transactions, statement cache, migrations and errors; this only shortcuts binding.
///
/// Made once per table (it keeps the text of each statement size it has built), used for every
/// article.
///
/// ```swift
/// let insert = RowInsert("INSERT INTO t(a, b)", columns: 2)
/// try insert.rows(values.count, in: db) { i, row in row.bind(1, values[i].a); row.bind(2, values[i].b) }
/// ```
final class RowInsert {
    /// Rows per statement at most.
    static let chunk = 64

    private let prefix: String
    private let columns: Int
    /// The SQL text of the statement of `n` rows, at index `n`, once built.
    private var texts = [String?](repeating: nil, count: RowInsert.chunk + 1)

    /// `prefix` is the statement up to `VALUES` (`INSERT OR IGNORE INTO t(a, b)`).
    init(_ prefix: String, columns: Int) {
        self.prefix = prefix
        self.columns = columns
    }

    /// Inserts `count` rows; `row(i, binder)` binds row `i`'s columns (1-based, in the prefix's order).
    func rows(_ count: Int, in db: Database, _ row: (Int, RowBinder) -> Void) throws {
        var done = 0
        while done < count {
            let n = min(Self.chunk, count - done)
            let statement = try db.cachedStatement(sql: sql(rows: n))
            let handle = statement.sqliteStatement
            for r in 0..<n {
                row(done + r, RowBinder(handle: handle, base: Int32(r * columns)))
            }
            let rc = sqlite3_step(handle)
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
            guard rc == SQLITE_DONE else { throw DatabaseError.last(in: db, sql: statement.sql) }
            done += n
        }
    }

    /// Inserts one row.
    func row(in db: Database, _ row: (RowBinder) -> Void) throws {
        try rows(1, in: db) { _, binder in row(binder) }
    }

    private func sql(rows n: Int) -> String {
        if let text = texts[n] { return text }
        let one = "(" + Array(repeating: "?", count: columns).joined(separator: ",") + ")"
        let text = prefix + " VALUES " + Array(repeating: one, count: n).joined(separator: ",")
        texts[n] = text
        return text
    }
}

/// A query for one integer (an id), values bound through SQLite's C API like ``RowInsert``'s.
struct IDQuery {
    let sql: String

    /// The first column of the first row, or nil when there is no row.
    func fetch(in db: Database, _ bind: (RowBinder) -> Void) throws -> Int64? {
        let statement = try db.cachedStatement(sql: sql)
        let handle = statement.sqliteStatement
        bind(RowBinder(handle: handle, base: 0))
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return sqlite3_column_int64(handle, 0)
        case SQLITE_DONE: return nil
        default: throw DatabaseError.last(in: db, sql: sql)
        }
    }
}

extension DatabaseError {
    /// The connection's last error, for a statement stepped through SQLite's C API (GRDB's own
    /// calls report it themselves).
    static func last(in db: Database, sql: String) -> DatabaseError {
        let message = sqlite3_errmsg(db.sqliteConnection).map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(db.sqliteConnection)),
                             message: message, sql: sql)
    }
}

/// Binds one row's values of a ``RowInsert`` statement.
struct RowBinder {
    let handle: OpaquePointer
    let base: Int32

    /// SQLite's "copy the bytes now" destructor marker.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func bind(_ column: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, base + column, value) } else { sqlite3_bind_null(handle, base + column) }
    }

    func bind(_ column: Int32, _ value: Int?) { bind(column, value.map(Int64.init)) }

    func bind(_ column: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(handle, base + column, value) } else { sqlite3_bind_null(handle, base + column) }
    }

    func bind(_ column: Int32, blob: [UInt8]) {
        blob.withUnsafeBytes { p in
            _ = sqlite3_bind_blob(handle, base + column, p.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, Int32(p.count), Self.transient)
        }
    }

    func bind(_ column: Int32, _ value: String?) {
        guard var value else {
            sqlite3_bind_null(handle, base + column)
            return
        }
        value.withUTF8 { p in
            // An empty string may have no storage; bind a zero-length text, not NULL.
            let bytes = UnsafeRawPointer(p.baseAddress ?? UnsafePointer(bitPattern: 1)!).assumingMemoryBound(to: CChar.self)
            _ = sqlite3_bind_text(handle, base + column, bytes, Int32(p.count), Self.transient)
        }
    }
}
