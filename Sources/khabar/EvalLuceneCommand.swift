import ArabicText
import ArgumentParser

struct EvalLuceneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lucene", abstract: "Runs Lucene's Arabic test vectors.")
    @Argument(help: "lucene_arabic_tests.tsv") var file: String
    func run() throws { throw ValidationError("not yet") }
}
