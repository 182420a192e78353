import GRDB
import Testing
@testable import KhabarStore

/// Multi-row inserts bound through the C API.
@Suite struct RowInsertTests {
    static func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: Fixture.directory() + "/t.sqlite")
        try queue.write { db in try db.execute(sql: "CREATE TABLE t(a INTEGER, b TEXT)") }
        return queue
    }

    /// Chunks of up to 64 rows, every value bound, NULLs and empty text kept apart.
    @Test func insertsEveryRowInChunks() throws {
        let queue = try Self.database()
        let insert = RowInsert("INSERT INTO t(a, b)", columns: 2)
        let count = 2 * RowInsert.chunk + 5
        try queue.write { db in
            try insert.rows(count, in: db) { i, row in row.bind(1, i); row.bind(2, i % 3 == 0 ? nil : i % 3 == 1 ? "" : "ق\(i)") }
        }
        let rows = try queue.read { db in try Row.fetchAll(db, sql: "SELECT a, b FROM t ORDER BY a") }
        #expect(rows.map { $0[0] as Int } == Array(0..<count))
        #expect(rows.map { $0[1] as String? } == (0..<count).map { $0 % 3 == 0 ? nil : $0 % 3 == 1 ? "" : "ق\($0)" })
    }
}
