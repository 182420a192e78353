import Foundation
import KhabarActors

/// Fills the actor layer and links entity mentions to actors: titles + names, surnames, metonymy
/// (موسكو → RUSGOV), demonyms, organisations, with the registry's codes for the publication day
/// (today when the article has no date). Entity spans already in the document (from a tagger) are
/// passed to the resolver and kept; mentions the registry finds on its own are added. Arabic only.
public struct ActorStage: PipelineStage {
    static let stageName = "actors"
    public let name = ActorStage.stageName
    public let languages: Set<String>? = ["ar"]

    public init() {}

    public func annotate(_ document: inout Document) throws {
        let resolver: ActorResolver
        do {
            resolver = try ActorResolver.shared()
        } catch {
            throw PipelineError(stage: name, message: "cannot load the actor registry: \(error)")
        }
        let day = document.article.published.map(Self.day) ?? ActorResolver.today()
        let spans = document.entities.map { EntitySpan(start: $0.start, end: $0.end, type: $0.type) }
        let analysis = resolver.resolve(document.text, entities: spans, date: day)
        // One mention per span: where a tagger span and a registry rule name the same words, the
        // registry's reading wins, and an actor left without mentions is dropped.
        var bySpan: [Range<Int>: ActorMention] = [:]
        for m in analysis.mentions {
            let key = m.start..<m.end
            if let kept = bySpan[key], kept.rule != "tagger" || m.rule == "tagger" { continue }
            bySpan[key] = m
        }
        let mentions = bySpan.values.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        let used = Set(mentions.compactMap(\.actor))
        document.actors = analysis.actors.filter { used.contains($0.id) }.map {
            Actor(id: $0.id, nameAr: $0.nameAr, nameEn: $0.nameEn.isEmpty ? nil : $0.nameEn, type: $0.type.rawValue,
                  cameo: $0.cameo.isEmpty ? nil : $0.cameo, transliterated: $0.transliterated)
        }
        var merged: [EntityMention] = mentions.map {
            EntityMention(start: $0.start, end: $0.end, text: $0.text, type: $0.type.rawValue, actor: $0.actor)
        }
        // Tagger spans the resolver did not cover stay, without an actor (linear: a coverage mask).
        var covered = [Bool](repeating: false, count: document.scalarCount + 1)
        for m in merged where m.start < m.end && m.end <= covered.count {
            for i in m.start..<m.end { covered[i] = true }
        }
        for e in document.entities where e.start < e.end && e.end <= covered.count && !covered[e.start..<e.end].contains(true) {
            merged.append(e)
        }
        merged.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        document.entities = merged
    }

    /// yyyymmdd of a date, in UTC.
    static func day(_ date: Date) -> Int {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day], from: date)
        return (c.year ?? 1970) * 10000 + (c.month ?? 1) * 100 + (c.day ?? 1)
    }
}
