import Foundation
import Testing

@testable import KhabarQuotes

/// The JSON shape of a quote is the `quotes` entry of `khabar.analysis/1`, plus `via`.
struct QuoteJSONTests {
    @Test func encodesTheContractFields() throws {
        let text = "أفادت وكالة \"بلومبرغ\"، استنادًا إلى مصادر غير معلنة، أن موسكو تعهدت بالمساعدة."
        let quote = try #require(QuoteExtractor().extract(text).first)
        let data = try JSONEncoder().encode(quote)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["start", "end", "text", "kind", "cue", "speaker", "via"])
        #expect(object["text"] as? String == "موسكو تعهدت بالمساعدة")
        #expect(object["kind"] as? String == "indirect")
        let speaker = try #require(object["speaker"] as? [String: Any])
        #expect(Set(speaker.keys).isSuperset(of: ["start", "end", "text", "actor"]))
        let via = try #require(object["via"] as? [[String: Any]])
        #expect(via.first?["description"] as? String == "unnamed sources")
        // Round trip.
        #expect(try JSONDecoder().decode(Quote.self, from: data) == quote)
    }
}
