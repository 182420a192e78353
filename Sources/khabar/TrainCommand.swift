import ArgumentParser
import Foundation
import KhabarNER

/// `khabar train …`: builds the package's learned models from data.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Trains a model from labelled data.",
        subcommands: [TrainNERCommand.self]
    )
}

/// `khabar train ner`: the named-entity tagger (averaged perceptron, deterministic for a seed).
struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Trains the named-entity tagger on an ANERcorp-style file (token TAG per line).")

    @Option(help: "Training file (token TAG per line, blank line between sentences).") var train: String
    @Option(help: "Where to write the model.") var out: String
    @Option(help: "Seed for the sentence order.") var seed: UInt64 = 1
    @Option(help: "Passes over the training data.") var epochs: Int = 12
    @Option(help: "Feature groups: all, or a list of base,stem,gazetteer,cues,clusters,document.")
    var features: String = "all,induced,document"
    @Option(help: "Hold out this last fraction of the sentences and report F1 on it (0 = train on all).")
    var holdOut: Double = 0
    @Option(help: "Sentences of context on each side for document features.") var window: Int = 15
    @Option(help: "Unlabelled sentences (one per line, tokens separated by spaces) for the induced lexicon.")
    var unlabelled: String?
    @Option(help: "Lower the score of O by this much (trades precision for recall).") var outsideBias: Float = 0
    @Flag(help: "Print training progress.") var verbose = false

    func run() throws {
        guard let set = NERFeatureSet(names: features) else { throw ValidationError("unknown feature group in \(features)") }
        let all = try CoNLLCorpus.read(path: train)
        let cut = holdOut > 0 ? Int(Double(all.count) * (1 - holdOut)) : all.count
        let lexicon = try NERTagger.bundledLexicon()
        var trainer = NERTraining(features: set, epochs: epochs, seed: seed)
        trainer.window = window
        trainer.outsideBias = outsideBias
        if verbose { trainer.log = { print($0) } }
        let start = Date()
        var raw: [[String]] = []
        if let unlabelled {
            guard let d = FileManager.default.contents(atPath: unlabelled) else {
                throw ValidationError("\(unlabelled): cannot read the file")
            }
            raw = d.split(separator: UInt8(ascii: "\n")).map { line in
                line.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            }
        }
        let tagger = trainer.train(Array(all[..<cut]), lexicon: lexicon, unlabelled: raw)
        let seconds = Date().timeIntervalSince(start)
        let bytes = tagger.serialized()
        guard FileManager.default.createFile(atPath: out, contents: Data(bytes)) else {
            throw ValidationError("\(out): cannot write the model")
        }
        print("trained on \(cut) sentences in \(String(format: "%.1f", seconds)) s; \(bytes.count) bytes → \(out)")
        if cut < all.count {
            if verbose {
                let e = NEREvalRunner.evaluate(tagger, Array(all[cut...]), window: window)
                NEREvalRunner.printReport(e, name: "held-out, weights before quantization")
            }
            let reloaded = try NERTagger(bytes: bytes, lexicon: lexicon)
            let e = NEREvalRunner.evaluate(reloaded, Array(all[cut...]), window: window)
            NEREvalRunner.printReport(e, name: "held-out \(all.count - cut) sentences")
        }
    }
}
