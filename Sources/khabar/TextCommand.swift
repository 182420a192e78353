import ArabicText
import ArgumentParser
import Foundation

/// `khabar text STEP [FILE|-]`: one step of the Arabic text layer, streaming.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Runs one step of the Arabic text layer over a file or standard input, streaming.",
        discussion: """
            Steps: normalize, tokenize, sentences, stem, segment, translit, lucene.
            Offsets in jsonl output are Unicode-scalar (start/end) and UTF-8 byte (byte_start/byte_end)
            offsets into the input as decoded (an ill-formed byte counts as one U+FFFD).
            """
    )

    enum Step: String, ExpressibleByArgument, CaseIterable {
        case normalize, tokenize, sentences, stem, segment, translit, lucene
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @Argument(help: "normalize | tokenize | sentences | stem | segment | translit | lucene")
    var step: Step

    @Argument(help: "The input file, or - for standard input.")
    var input: String = "-"

    @Option(help: "normalize: lucene | search | display; tokenize, stem: khabar/search | lucene.")
    var profile: String?

    @Option(help: "lucene: the Lucene chain to reproduce: analyzer | nostop | norm | tokens.")
    var chain: LuceneAnalyzer.Chain = .analyzer

    @Option(help: "text | jsonl")
    var format: Format = .text

    @Flag(help: "translit: Buckwalter to Arabic instead of Arabic to Buckwalter.")
    var reverse = false

    @Flag(help: "Fail on ill-formed UTF-8 (naming the byte offset) instead of replacing it with U+FFFD.")
    var strict = false

    func validate() throws {
        if let p = profile {
            let allowed: [String]
            switch step {
            case .normalize: allowed = ArabicNormalizer.Profile.allCases.map(\.rawValue)
            case .tokenize: allowed = ["khabar", "lucene"]
            case .stem: allowed = ["search", "lucene"]
            default: allowed = []
            }
            guard allowed.contains(p) else {
                throw ValidationError("--profile \(p) does not apply to '\(step.rawValue)' (use one of: \(allowed.joined(separator: ", ")))")
            }
        }
    }

    func run() throws {
        var reader = try ChunkedInput(path: input, strict: strict)
        var writer = ByteWriter()
        var processor = try TextStepProcessor(step: step, profile: profile, chain: chain, jsonl: format == .jsonl, reverse: reverse)
        while let piece = try reader.next() {
            piece.withUnsafeBufferPointer { processor.process($0, into: &writer) }
        }
        writer.flush()
        if let warning = reader.repairWarning {
            FileHandle.standardError.write(Data((warning + "\n").utf8))
        }
    }
}

extension LuceneAnalyzer.Chain: ExpressibleByArgument {}
