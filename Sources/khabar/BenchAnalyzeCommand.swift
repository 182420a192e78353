import ArgumentParser
import Dispatch
import Foundation
import KhabarCore
import KhabarReaders
import KhabarStore

/// `khabar bench analyze DIR`: the full pipeline over a corpus, with the CPU time of every stage per
/// article, on one thread and then on every core (the ratio shows what the threads cost each other).
struct BenchAnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Full-pipeline articles/s and CPU time per stage (1 thread, then all cores)."
    )

    @Argument(help: "A directory (read recursively) or files.")
    var paths: [String]

    @Option(help: "Worker threads for the parallel run (default: the number of cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Read at most this many files.")
    var limit: Int?

    @Flag(help: "Also time what ingest adds per article (content hash, MinHash, archive rows).")
    var prepare = false

    func run() throws {
        var files = InputFiles.expand(paths)
        if let limit { files = Array(files.prefix(limit)) }
        guard !files.isEmpty else { throw ValidationError("no input files") }
        let pipeline = Pipeline.standard
        print("bench analyze: \(files.count) files, stages: \(pipeline.stages.map(\.name).joined(separator: " → "))")
        for n in threads > 1 ? [1, threads] : [1] {
            let run = BenchAnalyzeRun.measure(files, threads: n, pipeline: pipeline, prepare: prepare)
            run.report(label: n == 1 ? "1 thread" : "\(n) threads", names: pipeline.stages.map(\.name) + (prepare ? ["prepare"] : []))
        }
    }
}

/// Totals of one timed pass.
struct BenchAnalyzeRun: Sendable {
    var articles = 0, failed = 0, bytes = 0
    /// Thread CPU nanoseconds: reading, then one per stage (and `prepare` last when asked).
    var readNanos: UInt64 = 0
    var spent: [UInt64] = []
    var seconds = 0.0, cpuSeconds = 0.0

    mutating func add(_ o: BenchAnalyzeRun) {
        articles += o.articles; failed += o.failed; bytes += o.bytes; readNanos &+= o.readNanos
        if spent.count < o.spent.count { spent += Array(repeating: 0, count: o.spent.count - spent.count) }
        for (i, v) in o.spent.enumerated() { spent[i] &+= v }
    }

    func report(label: String, names: [String]) {
        let n = Double(max(articles, 1))
        print(String(format: "%@: %d articles (%d failed), %.1f MB in %.2f s: %.0f articles/s; CPU %.2f s (%.0f articles per CPU-second)",
                     label, articles, failed, Double(bytes) / 1e6, seconds, Double(articles) / max(seconds, 1e-9), cpuSeconds,
                     Double(articles) / max(cpuSeconds, 1e-9)))
        var parts = [String(format: "read %.3f", Double(readNanos) / 1e6 / n)]
        for (i, name) in names.enumerated() where i < spent.count {
            parts.append(String(format: "%@ %.3f", name, Double(spent[i]) / 1e6 / n))
        }
        let total = (Double(readNanos) + Double(spent.reduce(0, &+))) / 1e6 / n
        print("  CPU ms per article: " + parts.joined(separator: ", ") + String(format: "; total %.3f", total))
    }

    static func measure(_ files: [String], threads: Int, pipeline: Pipeline, prepare: Bool) -> BenchAnalyzeRun {
        let slots = Slots(count: threads, initial: BenchAnalyzeRun())
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = BenchReadRun.cpuTime()
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            var totals = BenchAnalyzeRun()
            totals.spent = Array(repeating: 0, count: pipeline.stages.count + (prepare ? 1 : 0))
            let reader = ArticleReader()
            var i = worker
            while i < files.count {
                defer { i += threads }
                let t0 = threadCPUNanos()
                guard let data = try? InputFiles.read(files[i], maxBytes: 20_000_000),
                    let result = try? reader.read(data, input: files[i])
                else {
                    totals.failed += 1
                    continue
                }
                totals.readNanos &+= threadCPUNanos() &- t0
                totals.bytes += data.count
                for article in result.articles {
                    var document = Document(article: article)
                    do { try pipeline.run(&document, clock: threadCPUNanos, spent: &totals.spent) } catch {
                        totals.failed += 1
                        continue
                    }
                    if prepare {
                        let t1 = threadCPUNanos()
                        _ = PreparedArticle(document: document)
                        totals.spent[pipeline.stages.count] &+= threadCPUNanos() &- t1
                    }
                    totals.articles += 1
                }
            }
            slots.set(worker, totals)
        }
        var sum = BenchAnalyzeRun()
        for t in slots.values { sum.add(t) }
        sum.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        sum.cpuSeconds = BenchReadRun.cpuTime() - cpuStart
        return sum
    }
}

/// CPU time of the calling thread, in nanoseconds.
func threadCPUNanos() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
}
