import GRDB
import KhabarCore

/// Writes an article's analysis layers as rows: actors (shared across articles), the article–actor
/// links with mention counts, entity mentions, quotes with their speakers, events.
enum AnalysisRows {
    static func insert(_ a: PreparedArticle, articleID id: Int64, db: Database) throws {
        for actor in a.actors {
            try db.execute(sql: """
                INSERT INTO actors(id, name_ar, name_en, type, cameo) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name_en = coalesce(actors.name_en, excluded.name_en),
                  cameo = coalesce(actors.cameo, excluded.cameo)
                """, arguments: [actor.id, actor.nameAr, actor.nameEn, actor.type, actor.cameo])
        }
        var counts: [String: Int] = [:]
        for actor in a.actors { counts[actor.id] = 0 }
        for m in a.entities {
            if let actor = m.actor, counts[actor] != nil { counts[actor, default: 0] += 1 }
            try db.execute(sql: "INSERT INTO mentions(article_id, start, \"end\", text, type, actor_id) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [id, m.start, m.end, m.text, m.type, m.actor.flatMap { counts[$0] != nil ? $0 : nil }])
        }
        for (actor, n) in counts.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: "INSERT INTO article_actors(article_id, actor_id, mentions) VALUES (?, ?, ?)",
                           arguments: [id, actor, n])
        }
        for q in a.quotes {
            let speakerActor = q.speaker?.actor.flatMap { counts[$0] != nil ? $0 : nil }
            try db.execute(sql: """
                INSERT INTO quotes(article_id, start, "end", text, kind, cue, speaker, speaker_start, speaker_end,
                  speaker_actor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, q.start, q.end, q.text, q.kind.rawValue, q.cue?.text, q.speaker?.text,
                                 q.speaker?.start, q.speaker?.end, speakerActor])
        }
        for e in a.events {
            try db.execute(sql: """
                INSERT INTO events(article_id, start, "end", trigger, code, root, goldstein, quad, source_text,
                  source_actor_id, source_cameo, target_text, target_actor_id, target_cameo)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, e.start, e.end, e.trigger.text, e.code, e.root, e.goldstein, e.quad,
                                 e.source?.text, e.source?.actor, e.source?.cameo, e.target?.text,
                                 e.target?.actor, e.target?.cameo])
        }
    }
}
