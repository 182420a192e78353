import ArgumentParser
import Foundation
import KhabarNER

/// `khabar eval ner`: conlleval-style exact-span P/R/F1 per type and micro-averaged.
struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Scores the named-entity tagger on a labelled file (exact spans, conlleval rules).")

    @Option(help: "Gold file (token TAG per line, blank line between sentences).") var gold: String
    @Option(help: "Model file (default: the model shipped in the package).") var model: String?
    @Option(help: "Exit non-zero when micro-F1 is below this.") var minF1: Double = 74
    @Option(help: "Sentences of context on each side for document features.") var window: Int = 15
    @Flag(help: "Print error counts by kind (missed, spurious, wrong type, boundary).") var errors = false
    @Option(help: "Write `token gold predicted` lines here, for error analysis.") var output: String?

    func run() throws {
        let sentences = try CoNLLCorpus.read(path: gold)
        let tagger = try NERTagger.bundled(modelPath: model)
        let predicted = tagger.tagDocument(sentences.map(\.tokens), window: window)
        var e = NEREvaluation()
        for (s, p) in zip(sentences, predicted) { e.add(gold: s.labels, predicted: p) }
        if let output {
            var text = ""
            for (s, p) in zip(sentences, predicted) {
                for i in s.tokens.indices { text += "\(s.tokens[i]) \(s.labels[i]) \(p[i])\n" }
                text += "\n"
            }
            guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
                throw ValidationError("\(output): cannot write")
            }
        }
        if errors {
            for (k, v) in e.wrongType.sorted(by: { $0.value > $1.value }) { print("  \(k): \(v)") }
        }
        NEREvalRunner.printReport(e, name: (gold as NSString).lastPathComponent)
        if e.score().f1 < minF1 { throw ExitCode(1) }
    }
}

/// Shared by `eval ner` and `train ner --hold-out`.
enum NEREvalRunner {
    static func evaluate(_ tagger: NERTagger, _ sentences: [LabeledSentence], window: Int) -> NEREvaluation {
        let predicted = tagger.tagDocument(sentences.map(\.tokens), window: window)
        var e = NEREvaluation()
        for (s, p) in zip(sentences, predicted) { e.add(gold: s.labels, predicted: p) }
        return e
    }

    static func printReport(_ e: NEREvaluation, name: String) {
        func line(_ label: String, _ s: (precision: Double, recall: Double, f1: Double, tp: Int, predicted: Int, gold: Int)) {
            print(label.padding(toLength: 6, withPad: " ", startingAt: 0)
                + String(format: " precision %6.2f%%  recall %6.2f%%  F1 %6.2f  (gold %d, predicted %d, correct %d)",
                    s.precision, s.recall, s.f1, s.gold, s.predicted, s.tp))
        }
        for t in EntityType.allCases { line(t.description, e.score(t)) }
        line("all", e.score())
        let m = e.score()
        print(String(format: "ner %@: micro P %.2f R %.2f F1 %.2f over %d gold entities", name, m.precision, m.recall, m.f1, m.gold))
    }
}
