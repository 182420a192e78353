import Foundation
import GRDB
import KhabarReaders
import Testing
@testable import KhabarStore
@testable import khabar

@Suite struct IngesterTests {
    /// Batches start small and double up to the batch size; every input is in exactly one, in order.
    @Test func batchesRampUpToTheirSize() {
        let inputs = Array(0..<1000)
        let batches = Ingester.batches(inputs, size: 256)
        #expect(batches.map(\.count) == [64, 128, 256, 256, 256, 40])
        #expect(batches.flatMap { $0 } == inputs)
        #expect(Ingester.batches(Array(0..<10), size: 4).map(\.count) == [4, 4, 2])
        #expect(Ingester.batches([Int](), size: 256).isEmpty)
    }
}

@Suite struct IngesterRunTests {
    /// A run stores every file, ends with one index segment, and leaves FTS5's merging as it found it.
    @Test func runStoresMergesAndRestoresMerging() throws {
        let dir = Fixture.directory()
        let files = (0..<5).map { i -> String in
            let path = dir + "/a\(i).txt"
            try! ("عنوان الخبر رقم \(i)\n\n" + Fixture.paragraph(seed: 300 + i, words: 120)).write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let archive = try Archive(path: dir + "/t.sqlite")
        let ingester = Ingester(reader: ArticleReader(), writer: try ArchiveWriter(archive: archive), maxBytes: 1_000_000,
                                batchFiles: 2, analyze: true)
        let totals = try ingester.run(files, progress: { _ in }, acknowledge: { _, _ in })
        #expect(totals.stored == 5 && totals.failures.isEmpty)
        #expect(try archive.indexSegments() == 1)
        let config = try archive.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT k, v FROM articles_fts_config").map { ($0[0] as String, $0[1] as Int?) })
        }
        #expect(config["automerge"] == IndexMerging.standard.automerge)
        #expect(config["crisismerge"] == IndexMerging.standard.crisismerge)
        #expect(try archive.integrityCheck() == "ok")
    }
}

@Suite struct IndexMergingTests {
    /// Deferred merging leaves every committed batch's segment in place (no crisis merge at 16),
    /// FTS5's standard merging keeps fewer, and `optimize` leaves one.
    @Test func deferredMergingKeepsEverySegmentUntilOptimize() throws {
        func segments(after batches: Int, _ merging: IndexMerging) throws -> (Archive, Int) {
            let archive = try Archive(path: Fixture.directory() + "/t.sqlite")
            try archive.setMerging(merging)
            let writer = try ArchiveWriter(archive: archive)
            for b in 0..<batches {
                _ = try writer.store([try Fixture.prepared(Fixture.article("مقال \(b)", Fixture.paragraph(seed: 900 + b)))])
            }
            return (archive, try archive.indexSegments())
        }
        let (deferred, kept) = try segments(after: 20, .deferred)
        #expect(kept == 20)
        #expect(try segments(after: 20, .standard).1 < 20)
        try deferred.optimizeIndex()
        #expect(try deferred.indexSegments() == 1)
        #expect(try deferred.integrityCheck() == "ok")
    }
}
