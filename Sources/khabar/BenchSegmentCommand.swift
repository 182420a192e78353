import ArabicLexicon
import ArabicText
import ArgumentParser
import Foundation

/// `khabar bench segment FILE`: clitic segmentation throughput over the Arabic words of a file.
struct BenchSegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Clitic segmenter throughput (words/s), with the lexicon and rules only, one thread."
    )

    @Argument(help: "A UTF-8 text file (e.g. ../shared/data/text-vectors/bench-pud-x25.txt).")
    var file: String

    @Option(help: "Passes over the file; the best pass is reported.")
    var passes: Int = 3

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError("\(file): cannot read the file")
        }
        let bytes = [UInt8](data)
        var tokens: [Token] = []
        bytes.withUnsafeBufferPointer { ArabicTokenizer(.khabar).tokenize($0, into: &tokens) }
        let words = tokens.filter { $0.kind == .arabicWord }.map(\.utf8Range)
        let wordBytes = words.reduce(0) { $0 + $1.count }
        let loadStart = ContinuousClock.now
        let full = try CliticSegmenter.standard
        let load = Self.seconds(ContinuousClock.now - loadStart)
        print(
            "\(file): \(words.count) Arabic words (\(wordBytes) bytes); lexicon loaded in \(String(format: "%.3f", load)) s"
        )
        for (name, seg) in [("lexicon", full), ("rules only", CliticSegmenter(lexicon: nil))] {
            var best = Double.infinity
            var splits = 0
            for _ in 0..<max(1, passes) {
                splits = 0
                let start = ContinuousClock.now
                var cuts: [Int] = []
                bytes.withUnsafeBufferPointer { p in
                    for r in words {
                        cuts.removeAll(keepingCapacity: true)
                        seg.splitPoints(UnsafeBufferPointer(rebasing: p[r]), into: &cuts)
                        splits += cuts.count
                    }
                }
                best = min(best, Self.seconds(ContinuousClock.now - start))
            }
            print(
                String(
                    format: "segment (%@): %.2f M words/s, %.1f MB/s, %d split points",
                    name, Double(words.count) / best / 1e6, Double(wordBytes) / best / 1e6, splits))
        }
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
