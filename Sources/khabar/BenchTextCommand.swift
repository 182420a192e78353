import ArabicText
import ArgumentParser
import Foundation

/// `khabar bench text FILE`: single-thread throughput of each text step over one file held in memory.
struct BenchTextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Text-layer throughput (tokens/s, MB/s), single thread; best and median of --repeat runs.",
        discussion: "Run a release build. scripts/bench-text.sh runs this and Lucene's ArabicAnalyzer side by side."
    )

    @Argument(help: "A UTF-8 text file (e.g. ../shared/data/text-vectors/bench-pud-x25.txt).")
    var file: String

    @Option(name: .customLong("repeat"), help: "Runs per measurement.")
    var runs = 7

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("\(file): cannot read the file") }
        let bytes = UTF8Repair([UInt8](data)).bytes
        let mb = Double(bytes.count) / 1_000_000
        // Input tokens as Lucene counts them, so tokens/s compare across tools.
        let luceneTokens = bytes.withUnsafeBufferPointer { p in
            var n = 0
            LuceneAnalyzer(.tokens).analyze(p) { _ in n += 1 }
            return n
        }
        print("file=\(file) bytes=\(bytes.count) lucene_tokens=\(luceneTokens) repeat=\(runs)")
        var sink = 0
        func measure(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Int) {
            var times: [Double] = []
            var cpu: [Double] = []
            for _ in 0..<max(1, runs) {
                let start = DispatchTime.now().uptimeNanoseconds
                let cpuStart = threadCPUSeconds()
                sink &+= bytes.withUnsafeBufferPointer(body)
                cpu.append(threadCPUSeconds() - cpuStart)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            times.sort()
            cpu.sort()
            let best = times[0], median = times[times.count / 2]
            let line = String(
                format: "BENCH step=%@ tokens_per_s=%.0f median_tokens_per_s=%.0f cpu_tokens_per_s=%.0f mb_per_s=%.1f median_mb_per_s=%.1f",
                name, Double(luceneTokens) / best, Double(luceneTokens) / median, Double(luceneTokens) / cpu[cpu.count / 2],
                mb / best, mb / median)
            print(line)
        }
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4)
        measure("tokenize") { p in
            tokens.removeAll(keepingCapacity: true)
            ArabicTokenizer(.khabar).tokenize(p, into: &tokens)
            return tokens.count
        }
        measure("tokenize+sentences") { p in
            tokens.removeAll(keepingCapacity: true)
            ArabicTokenizer(.khabar).tokenize(p, into: &tokens)
            return SentenceSplitter().split(p, tokens: tokens).count
        }
        measure("sentences-only") { p in
            SentenceSplitter().split(p, tokens: tokens).count
        }
        measure("tokenize-lucene") { p in
            var n = 0
            LuceneAnalyzer(.tokens).analyze(p) { n &+= $0.count }
            return n
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        measure("normalize-search") { p in
            out.removeAll(keepingCapacity: true)
            ArabicNormalizer(.search).normalize(p, into: &out)
            return out.count
        }
        let normalized = bytes.withUnsafeBufferPointer { p in
            var o: [UInt8] = []
            ArabicNormalizer(.search).normalize(p, into: &o)
            return o
        }
        var words: [Range<Int>] = []
        normalized.withUnsafeBufferPointer { p in
            LuceneTokenizer.forEachTokenRange(p) { words.append($0) }
        }
        measure("stem-search") { _ in
            normalized.withUnsafeBufferPointer { p in
                var n = 0
                let s = ArabicStemmer(.search)
                for w in words { n &+= s.stemRange(p, w).count }
                return n
            }
        }
        measure("stem-lucene") { _ in
            normalized.withUnsafeBufferPointer { p in
                var n = 0
                let s = ArabicStemmer(.lucene)
                for w in words { n &+= s.stemRange(p, w).count }
                return n
            }
        }
        measure("lucene-norm-chain") { p in
            var n = 0
            LuceneAnalyzer(.norm).analyze(p) { n &+= $0.count }
            return n
        }
        measure("lucene-analyzer-chain") { p in
            var n = 0
            LuceneAnalyzer(.analyzer).analyze(p) { n &+= $0.count }
            return n
        }
        print("checksum=\(sink)")
    }
}

/// CPU time of the calling thread: what a step costs however busy the machine is.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
