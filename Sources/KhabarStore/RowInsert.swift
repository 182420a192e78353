import GRDB
import GRDBSQLite

/// Runs one cached INSERT with values bound straight through SQLite's C API: no argument array, no
/// boxing of each value, text bound from the string's own UTF-8 (SQLite copies it). The archive
/// writes ~50 analysis rows per article, and GRDB's general `execute(arguments:)` made them cost
/// more than the full-text index; this keeps GRDB for everything else (connections, transactions,
/// migrations, errors) and only shortcuts the per-row binding.
///
/// ```swift
/// var row = try RowInsert(db, "INSERT INTO t(a, b) VALUES (?, ?)")
/// row.bind(1, 42); row.bind(2, "نص")
/// try row.step()
/// ```
struct RowInsert {
    private let statement: Statement
    private let handle: OpaquePointer
    private let db: Database

    init(_ db: Database, _ sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
        self.db = db
    }

    /// SQLite's "copy the bytes now" destructor marker.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    /// A valid pointer for binding the empty string (an empty Swift string may have none).
    private static let empty: StaticString = ""

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Int?) { bind(index, value.map(Int64.init)) }

    func bind(_ index: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: String?) {
        guard var value else {
            sqlite3_bind_null(handle, index)
            return
        }
        value.withUTF8 { p in
            if let base = p.baseAddress, p.count > 0 {
                base.withMemoryRebound(to: CChar.self, capacity: p.count) {
                    _ = sqlite3_bind_text(handle, index, $0, Int32(p.count), Self.transient)
                }
            } else {
                Self.empty.withUTF8Buffer { e in
                    e.baseAddress!.withMemoryRebound(to: CChar.self, capacity: 1) {
                        _ = sqlite3_bind_text(handle, index, $0, 0, Self.transient)
                    }
                }
            }
        }
    }

    /// Executes the insert with the values bound since the last step, then clears them.
    func step() throws {
        let rc = sqlite3_step(handle)
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard rc == SQLITE_DONE else {
            let message = sqlite3_errmsg(db.sqliteConnection).map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(db.sqliteConnection)),
                                message: message, sql: statement.sql)
        }
    }
}
