import Foundation
import KhabarCore
import Testing

@testable import KhabarReaders

/// A fixed-seed generator (SplitMix64) so every run mutates the same way.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Byte mutations: flip, delete a run, duplicate a run, insert markup-ish bytes, truncate.
func mutate(_ input: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
    var b = input
    let pieces: [[UInt8]] = [Array("<".utf8), Array("</DOC>".utf8), Array("<DOC>".utf8), Array("&#x".utf8),
                             Array("\"".utf8), Array("{".utf8), Array("]".utf8), Array(",".utf8), [0x0A], [0xD8], [0x00], [0xFF]]
    for _ in 0..<Int.random(in: 1...6, using: &rng) {
        guard !b.isEmpty else { break }
        let i = Int.random(in: 0..<b.count, using: &rng)
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: b[i] ^= UInt8.random(in: 1...255, using: &rng)
        case 1: b.removeSubrange(i..<min(b.count, i + Int.random(in: 1...40, using: &rng)))
        case 2: b.insert(contentsOf: b[i..<min(b.count, i + Int.random(in: 1...40, using: &rng))], at: i)
        case 3: b.insert(contentsOf: pieces.randomElement(using: &rng)!, at: i)
        default: b.removeSubrange(i...)
        }
    }
    return b
}

@Test(arguments: ["two-docs.trec", "records.json", "records.jsonl", "records.csv", "headed-article.txt", "page.html", "feed.xml"])
func mutatedInputsNeverCrash(_ name: String) throws {
    let original = try Fixture.bytes(name)
    var rng = SplitMix64(state: 20_240_305)
    var read = 0, refused = 0
    for _ in 0..<400 {
        let input = mutate(original, &rng)
        do {
            let result = try ArticleReader().read(input, input: name)
            for article in result.articles {
                let document = try Pipeline.standard.analyze(article)
                let json = AnalysisJSON.encode(document)
                #expect(try JSONSerialization.jsonObject(with: Data(json)) is [String: Any])
            }
            read += 1
        } catch is ReaderError {
            refused += 1
        }
    }
    #expect(read + refused == 400)
    #expect(read > 0)
}
