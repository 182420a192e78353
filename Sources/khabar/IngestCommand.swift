import ArgumentParser
import Foundation
import KhabarReaders
import KhabarStore

/// `khabar ingest PATH...`: analyse articles and store them in the archive.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyses articles and stores them in the archive (SQLite), with full-text search.",
        discussion: """
            Inputs are read as `khabar analyze` reads them. Each batch of files is written in one
            transaction: a killed run keeps every batch it reported, and running the same command again
            finishes the job (articles with a stored URL or the same normalized content are skipped;
            near-duplicates are stored and linked to their original). Exit status: 0 when every input
            was read, 1 when some failed or the archive could not be written, 2 on a usage error.
            """
    )

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "Files, directories (recursive), or - for standard input.")
    var paths: [String] = []

    @Option(help: "Input format for every input: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")). Default: detected.")
    var inputFormat: String?

    @Option(name: .customLong("field"), help: "Record field mapping for JSON/CSV input, TARGET=NAME. Repeatable.")
    var fields: [String] = []

    @Option(help: "Files per transaction (the first few batches are smaller).")
    var batchSize: Int = 1024

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = 20_000_000

    @Flag(help: "Do not merge the full-text index at the end (its cost grows with the archive; searches are faster merged).")
    var noOptimize = false

    @Flag(help: "After each commit, print one line per article: stored|duplicate|same-url|same-content, its id.")
    var ack = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, directory or -") }
        if batchSize <= 0 { throw ValidationError("--batch-size must be positive") }
        if let inputFormat, InputFormat(rawValue: inputFormat) == nil {
            throw ValidationError("--input-format must be one of \(InputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var mapping = FieldMapping()
        for f in fields { do { try mapping.override(f) } catch { throw ValidationError("\(error)") } }
    }

    func run() throws {
        var mapping = FieldMapping()
        for f in fields { try mapping.override(f) }
        let reader = ArticleReader(format: inputFormat.flatMap(InputFormat.init(rawValue:)), mapping: mapping)
        let inputs = InputFiles.expand(paths)
        let store: Archive
        let writer: ArchiveWriter
        do {
            store = try Archive(path: archive.path)
            writer = try ArchiveWriter(archive: store)
        } catch {
            throw CLIError("khabar ingest: \(error)")
        }
        var ingester = Ingester(reader: reader, writer: writer, maxBytes: maxBytes, batchFiles: batchSize, analyze: true)
        ingester.optimize = !noOptimize
        var progress = ProgressBar(total: inputs.count)
        let out = try OutputSink(path: nil)
        let started = Date()
        let totals: Ingester.Totals
        do {
            totals = try ingester.run(inputs, progress: { out.flush(); progress.update($0) }) { article, outcome in
                guard ack else { return }
                let word: String
                switch outcome {
                case .stored: word = "stored"
                case .nearDuplicate: word = "duplicate"
                case .sameURL: word = "same-url"
                case .sameContent: word = "same-content"
                }
                out.write("\(word)\t\(article.docID)\n")
            }
        } catch {
            progress.finish()
            out.flush()
            throw CLIError("khabar ingest: \(error)")
        }
        out.flush()
        progress.finish()
        let seconds = Date().timeIntervalSince(started)
        var summary = "khabar ingest: \(totals.inputs) input(s), \(totals.articles) article(s) read, \(totals.stored) stored"
        summary += " (\(totals.nearDuplicates) near-duplicate(s) linked), \(totals.sameURL) same URL and \(totals.sameContent) same content already stored"
        summary += ", \(totals.failures.count) failed; \(String(format: "%.1f", seconds)) s; archive \(store.path)"
        for f in totals.failures { summary += "\n  failed: \(f)" }
        FileHandle.standardError.write(Data((summary + "\n").utf8))
        if !totals.failures.isEmpty { throw ExitCode(1) }
    }
}
