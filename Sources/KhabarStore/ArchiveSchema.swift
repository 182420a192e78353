import GRDB

/// The archive's tables, created and upgraded by migrations (never edit a shipped migration; add one).
///
/// Article text lives in `articles` (a normal table: the file opens in any SQLite tool); `articles_fts`
/// is an external-content FTS5 index over its `title`, `lede` and `text` with the `khabar_arabic`
/// tokenizer, needed only to run full-text queries. The analysis layers are rows (`mentions`,
/// `article_actors`, `quotes`, `dates`, `events`); sentences and tokens are recomputed from `text`.
public enum ArchiveSchema {
    public static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-articles") { db in
            try db.execute(sql: """
                CREATE TABLE articles (
                  id INTEGER PRIMARY KEY,
                  doc_id TEXT NOT NULL UNIQUE,          -- khabar.analysis/1 "id"
                  url TEXT UNIQUE,
                  source_id TEXT,                       -- the input's own id (TREC DOCNO)
                  source TEXT,
                  category TEXT,
                  title TEXT,
                  lede TEXT,
                  author TEXT,
                  published TEXT,                       -- ISO 8601 in UTC (YYYY-MM-DDTHH:MM:SSZ), sortable
                  language TEXT,
                  text TEXT NOT NULL,
                  content_hash TEXT NOT NULL UNIQUE,    -- 128-bit hash of the search-normalized word sequence
                  duplicate_of INTEGER REFERENCES articles(id),   -- near-duplicate of this original
                  similarity REAL,                      -- estimated Jaccard with the original
                  input TEXT,                           -- the file it was read from
                  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                  analysis TEXT NOT NULL                -- khabar.analysis/1 JSON (token layer omitted)
                );
                CREATE INDEX articles_published ON articles(published);
                CREATE INDEX articles_source ON articles(source COLLATE NOCASE);
                CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
                CREATE TABLE article_signatures (
                  article_id INTEGER PRIMARY KEY REFERENCES articles(id),
                  minhash BLOB NOT NULL                 -- 64 × UInt64 little-endian over word 3-shingles
                );
                CREATE VIRTUAL TABLE articles_fts USING fts5(
                  title, lede, text, content='articles', content_rowid='id', tokenize='khabar_arabic'
                );
                """)
        }
        m.registerMigration("v1-analysis") { db in
            try db.execute(sql: """
                CREATE TABLE actors (
                  id TEXT PRIMARY KEY,
                  name_ar TEXT NOT NULL,
                  name_en TEXT,
                  type TEXT NOT NULL,
                  cameo TEXT
                );
                CREATE TABLE article_actors (
                  article_id INTEGER NOT NULL REFERENCES articles(id),
                  actor_id TEXT NOT NULL REFERENCES actors(id),
                  mentions INTEGER NOT NULL DEFAULT 0,
                  PRIMARY KEY (article_id, actor_id)
                ) WITHOUT ROWID;
                CREATE INDEX article_actors_actor ON article_actors(actor_id);
                CREATE TABLE mentions (
                  id INTEGER PRIMARY KEY,
                  article_id INTEGER NOT NULL REFERENCES articles(id),
                  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                  text TEXT NOT NULL,
                  type TEXT NOT NULL,
                  actor_id TEXT REFERENCES actors(id)
                );
                CREATE INDEX mentions_article ON mentions(article_id);
                CREATE INDEX mentions_actor ON mentions(actor_id);
                CREATE TABLE quotes (
                  id INTEGER PRIMARY KEY,
                  article_id INTEGER NOT NULL REFERENCES articles(id),
                  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                  text TEXT NOT NULL,
                  kind TEXT NOT NULL,
                  cue TEXT,
                  speaker TEXT,
                  speaker_start INTEGER, speaker_end INTEGER,
                  speaker_actor_id TEXT REFERENCES actors(id)
                );
                CREATE INDEX quotes_article ON quotes(article_id);
                CREATE INDEX quotes_speaker ON quotes(speaker);
                CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor_id);
                CREATE TABLE events (
                  id INTEGER PRIMARY KEY,
                  article_id INTEGER NOT NULL REFERENCES articles(id),
                  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                  trigger TEXT NOT NULL,
                  code TEXT NOT NULL,
                  root TEXT NOT NULL,
                  goldstein REAL,
                  quad INTEGER,
                  source_text TEXT, source_actor_id TEXT, source_cameo TEXT,
                  target_text TEXT, target_actor_id TEXT, target_cameo TEXT
                );
                CREATE INDEX events_article ON events(article_id);
                CREATE INDEX events_code ON events(code);
                """)
        }
        // The analysis is stored as rows only: the JSON copy (as large as the text) is gone; the
        // article's tags and block structure, which had no rows, get columns; dates get rows.
        // Mentions and quotes are clustered by article (WITHOUT ROWID, keyed by article and span):
        // one B-tree insert per row instead of three; actors reach mentions through article_actors.
        // article_actors loses its actor index: no command reads by actor alone (a scan of the table
        // answers an ad-hoc query in tens of milliseconds) and it cost a tenth of the writer's time.
        m.registerMigration("v2-rows-only") { db in
            try db.execute(sql: """
                ALTER TABLE articles DROP COLUMN analysis;
                DROP INDEX article_actors_actor;
                CREATE TABLE mentions_v2 (
                  article_id INTEGER NOT NULL REFERENCES articles(id),
                  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                  text TEXT NOT NULL,
                  type TEXT NOT NULL,
                  actor_id TEXT REFERENCES actors(id),
                  PRIMARY KEY (article_id, start, "end")
                ) WITHOUT ROWID;
                INSERT OR IGNORE INTO mentions_v2 SELECT article_id, start, "end", text, type, actor_id FROM mentions;
                DROP TABLE mentions;
                ALTER TABLE mentions_v2 RENAME TO mentions;
                CREATE TABLE quotes_v2 (
                  article_id INTEGER NOT NULL REFERENCES articles(id),
                  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                  text TEXT NOT NULL,
                  kind TEXT NOT NULL,
                  cue TEXT,
                  speaker TEXT,
                  speaker_start INTEGER, speaker_end INTEGER,
                  speaker_actor_id TEXT REFERENCES actors(id),
                  PRIMARY KEY (article_id, start, "end")
                ) WITHOUT ROWID;
                INSERT OR IGNORE INTO quotes_v2 SELECT article_id, start, "end", text, kind, cue, speaker, speaker_start,
                  speaker_end, speaker_actor_id FROM quotes;
                DROP TABLE quotes;
                ALTER TABLE quotes_v2 RENAME TO quotes;
                CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor_id) WHERE speaker_actor_id IS NOT NULL;
                ALTER TABLE articles ADD COLUMN tags TEXT;     -- JSON array of strings, NULL when none
                ALTER TABLE articles ADD COLUMN blocks TEXT;   -- JSON array of [kind, start, end, section]
                CREATE TABLE dates (
                  article_id INTEGER NOT NULL REFERENCES articles(id),
                  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                  text TEXT NOT NULL,
                  value TEXT NOT NULL,                  -- ISO 8601 date, month (YYYY-MM), week or year
                  kind TEXT NOT NULL,                   -- absolute, hijri, relative
                  granularity TEXT NOT NULL,            -- day, week, month, year
                  PRIMARY KEY (article_id, start)
                ) WITHOUT ROWID;
                CREATE INDEX dates_value ON dates(value);
                """)
        }
        // Two indexes no command reads go: quotes by speaker actor (`khabar quotes --speaker` matches
        // the speaker's text, its actor id, Arabic or English name in one scan) and dates by value.
        // Inserts into them land at random places in their B-trees, dirtying a page per row in every
        // batch: 4–10% of the indexing time. An analyst who queries either column often can
        // `CREATE INDEX` it back; a scan of the corpus-sized tables takes tens of milliseconds.
        m.registerMigration("v3-fewer-indexes") { db in
            try db.execute(sql: """
                DROP INDEX IF EXISTS quotes_speaker_actor;
                DROP INDEX IF EXISTS dates_value;
                """)
        }
        // The analysis rows keep offsets, not copies of the article's text: a mention's, quote's and
        // date's text is `substr` of the article text over its scalar offsets (the offsets are
        // Unicode scalars, SQLite's `substr` counts characters: the same units). Actors get an integer
        // row key (`num`) that the rows point to instead of repeating the text id. The row tables are
        // `*_rows`; views under the old names (`mentions`, `quotes`, `dates`, `article_actors`) give
        // the old columns, texts and actor ids, so queries written for v3 still run. Together the
        // texts and ids were a quarter of the file and a fifth of the writer's time.
        // A quote's sourcing chain (Bloomberg, citing unnamed sources), which v3 did not keep, gets
        // rows of its own. A quote's speaker and cue texts are still stored (both short): `khabar quotes --speaker`
        // searches the speaker, and a v3 archive has no offsets for the cue.
        m.registerMigration("v4-offsets-not-copies") { db in
            try db.execute(sql: """
                CREATE TABLE actors_v4 (
                  num INTEGER PRIMARY KEY,              -- the key the row tables use
                  id TEXT NOT NULL UNIQUE,              -- Khabar's actor id, as in khabar.analysis/1
                  name_ar TEXT NOT NULL,
                  name_en TEXT,
                  type TEXT NOT NULL,
                  cameo TEXT
                );
                INSERT INTO actors_v4(id, name_ar, name_en, type, cameo)
                  SELECT id, name_ar, name_en, type, cameo FROM actors ORDER BY rowid;
                CREATE TABLE article_actor_rows (
                  article_id INTEGER NOT NULL REFERENCES articles(id),
                  actor INTEGER NOT NULL REFERENCES actors(num),
                  mentions INTEGER NOT NULL DEFAULT 0,
                  PRIMARY KEY (article_id, actor)
                ) WITHOUT ROWID;
                INSERT OR IGNORE INTO article_actor_rows
                  SELECT aa.article_id, ac.num, aa.mentions FROM article_actors aa JOIN actors_v4 ac ON ac.id = aa.actor_id;
                CREATE TABLE mention_rows (
                  article_id INTEGER NOT NULL REFERENCES articles(id),
                  start INTEGER NOT NULL, "end" INTEGER NOT NULL,   -- scalar offsets into articles.text
                  type TEXT NOT NULL,
                  actor INTEGER REFERENCES actors(num),
                  PRIMARY KEY (article_id, start, "end")
                ) WITHOUT ROWID;
                INSERT OR IGNORE INTO mention_rows
                  SELECT m.article_id, m.start, m."end", m.type, ac.num FROM mentions m LEFT JOIN actors_v4 ac ON ac.id = m.actor_id;
                CREATE TABLE quote_rows (
                  article_id INTEGER NOT NULL REFERENCES articles(id),
                  start INTEGER NOT NULL, "end" INTEGER NOT NULL,   -- the reported content
                  kind TEXT NOT NULL,                   -- direct, indirect, mixed
                  cue TEXT,                             -- the reporting verb or phrase
                  speaker TEXT,
                  speaker_start INTEGER, speaker_end INTEGER,
                  speaker_actor INTEGER REFERENCES actors(num),
                  PRIMARY KEY (article_id, start, "end")
                ) WITHOUT ROWID;
                INSERT OR IGNORE INTO quote_rows
                  SELECT q.article_id, q.start, q."end", q.kind, q.cue, q.speaker, q.speaker_start, q.speaker_end, ac.num
                  FROM quotes q LEFT JOIN actors_v4 ac ON ac.id = q.speaker_actor_id;
                CREATE TABLE quote_via_rows (
                  article_id INTEGER NOT NULL REFERENCES articles(id),
                  quote_start INTEGER NOT NULL, quote_end INTEGER NOT NULL,   -- the quote (its key in quote_rows)
                  position INTEGER NOT NULL,            -- 0: the source the speaker cites, 1: the one it cites, …
                  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                  link TEXT NOT NULL,                   -- the linking phrase (استنادًا إلى، نقلًا عن …)
                  description TEXT NOT NULL,            -- in English: "unnamed sources", "unnamed official (Iraq)"
                  PRIMARY KEY (article_id, quote_start, quote_end, position)
                ) WITHOUT ROWID;
                CREATE TABLE date_rows (
                  article_id INTEGER NOT NULL REFERENCES articles(id),
                  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                  value TEXT NOT NULL,                  -- ISO 8601 date, month (YYYY-MM), week or year
                  kind TEXT NOT NULL,                   -- absolute, hijri, relative
                  granularity TEXT NOT NULL,            -- day, week, month, year
                  PRIMARY KEY (article_id, start)
                ) WITHOUT ROWID;
                INSERT OR IGNORE INTO date_rows
                  SELECT article_id, start, "end", value, kind, granularity FROM dates;
                DROP TABLE article_actors;
                DROP TABLE mentions;
                DROP TABLE quotes;
                DROP TABLE dates;
                DROP TABLE actors;
                ALTER TABLE actors_v4 RENAME TO actors;
                CREATE VIEW article_actors(article_id, actor_id, mentions) AS
                  SELECT aa.article_id, ac.id, aa.mentions FROM article_actor_rows aa JOIN actors ac ON ac.num = aa.actor;
                CREATE VIEW mentions(article_id, start, "end", text, type, actor_id) AS
                  SELECT m.article_id, m.start, m."end", substr(a.text, m.start + 1, m."end" - m.start), m.type, ac.id
                  FROM mention_rows m JOIN articles a ON a.id = m.article_id LEFT JOIN actors ac ON ac.num = m.actor;
                CREATE VIEW quotes(article_id, start, "end", text, kind, cue, speaker, speaker_start, speaker_end,
                    speaker_actor_id) AS
                  SELECT q.article_id, q.start, q."end", substr(a.text, q.start + 1, q."end" - q.start), q.kind, q.cue,
                    q.speaker, q.speaker_start, q.speaker_end, ac.id
                  FROM quote_rows q JOIN articles a ON a.id = q.article_id LEFT JOIN actors ac ON ac.num = q.speaker_actor;
                CREATE VIEW quote_via(article_id, quote_start, quote_end, position, start, "end", text, link, description) AS
                  SELECT v.article_id, v.quote_start, v.quote_end, v.position, v.start, v."end",
                    substr(a.text, v.start + 1, v."end" - v.start), v.link, v.description
                  FROM quote_via_rows v JOIN articles a ON a.id = v.article_id;
                CREATE VIEW dates(article_id, start, "end", text, value, kind, granularity) AS
                  SELECT d.article_id, d.start, d."end", substr(a.text, d.start + 1, d."end" - d.start), d.value, d.kind,
                    d.granularity
                  FROM date_rows d JOIN articles a ON a.id = d.article_id;
                """)
        }
        return m
    }
}
