import ArabicText
import KhabarQuotes

/// Fills the quote layer: direct, indirect and mixed quotes with their cues, speakers (linked to the
/// actors the actor stage found) and sourcing chains. Runs after the actor stage. Arabic only.
public struct QuoteStage: PipelineStage {
    static let stageName = "quotes"
    public let name = QuoteStage.stageName
    public let languages: Set<String>? = ["ar"]

    public init() {}

    public func annotate(_ document: inout Document) throws {
        let typeOf = Dictionary(document.actors.map { ($0.id, $0.type) }, uniquingKeysWith: { a, _ in a })
        let hints = document.entities.map { e in
            EntityHint(range: e.start..<e.end, type: e.actor.flatMap { typeOf[$0] } ?? e.type, actor: e.actor)
        }
        // The token layer is the tokenizer's output for this text: the extractor need not tokenize again.
        let tokens = document.tokens.isEmpty ? nil : document.tokens
        document.quotes = QuoteExtractor().extract(document.text, entities: hints, tokens: tokens).map { q in
            Quote(
                start: q.content.start, end: q.content.end, text: q.content.text,
                kind: Quote.Kind(rawValue: q.kind.rawValue) ?? .indirect,
                cue: q.cue,
                speaker: q.speaker.map {
                    ActorSpan(start: $0.span.start, end: $0.span.end, text: $0.span.text,
                              actor: Self.speakerActor($0.span.start..<$0.span.end, document, typeOf) ?? $0.actor)
                },
                via: q.via.map {
                    QuoteSource(start: $0.span.start, end: $0.span.end, text: $0.span.text, link: $0.link, description: $0.description)
                })
        }
    }

    /// The actor a speaker phrase names: of the resolved mentions inside it, a person before an
    /// organisation before a place, and the last one of a kind (the name after its titles:
    /// «المتحدث باسم الكرملين دميتري بيسكوف» is Peskov, not the Kremlin).
    static func speakerActor(_ span: Range<Int>, _ document: Document, _ typeOf: [String: String]) -> String? {
        func rank(_ type: String?) -> Int {
            switch type {
            case "PER": return 3
            case "ORG": return 2
            case "GPE", "LOC": return 1
            default: return 0
            }
        }
        var best: (rank: Int, end: Int, id: String)? = nil
        // Entities are sorted by start (the actor stage sorts them): find the first inside the span.
        let entities = document.entities
        var lo = 0, hi = entities.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entities[mid].start < span.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        for e in entities[lo...].prefix(while: { $0.start < span.upperBound }) where e.end <= span.upperBound {
            guard let id = e.actor else { continue }
            let r = rank(typeOf[id])
            if best == nil || r > best!.rank || (r == best!.rank && e.end > best!.end) { best = (r, e.end, id) }
        }
        return best?.id
    }
}
