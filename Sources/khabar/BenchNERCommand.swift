import ArgumentParser
import ArabicText
import Foundation
import KhabarNER

/// `khabar bench ner FILE`: tagging throughput, single thread.
struct BenchNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Tokens per second for named-entity tagging of a text file (single thread).")

    @Argument(help: "A UTF-8 text file; one sentence per line, or an ANERcorp-style file.") var file: String
    @Option(help: "Repeat the run this many times and report the best.") var runs: Int = 3

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("\(file): cannot read the file") }
        let loadStart = Date()
        let tagger = try NERTagger.bundled()
        let loadMs = Date().timeIntervalSince(loadStart) * 1000
        let sentences = NERInput.sentences(String(decoding: data, as: UTF8.self))
        let tokens = sentences.reduce(0) { $0 + $1.count }
        var best = Double.infinity, bestCPU = Double.infinity
        var entities = 0
        for _ in 0..<max(1, runs) {
            let start = Date(), cpuStart = threadCPUSeconds()
            entities = 0
            for s in sentences { entities += tagger.entities(s).count }
            best = min(best, Date().timeIntervalSince(start))
            bestCPU = min(bestCPU, threadCPUSeconds() - cpuStart)
        }
        // Both passes, the file taken as documents of 20 sentences.
        let documents = stride(from: 0, to: sentences.count, by: 20).map { Array(sentences[$0..<min($0 + 20, sentences.count)]) }
        var bestDoc = Double.infinity, bestDocCPU = Double.infinity
        for _ in 0..<max(1, runs) {
            let start = Date(), cpuStart = threadCPUSeconds()
            for d in documents { _ = tagger.tagDocument(d) }
            bestDoc = min(bestDoc, Date().timeIntervalSince(start))
            bestDocCPU = min(bestDocCPU, threadCPUSeconds() - cpuStart)
        }
        print(String(format: "model loaded in %.0f ms", loadMs))
        print(String(format: "ner, two passes (documents of 20 sentences): best of %d: %.3f s wall = %.0f tokens/s; %.3f s CPU = %.0f tokens per CPU second",
            runs, bestDoc, Double(tokens) / bestDoc, bestDocCPU, Double(tokens) / bestDocCPU))
        print(String(format: "ner, one pass: %d tokens, %d sentences, %d entities; best of %d: %.3f s wall = %.0f tokens/s; %.3f s CPU = %.0f tokens per CPU second",
            tokens, sentences.count, entities, runs, best, Double(tokens) / best, bestCPU, Double(tokens) / bestCPU))
    }
}
