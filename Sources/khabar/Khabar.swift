import ArgumentParser
import Foundation

@main
struct Khabar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khabar",
        abstract: "Reads Arabic news: articles, entities, quotes and events, offline.",
        subcommands: [
            TextCommand.self, AnalyzeCommand.self, IngestCommand.self, SearchCommand.self, ActorsCommand.self,
            QuotesCommand.self, CheckCommand.self, EntitiesCommand.self, EvalCommand.self, BenchCommand.self, TrainCommand.self,
        ]
    )

    /// Usage errors exit with status 2 (as `khabar analyze` documents); everything else as usual.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// `khabar eval …`: quality measured against data the project did not write.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measures quality against reference data; ends with one summary line.",
        subcommands: [
            EvalLuceneCommand.self,
            EvalSegmentationCommand.self,
            EvalActorsCommand.self,
            EvalTranslitCommand.self,
            EvalNERCommand.self,
            EvalExtractionCommand.self,
            EvalQuotesCommand.self,
        ]
    )
}

/// `khabar bench …`: throughput, to be compared with a peer run in the same invocation.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measures throughput (release build, single thread unless stated).",
        subcommands: [
            BenchTextCommand.self,
            BenchReadCommand.self,
            BenchAnalyzeCommand.self,
            BenchSegmentCommand.self,
            BenchActorsCommand.self,
            BenchNERCommand.self,
            BenchHTMLCommand.self,
            BenchQuotesCommand.self,
            BenchArchiveCommand.self,
        ]
    )
}
