import ArgumentParser
import Foundation
import KhabarQuotes

/// `khabar eval quotes --gold DIR`: quote detection P/R/F1 (loose and strict overlap) and speaker accuracy
/// against the hand-checked gold articles, with the errors listed by category.
struct EvalQuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes", abstract: "Scores quote extraction against gold/dev JSON files.")

    @Option(help: "Folder of gold JSON files (each names its article under the data folder).")
    var gold: String
    @Option(help: "The data folder the gold 'doc' paths are relative to (default: the gold folder's ../..).")
    var data: String?
    @Option(help: "Token overlap for a loose match.") var loose: Double = 0.3
    @Option(help: "Token overlap for a strict match.") var strict: Double = 0.8
    @Option(help: "Fail below this loose F1.") var minLooseF1: Double = 0
    @Option(help: "Fail below this strict F1.") var minStrictF1: Double = 0
    @Option(help: "Fail below this speaker accuracy.") var minSpeaker: Double = 0
    @Option(help: "Examples printed per error category.") var examples: Int = 4
    @Option(help: "Also print the quotes found in this plain-text article (e.g. ../shared/examples/seed-article.txt).")
    var seed: String?

    struct GoldFile: Decodable {
        struct GoldQuote: Decodable {
            var speaker: String
            var speakerEn: String?
            enum CodingKeys: String, CodingKey {
                case speaker, cue, quote, kind
                case speakerEn = "speaker_en"
            }
            var cue: String
            var quote: String
            var kind: String
        }
        var doc: String
        var quotes: [GoldQuote]
    }

    func run() throws {
        let goldURL = URL(fileURLWithPath: gold)
        let dataURL =
            data.map { URL(fileURLWithPath: $0) } ?? goldURL.deletingLastPathComponent().deletingLastPathComponent()
        guard let listing = try? FileManager.default.contentsOfDirectory(atPath: gold) else {
            throw ValidationError("\(gold): cannot list the folder")
        }
        let files = listing.filter { $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else { throw ValidationError("\(gold): no gold JSON files") }
        var report = QuoteEvalReport(loose: loose, strict: strict)
        let extractor = QuoteExtractor()
        var failures = 0
        for name in files {
            let path = goldURL.appendingPathComponent(name).path
            do {
                guard let bytes = FileManager.default.contents(atPath: path) else {
                    throw TrecArticleReader.Failure(path: path, message: "cannot read the file")
                }
                let file: GoldFile
                do { file = try JSONDecoder().decode(GoldFile.self, from: bytes) } catch {
                    throw TrecArticleReader.Failure(path: path, message: "not a gold JSON file (doc, quotes)")
                }
                let text = try TrecArticleReader.analysedText(path: dataURL.appendingPathComponent(file.doc).path)
                let golds = file.quotes.map {
                    QuoteScorer.Item(
                        text: $0.quote, speaker: $0.speaker, speakerEnglish: $0.speakerEn,
                        kind: QuoteKind(rawValue: $0.kind))
                }
                let predicted = extractor.extract(text)
                report.add(article: name, gold: golds, predicted: predicted)
            } catch {
                failures += 1
                print("error: \(name): \(error)")
            }
        }
        report.printErrors(examples: examples)
        if let seed { try printSeed(seed, extractor) }
        let s = report.summary
        let chain = report.looseMatched > 0 ? Double(report.chainSpeakerRight) / Double(report.looseMatched) : 0
        print(
            String(
                format:
                    "quotes: %d articles, %d gold, %d predicted | loose P %.3f R %.3f F1 %.3f | strict P %.3f R %.3f F1 %.3f | speaker %.3f (%d/%d), with chain origin %.3f%@",
                report.articles, report.goldCount, report.predictedCount, s.looseP, s.looseR, s.looseF1,
                s.strictP, s.strictR, s.strictF1, s.speaker, report.speakerRight, report.looseMatched, chain,
                failures > 0 ? " | \(failures) unreadable" : ""))
        if s.looseF1 < minLooseF1 || s.strictF1 < minStrictF1 || s.speaker < minSpeaker || failures > 0 {
            throw ExitCode(1)
        }
    }

    func printSeed(_ path: String, _ extractor: QuoteExtractor) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(path): cannot read")
        }
        let text = String(decoding: data, as: UTF8.self)
        print("== quotes in \(path)")
        for q in extractor.extract(text) {
            let via = q.via.map { " via \($0.description) «\($0.span.text)»" }.joined()
            print(
                "  [\(q.kind.rawValue)] \(q.speaker?.span.text ?? "?") — \(q.cue.text): «\(q.content.text.prefix(90))»\(via)"
            )
        }
    }
}
