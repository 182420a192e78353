import GRDB
import KhabarCore

/// Writes an article's analysis layers as rows: actors (shared across articles), the article–actor
/// links with mention counts, entity mentions, quotes with their speakers, dates, events.
///
/// Statements are prepared once per connection (GRDB's statement cache). The actors table is
/// written only when an actor is new or gains an English name or a CAMEO code: ``known`` remembers,
/// for the actors written through this value, what the table already holds (it is reset when a
/// batch fails, since the rows of the failed transaction are gone).
struct AnalysisRows {
    /// Actor id → (has an English name, has a CAMEO code) as stored.
    private var known: [String: (Bool, Bool)] = [:]

    mutating func insert(_ a: PreparedArticle, articleID id: Int64, db: Database) throws {
        for actor in a.actors {
            let have = known[actor.id]
            let gains = (actor.nameEn != nil && have?.0 != true) || (actor.cameo != nil && have?.1 != true)
            guard have == nil || gains else { continue }
            try db.cachedStatement(sql: """
                INSERT INTO actors(id, name_ar, name_en, type, cameo) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name_en = coalesce(actors.name_en, excluded.name_en),
                  cameo = coalesce(actors.cameo, excluded.cameo)
                """).execute(arguments: [actor.id, actor.nameAr, actor.nameEn, actor.type, actor.cameo])
            known[actor.id] = ((have?.0 ?? false) || actor.nameEn != nil, (have?.1 ?? false) || actor.cameo != nil)
        }
        var counts: [String: Int] = [:]
        for actor in a.actors { counts[actor.id] = 0 }
        // Mentions and quotes are keyed by (article, start, end): a repeated span is skipped, not an error.
        let mention = try RowInsert(db, """
            INSERT OR IGNORE INTO mentions(article_id, start, "end", text, type, actor_id) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for m in a.entities {
            let actor = m.actor.flatMap { counts[$0] != nil ? $0 : nil }
            if let actor { counts[actor, default: 0] += 1 }
            mention.bind(1, id); mention.bind(2, m.start); mention.bind(3, m.end)
            mention.bind(4, m.text); mention.bind(5, m.type); mention.bind(6, actor)
            try mention.step()
        }
        let link = try RowInsert(db, "INSERT INTO article_actors(article_id, actor_id, mentions) VALUES (?, ?, ?)")
        for (actor, n) in counts.sorted(by: { $0.key < $1.key }) {
            link.bind(1, id); link.bind(2, actor); link.bind(3, n)
            try link.step()
        }
        if !a.quotes.isEmpty {
            let quote = try RowInsert(db, """
                INSERT OR IGNORE INTO quotes(article_id, start, "end", text, kind, cue, speaker, speaker_start, speaker_end,
                  speaker_actor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for q in a.quotes {
                quote.bind(1, id); quote.bind(2, q.start); quote.bind(3, q.end); quote.bind(4, q.text)
                quote.bind(5, q.kind.rawValue); quote.bind(6, q.cue?.text); quote.bind(7, q.speaker?.text)
                quote.bind(8, q.speaker?.start); quote.bind(9, q.speaker?.end)
                quote.bind(10, q.speaker?.actor.flatMap { counts[$0] != nil ? $0 : nil })
                try quote.step()
            }
        }
        if !a.dates.isEmpty {
            // Date mentions never overlap, so (article, start) is a key; a repeat is skipped, not an error.
            let date = try RowInsert(db, """
                INSERT OR IGNORE INTO dates(article_id, start, "end", text, value, kind, granularity)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            for d in a.dates {
                date.bind(1, id); date.bind(2, d.start); date.bind(3, d.end); date.bind(4, d.text)
                date.bind(5, d.value); date.bind(6, d.kind.rawValue); date.bind(7, d.granularity.rawValue)
                try date.step()
            }
        }
        if !a.events.isEmpty {
            let event = try RowInsert(db, """
                INSERT INTO events(article_id, start, "end", trigger, code, root, goldstein, quad, source_text,
                  source_actor_id, source_cameo, target_text, target_actor_id, target_cameo)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for e in a.events {
                event.bind(1, id); event.bind(2, e.start); event.bind(3, e.end); event.bind(4, e.trigger.text)
                event.bind(5, e.code); event.bind(6, e.root); event.bind(7, e.goldstein); event.bind(8, e.quad)
                event.bind(9, e.source?.text); event.bind(10, e.source?.actor); event.bind(11, e.source?.cameo)
                event.bind(12, e.target?.text); event.bind(13, e.target?.actor); event.bind(14, e.target?.cameo)
                try event.step()
            }
        }
    }
}
