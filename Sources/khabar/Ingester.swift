import Dispatch
import Foundation
import KhabarCore
import KhabarReaders
import KhabarStore

/// Reads, analyses and stores inputs in batches: each batch's files are read and analysed on every
/// core, then written in one transaction (acknowledged only after it commits).
struct Ingester {
    struct Totals {
        var inputs = 0
        var articles = 0
        var stored = 0
        var nearDuplicates = 0
        var sameURL = 0
        var sameContent = 0
        var failures: [String] = []
    }

    let reader: ArticleReader
    let writer: ArchiveWriter
    let maxBytes: Int
    let batchFiles: Int
    let analyze: Bool
    /// Merge the full-text index into one segment when the run stored something.
    var optimize = true

    /// One file's prepared articles and problems.
    struct FileResult: Sendable {
        var articles: [PreparedArticle] = []
        var problems: [String] = []
    }

    static func prepare(path: String, reader: ArticleReader, maxBytes: Int, analyze: Bool) -> FileResult {
        let (documents, problems) = documents(path: path, reader: reader, maxBytes: maxBytes, analyze: analyze)
        return FileResult(articles: documents.map { PreparedArticle(document: $0, input: path) }, problems: problems)
    }

    /// Reads one file and analyses its articles (what ``prepare(path:reader:maxBytes:analyze:)`` does
    /// before turning each document into archive rows).
    static func documents(path: String, reader: ArticleReader, maxBytes: Int, analyze: Bool) -> ([Document], [String]) {
        var documents: [Document] = [], problems: [String] = []
        do {
            let bytes = try InputFiles.read(path, maxBytes: maxBytes)
            let result = try reader.read(bytes, input: path)
            for article in result.articles {
                do {
                    let pipeline = analyze ? Pipeline.standard : Pipeline.textLayer
                    documents.append(try pipeline.analyze(article))
                } catch {
                    problems.append("\(path): \(error)")
                }
            }
            problems.append(contentsOf: result.problems.map(\.description))
            if result.articles.isEmpty && result.problems.isEmpty { problems.append("\(path): no article found") }
        } catch {
            problems.append("\(error)")
        }
        return (documents, problems)
    }

    /// The inputs cut into batches of `size` files, the first ones smaller (64, 128, …): the writer
    /// waits only for a small first batch, and the first articles are acknowledged early.
    static func batches<T>(_ inputs: [T], size: Int) -> [[T]] {
        var out: [[T]] = []
        var start = 0, next = min(size, 64)
        while start < inputs.count {
            let end = min(inputs.count, start + next)
            out.append(Array(inputs[start..<end]))
            start = end
            next = min(size, next * 2)
        }
        return out
    }

    /// Ingests `inputs`; `acknowledge` is called with each article's outcome after its batch commits.
    /// A database error stops the run (what was committed stays; the failed batch is not written).
    func run(_ inputs: [String], progress: (Int) -> Void, acknowledge: (PreparedArticle, StoreOutcome) -> Void) throws -> Totals {
        var totals = Totals()
        totals.inputs = inputs.count
        let reader = self.reader, maxBytes = self.maxBytes, analyze = self.analyze
        let batches = Self.batches(inputs, size: batchFiles)
        let prepare: @Sendable ([String]) -> [FileResult] = { slice in
            parallelMap(slice.count) { Ingester.prepare(path: slice[$0], reader: reader, maxBytes: maxBytes, analyze: analyze) }
        }
        // A run that merges the index into one segment at its end need not merge as it goes: FTS5's
        // merging is deferred during the run and back to normal after it (a killed run leaves it
        // deferred until the next one ends).
        let deferMerges = optimize
        if deferMerges { try writer.archive.setMerging(.deferred) }
        defer { if deferMerges { try? writer.archive.setMerging(.standard) } }
        // Batch k+1 is read and analysed on the other threads while batch k is written.
        var done = 0
        try forEachPrepared(batches, prepare: prepare) { k, results in
            let batch = results.flatMap(\.articles)
            for r in results { totals.failures.append(contentsOf: r.problems) }
            let outcomes = try writer.store(batch)
            for (article, outcome) in zip(batch, outcomes) {
                totals.articles += 1
                switch outcome {
                case .stored: totals.stored += 1
                case .nearDuplicate: totals.stored += 1; totals.nearDuplicates += 1
                case .sameURL: totals.sameURL += 1
                case .sameContent: totals.sameContent += 1
                }
                acknowledge(article, outcome)
            }
            done += batches[k].count
            progress(done)
        }
        if totals.stored > 0 {
            if optimize, try writer.archive.indexSegments() > 1 { try writer.archive.optimizeIndex() }
            // Copy the write-ahead log into the database file now rather than when the last
            // connection closes. Every batch is already durable in the log, so a failure here loses
            // nothing (SQLite checkpoints again later) and does not fail the run.
            try? writer.archive.checkpoint()
        }
        return totals
    }
}

/// Calls `body` with each batch's prepared output, in order, while the next batch is prepared on a
/// background queue (`prepare` uses every core). An error from `body` ends the loop once the batch
/// in flight is done: no preparation outlives the call.
func forEachPrepared<Input: Sendable, Output>(
    _ batches: [[Input]], prepare: @escaping @Sendable ([Input]) -> [Output], _ body: (Int, [Output]) throws -> Void
) rethrows {
    var next = batches.isEmpty ? nil : PendingBatch(batches[0], prepare)
    for k in batches.indices {
        let output = next!.wait()
        next = k + 1 < batches.count ? PendingBatch(batches[k + 1], prepare) : nil
        do { try body(k, output) } catch {
            _ = next?.wait()
            throw error
        }
    }
}

/// A batch being prepared on a background queue.
private final class PendingBatch<Input: Sendable, Output>: @unchecked Sendable {
    private var results: [Output] = []
    private let ready = DispatchSemaphore(value: 0)

    init(_ inputs: [Input], _ prepare: @escaping @Sendable ([Input]) -> [Output]) {
        DispatchQueue.global().async { [self] in
            results = prepare(inputs)
            ready.signal()
        }
    }

    /// Waits for the batch (once).
    func wait() -> [Output] {
        ready.wait()
        return results
    }
}
