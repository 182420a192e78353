import ArgumentParser
import Dispatch
import Foundation
import KhabarCore
import KhabarReaders
import KhabarStore

/// `khabar bench archive DIR`: ingest and search figures, side by side with SQLite's `unicode61`.
struct BenchArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Archive figures: ingest rate (full analysis), indexing rate, size, search latency and recall vs unicode61."
    )

    @Argument(help: "A directory (read recursively) or files.")
    var paths: [String]

    @Option(help: "Directory for the benchmark databases (default: a new temporary directory, removed after).")
    var work: String?

    @Option(help: "Number of queries derived from titles.")
    var queries: Int = 200

    @Flag(help: "Skip the end-to-end ingest run (measure indexing and search only).")
    var skipIngest = false

    @Flag(help: "Only the search half, over the index database a previous run left in --work.")
    var searchOnly = false

    @Option(help: "After the search figures, write every query's hits (id, score bits, duplicates, snippet) to this file, to compare two builds' results with cmp.")
    var dumpHits: String?

    @Option(help: "Times to run the indexing-alone step (each into a fresh database); the median is printed.")
    var indexRuns: Int = 1

    @Option(help: "Files per transaction (as khabar ingest).")
    var batchSize: Int = 1024

    func run() throws {
        let files = InputFiles.expand(paths)
        guard !files.isEmpty else { throw ValidationError("no input files") }
        let dir = work ?? (NSTemporaryDirectory() + "khabar-bench-archive-\(getpid())")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { if work == nil { try? FileManager.default.removeItem(atPath: dir) } }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("bench archive: \(files.count) files, \(cores) core(s), databases in \(dir)")

        if searchOnly {
            guard let work else { throw ValidationError("--search-only needs --work DIR with a previous run's index.sqlite") }
            try BenchArchiveQueries(store: try Archive(path: work + "/index.sqlite", readOnly: true), count: queries, dumpHits: dumpHits).run()
            return
        }
        var t = Timer()
        // 1. End to end: read + full analysis + store, as `khabar ingest` does.
        if !skipIngest {
            let e2ePath = dir + "/ingest.sqlite"
            removeDatabase(e2ePath)
            let e2eStore = try Archive(path: e2ePath)
            let ingester = Ingester(reader: ArticleReader(), writer: try ArchiveWriter(archive: e2eStore), maxBytes: 20_000_000,
                                    batchFiles: batchSize, analyze: true)
            _ = t.lap()
            let totals = try ingester.run(files, progress: { _ in }, acknowledge: { _, _ in })
            let e2e = t.lap()
            print(String(format: "ingest (read + analysis + store): %d articles, %d stored (%d near-duplicates linked), %d same URL, %d same content, %d failed in %.2f s: %.0f articles/s (CPU %.2f s)",
                         totals.articles, totals.stored, totals.nearDuplicates, totals.sameURL, totals.sameContent,
                         totals.failures.count, e2e.wall, Double(totals.articles) / e2e.wall, e2e.cpu))
        }

        // 2. Indexing alone: articles read and analysed in memory first; then, timed, what ingest
        // does after the analysis: each batch turned into archive rows (content hash, MinHash, index
        // terms) on every core while the previous batch is written, then the final merge.
        let reader = ArticleReader()
        _ = t.lap()
        let documents = parallelMap(files.count) { i in
            Ingester.documents(path: files[i], reader: reader, maxBytes: 20_000_000, analyze: true).0.map { ($0, files[i]) }
        }.flatMap { $0 }
        let prep = t.lap()
        print(String(format: "read + analysis alone: %d articles in %.2f s: %.0f articles/s", documents.count, prep.wall, Double(documents.count) / prep.wall))
        let indexPath = dir + "/index.sqlite"
        var store: Archive!
        var rates: [Double] = [], size = 0
        let batches = Ingester.batches(documents, size: batchSize)
        let prepare: @Sendable ([(Document, String)]) -> [PreparedArticle] = { batch in
            parallelMap(batch.count) { PreparedArticle(document: batch[$0].0, input: batch[$0].1) }
        }
        for _ in 1...max(1, indexRuns) {
            removeDatabase(indexPath)
            store = try Archive(path: indexPath)
            try store.setMerging(.deferred)   // as khabar ingest runs: merges deferred to the final optimize
            let writer = try ArchiveWriter(archive: store)
            _ = t.lap()
            var writerCPU = 0.0   // the critical path: the one writer thread
            try forEachPrepared(batches, prepare: prepare) { _, batch in
                let start = threadCPUSeconds()
                _ = try writer.store(batch)
                writerCPU += threadCPUSeconds() - start
            }
            let index = t.lap()
            let segments = try store.indexSegments()
            try store.optimizeIndex()
            try store.setMerging(.standard)
            try store.checkpoint(truncate: true)
            let finish = t.lap()
            size = fileSize(indexPath)
            let rate = Double(documents.count) / (index.wall + finish.wall)
            rates.append(rate)
            print(String(format: "indexing alone (rows, MinHash and index terms on every core; store + FTS5 khabar_arabic): %d articles in %.2f s: %.0f articles/s (CPU %.2f s; writer thread %.2f s, %.3f ms per article); database %.1f MB",
                         documents.count, index.wall, Double(documents.count) / index.wall, index.cpu, writerCPU,
                         writerCPU * 1000 / Double(documents.count), Double(size) / 1e6))
            print(String(format: "finish (FTS5 optimize, %d segments → 1, and WAL checkpoint, as khabar ingest ends): %.2f s (CPU %.2f s); indexing with it: %.0f articles/s (CPU %.3f ms per article)",
                         segments, finish.wall, finish.cpu, rate, (index.cpu + finish.cpu) * 1000 / Double(documents.count)))
        }
        if rates.count > 1 {
            print(String(format: "indexing with the finish, median of %d runs: %.0f articles/s", rates.count, rates.sorted()[rates.count / 2]))
        }
        _ = t.lap()
        try store.buildUnicode61Peer()
        let peer = t.lap()
        try store.checkpoint(truncate: true)
        let peerSize = fileSize(indexPath) - size
        print(String(format: "peer index (FTS5 unicode61 rebuild over the same rows): %.2f s: %.0f articles/s; +%.1f MB",
                     peer.wall, Double(documents.count) / peer.wall, Double(peerSize) / 1e6))

        // 3. Search latency and recall on query variants.
        try BenchArchiveQueries(store: store, count: queries, dumpHits: dumpHits).run()
    }

    func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
    }
}

/// Wall and CPU time since the last lap.
struct Timer {
    private var wall = DispatchTime.now().uptimeNanoseconds
    private var cpu = BenchReadRun.cpuTime()

    mutating func lap() -> (wall: Double, cpu: Double) {
        let w = DispatchTime.now().uptimeNanoseconds, c = BenchReadRun.cpuTime()
        defer { wall = w; cpu = c }
        return (Double(w - wall) / 1e9, c - cpu)
    }
}
