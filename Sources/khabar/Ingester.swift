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

    /// One file's prepared articles and problems.
    struct FileResult: Sendable {
        var articles: [PreparedArticle] = []
        var problems: [String] = []
    }

    static func prepare(path: String, reader: ArticleReader, maxBytes: Int, analyze: Bool) -> FileResult {
        var out = FileResult()
        do {
            let bytes = try InputFiles.read(path, maxBytes: maxBytes)
            let result = try reader.read(bytes, input: path)
            for article in result.articles {
                do {
                    let pipeline = analyze ? Pipeline.standard : Pipeline.textLayer
                    out.articles.append(PreparedArticle(document: try pipeline.analyze(article), input: path))
                } catch {
                    out.problems.append("\(path): \(error)")
                }
            }
            out.problems.append(contentsOf: result.problems.map(\.description))
            if result.articles.isEmpty && result.problems.isEmpty { out.problems.append("\(path): no article found") }
        } catch {
            out.problems.append("\(error)")
        }
        return out
    }

    /// Ingests `inputs`; `acknowledge` is called with each article's outcome after its batch commits.
    /// A database error stops the run (what was committed stays; the failed batch is not written).
    func run(_ inputs: [String], progress: (Int) -> Void, acknowledge: (PreparedArticle, StoreOutcome) -> Void) throws -> Totals {
        var totals = Totals()
        totals.inputs = inputs.count
        var start = 0
        let reader = self.reader, maxBytes = self.maxBytes, analyze = self.analyze
        while start < inputs.count {
            let end = min(inputs.count, start + batchFiles)
            let slice = Array(inputs[start..<end])
            let results = parallelMap(slice.count) { i in
                Ingester.prepare(path: slice[i], reader: reader, maxBytes: maxBytes, analyze: analyze)
            }
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
            start = end
            progress(end)
        }
        return totals
    }
}
