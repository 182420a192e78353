import GRDB
import KhabarCore

/// Writes an article's analysis layers as rows: actors (shared across articles, each with an integer
/// row key the other rows point to), the article–actor links with mention counts, entity mentions,
/// quotes with their speakers and sourcing chains, dates, events.
///
/// Statements are prepared once per connection (GRDB's statement cache). The actors table is
/// written only when an actor is new or gains an English name or a CAMEO code: ``known`` remembers,
/// for the actors written through this value, their row keys and what the table already holds (it is
/// reset when a batch fails, since the rows of the failed transaction are gone).
///
/// Actor ids are mostly Arabic (`per:…`, `org:…`), and Swift hashes and compares such strings through
/// Unicode normalization; that was most of the writer's time. Ids are Khabar's own, written by one
/// code path, so they are matched here by their UTF-8 bytes (``IDKey``).
struct AnalysisRows {
    /// What the actors table holds for an actor id written through this value: its row key, and
    /// whether it has an English name and a CAMEO code.
    private var known: [IDKey: (num: Int64, nameEn: Bool, cameo: Bool)] = [:]
    /// The row keys of the current article's actors, by index in its actor layer (reused).
    private var nums: [Int64] = []

    // Mentions and quotes are keyed by (article, start, end), dates by (article, start): a repeated
    // span is skipped, not an error (date mentions never overlap). The rows keep offsets into the
    // article text, not the text (see the `v4-offsets-not-copies` migration). The article's actor
    // links are distinct by construction; OR IGNORE there too spares SQLite a statement journal
    // (a multi-row INSERT that may abort keeps one, copying each page it touches).
    private let actorRow = IDQuery(sql: """
        INSERT INTO actors(id, name_ar, name_en, type, cameo) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(id) DO UPDATE SET name_en = coalesce(actors.name_en, excluded.name_en),
          cameo = coalesce(actors.cameo, excluded.cameo)
        RETURNING num
        """)
    private let mentionRows = RowInsert(#"INSERT OR IGNORE INTO mention_rows(article_id, start, "end", type, actor)"#, columns: 5)
    private let linkRows = RowInsert("INSERT OR IGNORE INTO article_actor_rows(article_id, actor, mentions)", columns: 3)
    private let quoteRows = RowInsert("""
        INSERT OR IGNORE INTO quote_rows(article_id, start, "end", kind, cue, speaker, speaker_start, speaker_end,
          speaker_actor)
        """, columns: 9)
    private let viaRows = RowInsert("""
        INSERT OR IGNORE INTO quote_via_rows(article_id, quote_start, quote_end, position, start, "end", link, description)
        """, columns: 8)
    /// The (quote, position) of each link of the current article's sourcing chains (reused).
    private var via: [(quote: Int, position: Int)] = []
    private let dateRows = RowInsert(#"INSERT OR IGNORE INTO date_rows(article_id, start, "end", value, kind, granularity)"#, columns: 6)
    private let eventRows = RowInsert("""
        INSERT INTO events(article_id, start, "end", trigger, code, root, goldstein, quad, source_text,
          source_actor_id, source_cameo, target_text, target_actor_id, target_cameo)
        """, columns: 14)

    mutating func insert(_ a: PreparedArticle, articleID id: Int64, db: Database) throws {
        let links = a.actorLinks
        nums.removeAll(keepingCapacity: true)
        for k in a.actors.indices {
            let key = links.keys[k]
            let have = known[key]
            if let have, (have.nameEn || a.actors[k].nameEn == nil) && (have.cameo || a.actors[k].cameo == nil) {
                nums.append(have.num)
                continue
            }
            // New here, or gains an English name or a CAMEO code: upsert, and learn its row key.
            let actor = a.actors[k]
            guard let num = try actorRow.fetch(in: db, { row in
                row.bind(1, actor.id); row.bind(2, actor.nameAr); row.bind(3, actor.nameEn); row.bind(4, actor.type)
                row.bind(5, actor.cameo)
            }) else { throw DatabaseError.last(in: db, sql: actorRow.sql) }
            known[key] = (num, (have?.nameEn ?? false) || actor.nameEn != nil, (have?.cameo ?? false) || actor.cameo != nil)
            nums.append(num)
        }
        let nums = self.nums
        try mentionRows.rows(a.entities.count, in: db) { i, row in
            let slot = links.mentionActor[i]
            row.bind(1, id); row.bind(2, a.entities[i].start); row.bind(3, a.entities[i].end)
            row.bind(4, a.entities[i].type); row.bind(5, slot < 0 ? nil : nums[Int(slot)])
        }
        try linkRows.rows(links.links.count, in: db) { i, row in
            let (k, mentions) = links.links[i]
            row.bind(1, id); row.bind(2, nums[k]); row.bind(3, mentions)
        }
        try quoteRows.rows(a.quotes.count, in: db) { i, row in
            let slot = links.speakerActor[i]
            row.bind(1, id); row.bind(2, a.quotes[i].start); row.bind(3, a.quotes[i].end)
            row.bind(4, a.quotes[i].kind.rawValue); row.bind(5, a.quotes[i].cue?.text); row.bind(6, a.quotes[i].speaker?.text)
            row.bind(7, a.quotes[i].speaker?.start); row.bind(8, a.quotes[i].speaker?.end)
            row.bind(9, slot < 0 ? nil : nums[Int(slot)])
        }
        via.removeAll(keepingCapacity: true)
        for q in a.quotes.indices where !a.quotes[q].via.isEmpty {
            for position in a.quotes[q].via.indices { via.append((q, position)) }
        }
        let via = self.via
        try viaRows.rows(via.count, in: db) { i, row in
            let (q, position) = via[i]
            let source = a.quotes[q].via[position]
            row.bind(1, id); row.bind(2, a.quotes[q].start); row.bind(3, a.quotes[q].end); row.bind(4, position)
            row.bind(5, source.start); row.bind(6, source.end); row.bind(7, source.link); row.bind(8, source.description)
        }
        try dateRows.rows(a.dates.count, in: db) { i, row in
            let d = a.dates[i]
            row.bind(1, id); row.bind(2, d.start); row.bind(3, d.end)
            row.bind(4, d.value); row.bind(5, d.kind.rawValue); row.bind(6, d.granularity.rawValue)
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
