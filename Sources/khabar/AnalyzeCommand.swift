import ArgumentParser
import Foundation
import KhabarCore
import KhabarReaders

/// `khabar analyze PATH...`: articles in (text, TREC, JSON/JSONL/CSV), `khabar.analysis/1` JSON out.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyses articles and writes one khabar.analysis/1 JSON object per article.",
        discussion: """
            Inputs are files, directories (read recursively) or - for standard input. The format of each
            input is detected from its content unless --input-format is given. Exit status: 0 when every
            input was read, 1 when some failed (each named on standard error), 2 on a usage error.
            """
    )

    @Argument(help: "Files, directories (recursive), or - for standard input.")
    var paths: [String] = []

    @Option(help: "Output: json (one object, or an array for several articles) or jsonl (one per line).")
    var format: String = "json"

    @Option(help: "Input format for every input: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")). Default: detected.")
    var inputFormat: String?

    @Option(name: .customLong("field"), help: "Record field mapping for JSON/CSV input, TARGET=NAME (e.g. content=body). Repeatable.")
    var fields: [String] = []

    @Flag(help: "Include the token layer (start, end, kind of every token); it multiplies the output size by about five.")
    var tokens = false

    @Option(name: [.short, .long], help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = 20_000_000

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, directory or -") }
        if format != "json" && format != "jsonl" { throw ValidationError("--format must be json or jsonl, not '\(format)'") }
        if let inputFormat, InputFormat(rawValue: inputFormat) == nil {
            let names = InputFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--input-format must be one of \(names), not '\(inputFormat)'")
        }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
        var mapping = FieldMapping()
        for f in fields {
            do { try mapping.override(f) } catch { throw ValidationError("\(error)") }
        }
    }

    func run() throws {
        var mapping = FieldMapping()
        for f in fields { try mapping.override(f) }
        let reader = ArticleReader(format: inputFormat.flatMap(InputFormat.init(rawValue:)), mapping: mapping)
        let inputs = InputFiles.expand(paths)
        let sink = try OutputSink(path: output)
        var writer = AnalysisOutput(sink: sink, lines: format == "jsonl")
        var progress = ProgressBar(total: inputs.count)
        var failures: [String] = []
        var articles = 0
        for (index, path) in inputs.enumerated() {
            do {
                let bytes = try InputFiles.read(path, maxBytes: maxBytes)
                let result = try reader.read(bytes, input: path)
                for article in result.articles {
                    do {
                        let document = try Pipeline.standard.analyze(article)
                        writer.write(AnalysisJSON.encode(document, tokens: tokens))
                        articles += 1
                    } catch {
                        failures.append("\(path): \(error)")
                    }
                }
                failures.append(contentsOf: result.problems.map(\.description))
                if result.articles.isEmpty && result.problems.isEmpty { failures.append("\(path): no article found") }
            } catch {
                failures.append("\(error)")
            }
            progress.update(index + 1)
        }
        writer.finish()
        sink.flush()
        progress.finish()
        var summary = "khabar analyze: \(inputs.count) input(s), \(articles) article(s) ok, \(failures.count) failed"
        for f in failures { summary += "\n  failed: \(f)" }
        FileHandle.standardError.write(Data((summary + "\n").utf8))
        if !failures.isEmpty { throw ExitCode(1) }
    }
}

/// Writes analysis objects: JSON Lines, or JSON — one bare object when the run produced exactly one
/// article, otherwise an array (streamed: the first object is held until the second arrives).
struct AnalysisOutput {
    let sink: OutputSink
    let lines: Bool
    private var held: [UInt8]?
    private var count = 0

    init(sink: OutputSink, lines: Bool) {
        self.sink = sink
        self.lines = lines
    }

    mutating func write(_ object: [UInt8]) {
        count += 1
        if lines {
            sink.write(object)
            sink.write([0x0A])
        } else if count == 1 {
            held = object
        } else {
            if let first = held {
                sink.write(Array("[\n".utf8))
                sink.write(first)
                held = nil
            }
            sink.write(Array(",\n".utf8))
            sink.write(object)
        }
    }

    mutating func finish() {
        guard !lines else { return }
        if let first = held {
            sink.write(first)
            sink.write([0x0A])
        } else if count > 1 {
            sink.write(Array("\n]\n".utf8))
        } else {
            sink.write(Array("[]\n".utf8))
        }
    }
}
