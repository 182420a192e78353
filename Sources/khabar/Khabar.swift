import ArgumentParser

@main
struct Khabar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khabar",
        abstract: "Reads Arabic news: articles, entities, quotes and events, offline.",
        subcommands: [TextCommand.self, EvalCommand.self, BenchCommand.self, TrainCommand.self]
    )
}

/// `khabar eval …`: quality measured against data the project did not write.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measures quality against reference data; ends with one summary line.",
        subcommands: [
            EvalLuceneCommand.self,
            EvalNERCommand.self,
            EvalExtractionCommand.self,
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
            BenchNERCommand.self,
            BenchHTMLCommand.self,
        ]
    )
}
