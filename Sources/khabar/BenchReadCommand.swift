import ArgumentParser
import Dispatch
import Foundation
import KhabarCore
import KhabarReaders

/// `khabar bench read DIR`: reading + text layer (language, tokens, sentences) over a corpus,
/// one thread and then all cores, with the peak memory of the process.
struct BenchReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Articles/s reading and text-layering a directory of articles (1 thread, then all cores)."
    )

    @Argument(help: "A directory (read recursively) or files.")
    var paths: [String]

    @Option(help: "Worker threads for the parallel run (default: the number of cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = 20_000_000

    func run() throws {
        let files = InputFiles.expand(paths)
        guard !files.isEmpty else { throw ValidationError("no input files") }
        print("bench read: \(files.count) files, \(threads) thread(s) for the parallel run")
        let single = BenchReadRun.measure(files, threads: 1, maxBytes: maxBytes)
        single.report(label: "1 thread")
        let parallel = BenchReadRun.measure(files, threads: max(1, threads), maxBytes: maxBytes)
        parallel.report(label: "\(threads) threads")
        print(String(format: "speedup %.2fx; peak memory (VmHWM) %@", parallel.rate / max(single.rate, 1), BenchReadRun.peakMemory()))
        print(String(format: "bench read: %.0f articles/s on %d thread(s)", parallel.rate, threads))
    }
}

/// One timed pass: totals over every file.
struct BenchReadRun {
    var articles = 0, failed = 0, tokens = 0, sentences = 0, bytes = 0
    var seconds = 0.0
    /// Process CPU time (user + system) spent in the run: the machine may be shared.
    var cpuSeconds = 0.0

    var rate: Double { Double(articles) / max(seconds, 1e-9) }

    func report(label: String) {
        print(String(format: "%@: %d articles (%d inputs failed), %d tokens, %d sentences, %.1f MB in %.2f s: %.0f articles/s, %.1f MB/s; CPU %.2f s (%.0f articles per CPU-second)",
                     label, articles, failed, tokens, sentences, Double(bytes) / 1e6, seconds, rate, Double(bytes) / 1e6 / seconds,
                     cpuSeconds, Double(articles) / max(cpuSeconds, 1e-9)))
    }

    /// Files are split by interleaving (file i goes to worker i mod threads); each worker reads, builds
    /// the documents and runs ``Pipeline/textLayer``, keeping only counts.
    static func measure(_ files: [String], threads: Int, maxBytes: Int) -> BenchReadRun {
        let slots = Slots(count: threads, initial: BenchReadRun())
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = cpuTime()
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            var totals = BenchReadRun()
            let reader = ArticleReader()
            var i = worker
            while i < files.count {
                defer { i += threads }
                guard let data = try? InputFiles.read(files[i], maxBytes: maxBytes),
                    let result = try? reader.read(data, input: files[i])
                else {
                    totals.failed += 1
                    continue
                }
                totals.bytes += data.count
                for article in result.articles {
                    guard let document = try? Pipeline.textLayer.analyze(article) else { continue }
                    totals.articles += 1
                    totals.tokens += document.tokens.count
                    totals.sentences += document.sentences.count
                }
            }
            slots.set(worker, totals)
        }
        var sum = BenchReadRun()
        for t in slots.values {
            sum.articles += t.articles
            sum.failed += t.failed
            sum.tokens += t.tokens
            sum.sentences += t.sentences
            sum.bytes += t.bytes
        }
        sum.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        sum.cpuSeconds = cpuTime() - cpuStart
        return sum
    }

    /// User + system CPU seconds of the whole process (all threads), from getrusage.
    static func cpuTime() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }

    /// `VmHWM` from /proc/self/status (Linux), or "n/a".
    static func peakMemory() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return "n/a" }
        return line.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces)
    }
}

/// Per-worker results, each slot written by exactly one worker before the join.
final class Slots<Value: Sendable>: @unchecked Sendable {
    private(set) var values: [Value]
    private let lock = NSLock()

    init(count: Int, initial: Value) { values = Array(repeating: initial, count: count) }

    func set(_ i: Int, _ v: Value) {
        lock.lock()
        values[i] = v
        lock.unlock()
    }
}
