import ArgumentParser
import Foundation
import KhabarActors

/// `khabar eval translit --pairs ANETAC`: the shipped transliteration model on the held-out 10% of
/// ANETAC (lines i with i % 10 == 9, which `scripts/train-transliteration.py` leaves out): exact match
/// (case-insensitive, letters only) and character error rate (edit distance ÷ gold length).
struct EvalTranslitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translit", abstract: "Arabic → English name transliteration on ANETAC's held-out 10%.")

    @Option(help: "ANETAC's EN-AR_Named-entities.txt.") var pairs: String
    @Option(help: "Fail below this exact-match rate.") var minExact: Double = 0
    @Option(help: "Fail above this character error rate.") var maxCer: Double = 1
    @Flag(help: "Print examples of errors.") var verbose = false

    func run() throws {
        let model = try Transliterator.shared()
        guard let data = FileManager.default.contents(atPath: pairs) else { throw ValidationErrorLine("\(pairs): cannot read") }
        var n = 0, exact = 0, edits = 0, chars = 0, shown = 0
        var byClass: [String: (Int, Int)] = [:]
        let start = Date()
        for (i, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where i % 10 == 9 {
            let f = line.split(separator: " ")
            guard f.count == 3 else { continue }
            let gold = String(f[1]).lowercased().filter { $0.isLetter && $0.isASCII }
            let guess = model.transliterate(String(f[2])).lowercased().filter { $0.isLetter && $0.isASCII }
            guard !gold.isEmpty else { continue }
            n += 1
            let d = Self.distance(Array(guess), Array(gold))
            edits += d; chars += gold.count
            var c = byClass[String(f[0]), default: (0, 0)]
            c.1 += 1
            if d == 0 { exact += 1; c.0 += 1 } else if verbose && shown < 30 { print("  \(f[2]) → \(guess) ≠ \(gold)"); shown += 1 }
            byClass[String(f[0])] = c
        }
        for (k, v) in byClass.sorted(by: { $0.key < $1.key }) {
            print(String(format: "%@\t%d pairs\texact %.3f", k, v.1, Double(v.0) / Double(max(v.1, 1))))
        }
        let em = Double(exact) / Double(max(n, 1)), cer = Double(edits) / Double(max(chars, 1))
        print(String(format: "eval translit: %d held-out pairs: exact %.3f, CER %.3f, %.2fs", n, em, cer, Date().timeIntervalSince(start)))
        if em < minExact || cer > maxCer { throw ValidationErrorLine("eval translit: below threshold") }
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var prev = Array(0...b.count), cur = prev
        for i in 1...a.count {
            cur[0] = i
            if !b.isEmpty {
                for j in 1...b.count {
                    cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
