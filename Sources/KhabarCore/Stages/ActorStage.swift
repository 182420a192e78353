import ArabicText
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
        // The token layer is the tokenizer's output for this text: the resolver need not tokenize again.
        let analysis = resolver.resolve(document.text, tokens: document.tokens.isEmpty ? nil : document.tokens, entities: spans, date: day)
        // One mention per span: where a tagger span and a registry rule name the same words, the
        // registry's reading wins (else the first one), and an actor left without mentions is
        // dropped. The resolver's mentions are sorted by start, then end: those of one span are
        // neighbours.
        var mentions: [ActorMention] = []
        mentions.reserveCapacity(analysis.mentions.count)
        for m in analysis.mentions {
            if let kept = mentions.last, kept.start == m.start, kept.end == m.end {
                if kept.rule == "tagger" && m.rule != "tagger" { mentions[mentions.count - 1] = m }
                continue
            }
            mentions.append(m)
        }
        mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        // A mention's actor id is a copy of its actor's id, and no two actors have equal ids: the ids
        // in use are found byte for byte (by a hash of their UTF-8, then the bytes).
        var used: [Int: [String]] = [:]
        for m in mentions { if let a = m.actor { used[Self.hash(a), default: []].append(a) } }
        document.actors = analysis.actors.filter { a in
            used[Self.hash(a.id)]?.contains { $0.utf8.elementsEqual(a.id.utf8) } ?? false
        }.map {
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

    /// FNV-1a of a string's UTF-8.
    static func hash(_ s: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h)
    }

    /// yyyymmdd of a date, in UTC.
    static func day(_ date: Date) -> Int {
        // Whole seconds between 1900 and 2200: the civil date of the day number directly (days since
        // 1970-01-01 → year, month, day in the Gregorian calendar; H. Hinnant's `civil_from_days`).
        let t = date.timeIntervalSince1970
        if t >= -2_208_988_800, t < 7_258_118_400, t == t.rounded(.down) {
            let z = Int(t).quotientAndRemainder(dividingBy: 86_400)
            let days = (z.remainder < 0 ? z.quotient - 1 : z.quotient) + 719_468
            let era = (days >= 0 ? days : days - 146_096) / 146_097
            let doe = days - era * 146_097
            let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
            let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
            let mp = (5 * doy + 2) / 153
            let d = doy - (153 * mp + 2) / 5 + 1
            let m = mp < 10 ? mp + 3 : mp - 9
            let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
            return y * 10000 + m * 100 + d
        }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day], from: date)
        return (c.year ?? 1970) * 10000 + (c.month ?? 1) * 100 + (c.day ?? 1)
    }
}
