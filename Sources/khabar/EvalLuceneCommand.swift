import ArabicText
import ArgumentParser
import Foundation

/// `khabar eval lucene FILE`: runs Lucene's own Arabic test vectors through Khabar's lucene modes.
struct EvalLuceneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lucene",
        abstract: "Runs Lucene's Arabic normalizer/stemmer/analyzer test vectors (lucene_arabic_tests.tsv)."
    )

    @Argument(help: "The TSV of test vectors: test_class, test_name, input, expected, component.")
    var file: String

    func run() throws {
        let text = try readTextFile(file)
        var passed = 0
        var failed = 0
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where n > 0 {
            if line.isEmpty { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 5 else {
                throw CLIError("\(file):\(n + 1): expected 5 tab-separated fields, found \(f.count)")
            }
            guard let got = Self.run(component: f[4], input: f[2]) else {
                throw CLIError("\(file):\(n + 1): no Khabar chain for component '\(f[4])'")
            }
            if got.joined(separator: " ") == f[3] {
                passed += 1
            } else {
                failed += 1
                print("FAIL \(f[0]).\(f[1]) input=[\(f[2])] expected=[\(f[3])] got=[\(got.joined(separator: " "))]")
            }
        }
        print("lucene vectors: \(passed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }

    /// Maps the `component` column to the equivalent Khabar chain.
    static func run(component c: String, input: String) -> [String]? {
        let whitespace = input.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let keyword = input.isEmpty ? [] : [input]
        let norm = ArabicNormalizer(.lucene)
        let stem = ArabicStemmer(.lucene)
        let exclusion = "ساهدهات"
        if c.hasPrefix("ArabicNormalizationFilterFactory") { return whitespace.map(norm.normalize) }
        if c.hasPrefix("ArabicNormalization + ArabicStem") { return whitespace.map { stem.stem(norm.normalize($0)) } }
        if c.hasPrefix("ArabicNormalizationFilter (keyword") { return keyword.map(norm.normalize) }
        if c.hasPrefix("ArabicNormalizationFilter") { return whitespace.map(norm.normalize) }
        if c.hasPrefix("ArabicStemFilter (keyword") { return keyword.map(stem.stem) }
        if c.hasPrefix("ArabicStemFilter after SetKeywordMarkerFilter") {
            return whitespace.map { $0 == exclusion ? $0 : stem.stem($0) }
        }
        if c.hasPrefix("ArabicStemFilter") { return whitespace.map(stem.stem) }
        if c.hasPrefix("ArabicAnalyzer default") { return LuceneAnalyzer(.analyzer).analyze(input) }
        if c.hasPrefix("ArabicAnalyzer(stopwords={the,and,a})") {
            return LuceneAnalyzer(.analyzer, stopwords: ["the", "and", "a"]).analyze(input)
        }
        if c.hasPrefix("ArabicAnalyzer(stopwords=EMPTY, stemExclusion=EMPTY)") {
            return LuceneAnalyzer(.nostop).analyze(input)
        }
        if c.hasPrefix("ArabicAnalyzer(stopwords=EMPTY, stemExclusion={") {
            return LuceneAnalyzer(.nostop, stemExclusions: [exclusion]).analyze(input)
        }
        return nil
    }
}
