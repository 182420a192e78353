import ArgumentParser
import Foundation
import KhabarQuotes

/// `khabar bench quotes DIR`: quote extraction throughput over ANT articles, and a linearity check on
/// one synthetic article that is a single long quotation holding many cues.
struct BenchQuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes", abstract: "Quote extraction throughput (articles/s, words/s) and a linearity check.")

    @Argument(help: "A folder of ANT articles (searched recursively), e.g. ../shared/data/corpus/ant-multisource/BBC")
    var folder: String
    @Option(help: "At most this many articles.") var limit: Int = 2000

    func run() throws {
        var texts: [String] = []
        let walker = FileManager.default.enumerator(atPath: folder)
        while let path = walker?.nextObject() as? String, texts.count < limit {
            guard path.hasSuffix(".txt") else { continue }
            if let t = try? TrecArticleReader.analysedText(path: folder + "/" + path) { texts.append(t) }
        }
        guard !texts.isEmpty else { throw ValidationError("\(folder): no articles") }
        let words = texts.reduce(0) { $0 + $1.split(separator: " ").count }
        let extractor = QuoteExtractor()
        var quotes = 0
        let start = Date()
        for t in texts { quotes += extractor.extract(t).count }
        let seconds = Date().timeIntervalSince(start)
        print(
            String(
                format: "quotes: %d articles, %d words, %d quotes in %.2f s: %.0f articles/s, %.0f words/s",
                texts.count, words, quotes, seconds, Double(texts.count) / seconds, Double(words) / seconds))
        // Linearity: one long quotation with a cue in every sentence, at two sizes.
        var times: [Double] = []
        for n in [2_000, 8_000] {
            let text = "قال الرئيس: «" + String(repeating: "وقال إن الجملة طويلة جدا. ", count: n) + "»"
            let t0 = Date()
            _ = extractor.extract(text)
            times.append(Date().timeIntervalSince(t0))
        }
        print(
            String(
                format:
                    "one long quotation: 2,000 sentences %.3f s, 8,000 sentences %.3f s (ratio %.1f for 4x the text)",
                times[0], times[1], times[1] / max(times[0], 1e-9)))
    }
}
