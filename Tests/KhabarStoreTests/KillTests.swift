import Foundation
import Testing
@testable import KhabarStore

/// `khabar ingest` killed with SIGKILL part-way, then run again: nothing acknowledged is lost, nothing
/// is stored twice, the database is intact, and the end state equals an uninterrupted run.
@Suite struct KillTests {
    /// The built `khabar` executable (the test target depends on it, so it is built beside the tests).
    static func binary() throws -> String {
        var candidates: [String] = []
        let arg0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = arg0.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("khabar").path)
            dir = dir.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/khabar").path)
        for c in candidates where FileManager.default.isExecutableFile(atPath: c) { return c }
        throw ArchiveError("khabar executable not found in \(candidates)")
    }

    /// Writes `n` one-article JSON files.
    static func corpus(_ n: Int) throws -> String {
        let dir = Fixture.directory() + "/in"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for i in 0..<n {
            let json = """
                {"url": "https://k.example/\(i)", "title": "خبر رقم \(i)", "source": "Kill",
                 "date": "2018-0\(1 + i % 9)-1\(i % 10)T10:00:00Z", "content": "\(Fixture.paragraph(seed: i, words: 120))"}
                """
            try json.write(toFile: dir + "/a\(String(format: "%05d", i)).json", atomically: false, encoding: .utf8)
        }
        return dir
    }

    /// Runs `khabar ingest --ack`; when `killAfterAcks` is set, SIGKILLs it once that many acks arrived.
    /// Returns the acknowledged ids and whether it was killed.
    static func ingest(_ input: String, db: String, killAfterAcks: Int?) throws -> (acked: [String], killed: Bool) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try binary())
        p.arguments = ["ingest", "--db", db, "--batch-size", "25", "--ack", input]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try p.run()
        var buffer = Data()
        var acked: [String] = []
        var killed = false
        let handle = pipe.fileHandleForReading
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            while let nl = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[buffer.startIndex..<nl], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...nl)
                let parts = line.split(separator: "\t")
                if parts.count == 2 { acked.append(String(parts[1])) }
            }
            if let k = killAfterAcks, !killed, acked.count >= k {
                kill(p.processIdentifier, SIGKILL)
                killed = true
            }
        }
        p.waitUntilExit()
        return (acked, killed && p.terminationReason == .uncaughtSignal)
    }

    @Test func killedIngestLosesNothingAcknowledgedAndResumes() throws {
        let input = try Self.corpus(600)
        let dir = Fixture.directory()
        let first = try Self.ingest(input, db: dir + "/killed.sqlite", killAfterAcks: 50)

        let afterKill = try Archive(path: dir + "/killed.sqlite")
        #expect(try afterKill.integrityCheck() == "ok")
        for id in Set(first.acked) {
            let n = try afterKill.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles WHERE doc_id = ?", arguments: [id]) }
            #expect(n == 1, "acknowledged \(id) stored \(n ?? -1) times")
        }
        #expect(first.acked.count >= 50)

        let second = try Self.ingest(input, db: dir + "/killed.sqlite", killAfterAcks: nil)
        #expect(second.acked.count == 600)
        let whole = try Self.ingest(input, db: dir + "/whole.sqlite", killAfterAcks: nil)
        #expect(whole.acked.count == 600)

        let resumed = try Archive(path: dir + "/killed.sqlite"), reference = try Archive(path: dir + "/whole.sqlite")
        #expect(try resumed.integrityCheck() == "ok")
        #expect(try resumed.articleCount() == reference.articleCount())
        let ids = { (a: Archive) in try a.read { db in try String.fetchAll(db, sql: "SELECT doc_id FROM articles ORDER BY doc_id") } }
        #expect(try ids(resumed) == ids(reference))
        #expect(try Set(ids(resumed)).count == ids(resumed).count)
        let q = try SearchQuery.parse(Fixture.words[3])
        #expect(try resumed.matchingIDs(q, peer: false).count == reference.matchingIDs(q, peer: false).count)
    }
}
