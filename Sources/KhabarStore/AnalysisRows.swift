import GRDB
import KhabarCore

/// Writes an article's analysis layers as rows: actors (shared across articles), the article–actor
/// links with mention counts, entity mentions, quotes with their speakers, dates, events.
///
/// Statements are prepared once per connection (GRDB's statement cache). The actors table is
/// written only when an actor is new or gains an English name or a CAMEO code: ``known`` remembers,
/// for the actors written through this value, what the table already holds (it is reset when a
/// batch fails, since the rows of the failed transaction are gone).
///
/// Actor ids are mostly Arabic (`per:…`, `org:…`), and Swift hashes and compares such strings through
/// Unicode normalization; that was most of the writer's time. Ids are Khabar's own, written by one
/// code path, so they are matched here by their UTF-8 bytes (``IDKey``).
struct AnalysisRows {
    /// Actor id → (has an English name, has a CAMEO code) as stored.
    private var known: [IDKey: (Bool, Bool)] = [:]

    // Mentions and quotes are keyed by (article, start, end), dates by (article, start): a repeated
    // span is skipped, not an error (date mentions never overlap).
    private let mentionRows = RowInsert(#"INSERT OR IGNORE INTO mentions(article_id, start, "end", text, type, actor_id)"#, columns: 6)
    private let linkRows = RowInsert("INSERT INTO article_actors(article_id, actor_id, mentions)", columns: 3)
    private let quoteRows = RowInsert("""
        INSERT OR IGNORE INTO quotes(article_id, start, "end", text, kind, cue, speaker, speaker_start, speaker_end,
          speaker_actor_id)
        """, columns: 10)
    private let dateRows = RowInsert(#"INSERT OR IGNORE INTO dates(article_id, start, "end", text, value, kind, granularity)"#, columns: 7)
    private let eventRows = RowInsert("""
        INSERT INTO events(article_id, start, "end", trigger, code, root, goldstein, quad, source_text,
          source_actor_id, source_cameo, target_text, target_actor_id, target_cameo)
        """, columns: 14)

    mutating func insert(_ a: PreparedArticle, articleID id: Int64, db: Database) throws {
        let links = a.actorLinks
        for (actor, key) in zip(a.actors, links.keys) {
            let have = known[key]
            let gains = (actor.nameEn != nil && have?.0 != true) || (actor.cameo != nil && have?.1 != true)
            guard have == nil || gains else { continue }
            try db.cachedStatement(sql: """
                INSERT INTO actors(id, name_ar, name_en, type, cameo) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name_en = coalesce(actors.name_en, excluded.name_en),
                  cameo = coalesce(actors.cameo, excluded.cameo)
                """).execute(arguments: [actor.id, actor.nameAr, actor.nameEn, actor.type, actor.cameo])
            known[key] = ((have?.0 ?? false) || actor.nameEn != nil, (have?.1 ?? false) || actor.cameo != nil)
        }
        try mentionRows.rows(a.entities.count, in: db) { i, row in
                let m = a.entities[i]
                row.bind(1, id); row.bind(2, m.start); row.bind(3, m.end)
                row.bind(4, m.text); row.bind(5, m.type); row.bind(6, links.mentionHasActor[i] ? m.actor : nil)
            }
        try linkRows.rows(links.links.count, in: db) { i, row in
                let (k, mentions) = links.links[i]
                row.bind(1, id); row.bind(2, a.actors[k].id); row.bind(3, mentions)
            }
        try quoteRows.rows(a.quotes.count, in: db) { i, row in
            let q = a.quotes[i]
            row.bind(1, id); row.bind(2, q.start); row.bind(3, q.end); row.bind(4, q.text)
            row.bind(5, q.kind.rawValue); row.bind(6, q.cue?.text); row.bind(7, q.speaker?.text)
            row.bind(8, q.speaker?.start); row.bind(9, q.speaker?.end)
            row.bind(10, links.speakerHasActor[i] ? q.speaker?.actor : nil)
        }
        try dateRows.rows(a.dates.count, in: db) { i, row in
                let d = a.dates[i]
                row.bind(1, id); row.bind(2, d.start); row.bind(3, d.end); row.bind(4, d.text)
                row.bind(5, d.value); row.bind(6, d.kind.rawValue); row.bind(7, d.granularity.rawValue)
            }
        try eventRows.rows(a.events.count, in: db) { i, row in
            let e = a.events[i]
            row.bind(1, id); row.bind(2, e.start); row.bind(3, e.end); row.bind(4, e.trigger.text)
            row.bind(5, e.code); row.bind(6, e.root); row.bind(7, e.goldstein); row.bind(8, e.quad)
            row.bind(9, e.source?.text); row.bind(10, e.source?.actor); row.bind(11, e.source?.cameo)
            row.bind(12, e.target?.text); row.bind(13, e.target?.actor); row.bind(14, e.target?.cameo)
        }
    }
}

/// An actor id compared and hashed by its UTF-8 bytes (a 64-bit FNV-1a hash computed once; equal
/// hashes are confirmed by comparing the bytes, never through `String`'s Unicode-aware `==`). It
/// keeps the id itself, so making one allocates nothing.
struct IDKey: Hashable, Sendable {
    let hash: UInt64
    let id: String

    init(_ id: String) {
        self.id = id
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        hash = h
    }

    static func == (a: IDKey, b: IDKey) -> Bool {
        guard a.hash == b.hash else { return false }
        var x = a.id, y = b.id
        return x.withUTF8 { p in y.withUTF8 { q in p.elementsEqual(q) } }
    }
    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
