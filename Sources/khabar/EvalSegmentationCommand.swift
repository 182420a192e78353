import ArabicLexicon
import ArabicText
import ArgumentParser
import Foundation

/// `khabar eval segmentation FILE.tsv`: clitic segmentation against a treebank-derived gold file
/// (`sent_id<TAB>surface<TAB>seg+ments…`, one word a line, a header line first).
struct EvalSegmentationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segmentation",
        abstract: "Scores the clitic segmenter: word accuracy and split-point P/R/F1, with and without the lexicon."
    )

    @Argument(help: "The gold TSV (e.g. ../shared/data/text-vectors/ud/ar_pud_segmentation.tsv).")
    var file: String

    @Option(help: "Fail (exit 1) when whole-file word accuracy with the lexicon is below this.")
    var minAccuracy: Double = 0.95

    @Option(help: "The first N sentences by sent_id form the development part; the rest is held out.")
    var devSentences: Int = 200

    @Option(help: "Examples printed per error category.")
    var examples: Int = 8

    @Flag(help: "List the errors of the rules-only mode instead of the lexicon mode.")
    var rulesOnlyErrors = false

    @Option(help: "Which part's errors to list: all, dev or held-out.")
    var errorsIn: String = "all"

    func run() throws {
        guard ["all", "dev", "held-out"].contains(errorsIn) else {
            throw ValidationError("--errors-in must be all, dev or held-out")
        }
        let gold = try SegmentationGold.read(file)
        for problem in gold.problems { print("warning: \(problem)") }
        guard !gold.words.isEmpty else { throw CLIError("\(file): no words to score") }
        let devIDs = Set(Set(gold.words.map(\.sentence)).sorted().prefix(devSentences))
        let sentences = Set(gold.words.map(\.sentence)).count

        let full = try CliticSegmenter.standard
        let rules = CliticSegmenter(lexicon: nil)
        let clock = ContinuousClock()
        var scored = SegmentationScore()
        let elapsed = clock.measure {
            scored = SegmentationScore.run(full, on: gold.words, dev: devIDs, errorsIn: errorsIn)
        }
        let rulesOnly = SegmentationScore.run(rules, on: gold.words, dev: devIDs, errorsIn: errorsIn)

        print(
            "\(file): \(gold.words.count) words, \(sentences) sentences; dev = first \(devIDs.count) sentences by sent_id"
        )
        print("with lexicon (\(full.lexicon?.count ?? 0) words):")
        scored.printFigures()
        print("rules only (no lexicon):")
        rulesOnly.printFigures()
        print(
            "errors \(rulesOnlyErrors ? "rules only" : "with lexicon") (\(errorsIn)), by category"
                + " (count, then examples: surface gold → predicted ×n):")
        (rulesOnlyErrors ? rulesOnly : scored).printErrors(examples: examples)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(gold.words.count) / seconds : 0
        print(String(format: "speed: %.0f words/s (this build, one thread, lexicon mode)", rate))

        let acc = scored.all.accuracy
        let pass = acc >= minAccuracy
        print(
            String(
                format:
                    "segmentation: accuracy %.4f (held-out %.4f, dev %.4f), split P/R/F1 %.4f/%.4f/%.4f; rules-only %.4f; threshold %.2f: %@",
                acc, scored.heldOut.accuracy, scored.dev.accuracy, scored.all.precision, scored.all.recall,
                scored.all.f1,
                rulesOnly.all.accuracy, minAccuracy, pass ? "PASS" : "FAIL"))
        if !pass { throw ExitCode(1) }
    }
}
