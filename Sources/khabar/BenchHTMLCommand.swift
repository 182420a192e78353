import ArgumentParser
import Dispatch
import Foundation
import KhabarHTML

/// `khabar bench html DIR`: pages/s and MB/s of HTML extraction (decode, parse, clean) over every
/// `.html` file below DIR, repeated, on one thread and on all cores.
struct BenchHTMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "HTML extraction throughput (pages/s, MB/s), one thread and all cores."
    )

    @Argument(help: "Folder with .html pages (searched recursively).") var directory: String
    @Option(help: "How many times each page is extracted.") var repeats = 20

    func run() throws {
        var pages: [[UInt8]] = []
        let root = URL(fileURLWithPath: directory)
        guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw ValidationError("\(directory): not a folder")
        }
        for case let url as URL in e where url.pathExtension == "html" {
            pages.append([UInt8](try Data(contentsOf: url)))
        }
        guard !pages.isEmpty else { throw ValidationError("\(directory): no .html files") }
        let bytes = pages.reduce(0) { $0 + $1.count } * repeats
        let count = pages.count * repeats
        let extractor = HTMLExtractor()

        let cpuStart = clock()
        var start = Date()
        var paragraphs = 0
        for _ in 0..<repeats {
            for page in pages { paragraphs += (try? extractor.extract(page))?.sections.count ?? 0 }
        }
        let single = Date().timeIntervalSince(start)
        let singleCPU = Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC)

        let cores = ProcessInfo.processInfo.activeProcessorCount
        start = Date()
        let work = pages
        DispatchQueue.concurrentPerform(iterations: cores) { worker in
            var i = worker
            while i < count {
                _ = try? extractor.extract(work[i % work.count])
                i += cores
            }
        }
        let parallel = Date().timeIntervalSince(start)

        func line(_ label: String, _ seconds: Double) -> String {
            String(format: "%@: %.0f pages/s, %.1f MB/s", label, Double(count) / seconds, Double(bytes) / seconds / 1_000_000)
        }
        print("bench html: \(pages.count) pages × \(repeats), \(String(format: "%.1f", Double(bytes) / Double(count) / 1000)) KB average")
        print(line("1 thread", single) + String(format: " (%.0f pages per CPU-second: the figure to quote on a shared machine)", Double(count) / singleCPU))
        print(line("\(cores) threads", parallel) + String(format: " (×%.2f)", single / parallel))
        if paragraphs == 0 { print("warning: no sections extracted") }
    }
}
