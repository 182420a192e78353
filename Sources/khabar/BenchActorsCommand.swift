import ArabicText
import ArgumentParser
import Foundation
import KhabarActors

/// `khabar bench actors FILE`: actor resolution throughput (single thread), with the tokenizer alone
/// on the same text as the peer.
struct BenchActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actors", abstract: "Actor resolution throughput.")
    @Argument(help: "A UTF-8 text file, e.g. ../shared/data/text-vectors/bench-pud-x25.txt") var file: String
    @Option(help: "Repetitions.") var repeats = 3

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationErrorLine("\(file): cannot read") }
        let text = String(decoding: data, as: UTF8.self)
        let t0 = Date()
        let resolver = try ActorResolver.shared()
        print(String(format: "load registry + model + index: %.0f ms", Date().timeIntervalSince(t0) * 1000))
        // Lines as articles, a few thousand at a time, like a feed.
        let articles = text.split(separator: "\n").map(String.init)
        let tokens = articles.reduce(0) { $0 + ArabicTokenizer().tokenize($1).count }
        var best = Double.infinity, bestTok = Double.infinity, mentions = 0
        for _ in 0..<max(1, repeats) {
            let a = Date()
            for s in articles { _ = ArabicTokenizer().tokenize(s) }
            bestTok = min(bestTok, Date().timeIntervalSince(a))
            let b = Date()
            mentions = 0
            for s in articles { mentions += resolver.resolve(s, date: 20261130).mentions.count }
            best = min(best, Date().timeIntervalSince(b))
        }
        let mb = Double(data.count) / 1_048_576
        print(String(format: "tokenizer alone: %.0f tokens/s (%.1f MB/s)", Double(tokens) / bestTok, mb / bestTok))
        print(String(format: "bench actors: %d articles, %d tokens, %d mentions: %.0f tokens/s (%.1f MB/s), %.2f× the tokenizer's time",
                     articles.count, tokens, mentions, Double(tokens) / best, mb / best, best / bestTok))
    }
}
