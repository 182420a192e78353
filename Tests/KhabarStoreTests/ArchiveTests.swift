import Foundation
import GRDB
import KhabarCore
import Testing
@testable import KhabarStore

@Suite struct ArchiveTests {
    static let talks = Fixture.article("بدء المفاوضات في جنيف", "انطلقت المُفاوَضات بين الطرفين في جنيف اليوم بحضور وزير الخارجية أحمد.",
                                       url: "https://a.example/1", source: "Alpha", published: "2018-03-01T08:00:00Z")
    static let oil = Fixture.article("أسعار النفط ترتفع", "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار إيران.",
                                     url: "https://b.example/2", source: "Beta", published: "2018-05-10T08:00:00Z")

    func ids(_ archive: Archive, _ query: String, _ filters: SearchFilters = SearchFilters()) throws -> [String?] {
        try archive.search(try SearchQuery.parse(query), filters: filters).map(\.url)
    }

    /// What users type finds what articles say.
    @Test(arguments: ["بالمفاوضات", "المفاوضات", "مفاوضات", "وللمفاوضات", "احمد", "أحمد", "جنيف", "مفاوض*", "\"وزير الخارجية\""])
    func variantsFind(_ query: String) throws {
        let (archive, _) = try makeArchive([Self.talks, Self.oil])
        #expect(try ids(archive, query) == ["https://a.example/1"])
    }

    @Test(arguments: [
        ("النفط OR جنيف", 2), ("النفط NOT ايران", 0), ("النفط -جنيف", 1), ("\"الخارجية وزير\"", 0), ("غير موجود", 0),
    ])
    func operators(_ query: String, _ count: Int) throws {
        let (archive, _) = try makeArchive([Self.talks, Self.oil])
        #expect(try ids(archive, query).count == count)
    }

    @Test func filters() throws {
        let (archive, _) = try makeArchive([Self.talks, Self.oil])
        let q = "جنيف OR النفط"
        #expect(try ids(archive, q, SearchFilters(from: "2018-04-01")) == ["https://b.example/2"])
        #expect(try ids(archive, q, SearchFilters(to: "2018-03-01")) == ["https://a.example/1"])
        #expect(try ids(archive, q, SearchFilters(source: "beta")) == ["https://b.example/2"])
        #expect(try ids(archive, q, SearchFilters(actor: "nobody")).isEmpty)
    }

    @Test func snippetsMarkTheWordsAsWritten() throws {
        let (archive, _) = try makeArchive([Self.talks])
        let hit = try #require(try archive.search(try SearchQuery.parse("بالمفاوضات")).first)
        #expect(hit.snippet.contains(SearchHit.markOpen + "المُفاوَضات" + SearchHit.markClose))
    }

    /// The text a search reads in place is what GRDB would decode: up to the first NUL; NULL is empty.
    @Test func textColumnsInPlaceEndAtTheFirstNUL() throws {
        let db = try DatabaseQueue()
        try db.read { db in
            let statement = try db.makeStatement(sql: "SELECT CAST(x'D8A7004142' AS TEXT), NULL, 'نص', CAST(x'' AS TEXT)")
            let rows = try Row.fetchCursor(statement)
            let row = try #require(try rows.next())
            let columns = (0..<4).map { Array(Archive.text(statement.sqliteStatement, Int32($0))) }
            #expect(columns == [[0xD8, 0xA7], [], Array("نص".utf8), []])
            #expect(columns[0] == Array((row[0] as String).utf8))
        }
    }

    /// Searches with and without filters reuse their cached statements and still agree.
    @Test func repeatedSearchesGiveTheSameHits() throws {
        let (archive, _) = try makeArchive([Self.talks, Self.oil])
        let query = try SearchQuery.parse("جنيف OR النفط")
        let first = try archive.search(query)
        for filters in [SearchFilters(), SearchFilters(source: "beta"), SearchFilters()] {
            _ = try archive.search(query, filters: filters)
        }
        #expect(try archive.search(query) == first)
        #expect(first.count == 2)
    }

    @Test func sameURLAndSameContentAreStoredOnce() throws {
        let (archive, writer) = try makeArchive([Self.talks])
        var again = Self.talks
        again.category = "other"
        #expect(try writer.store([try Fixture.prepared(again)]).first == .sameURL(existing: 1))
        var copy = Self.talks
        copy.url = "https://mirror.example/1"
        copy.sections = [ArticleSection(paragraphs: ["انطلقت المفاوضات بين الطرفين في جنيف اليوم بحضور وزير الخارجية أحمد"])]
        #expect(try writer.store([try Fixture.prepared(copy)]).first == .sameContent(existing: 1))
        #expect(try archive.articleCount() == 1)
    }

    @Test func nearDuplicatesAreLinkedAndShownOnce() throws {
        let body = Fixture.paragraph(seed: 7, words: 200)
        let original = Fixture.article("خبر", body, url: "https://a.example/wire")
        let republished = Fixture.article("خبر معاد", body + " " + Fixture.paragraph(seed: 8, words: 5), url: "https://b.example/wire")
        let (archive, writer) = try makeArchive([original])
        let outcome = try writer.store([try Fixture.prepared(republished)]).first
        guard case .nearDuplicate(_, let of, let similarity)? = outcome else {
            Issue.record("expected a near-duplicate, got \(String(describing: outcome))"); return
        }
        #expect(of == 1 && similarity >= MinHash.threshold)
        let hits = try archive.search(try SearchQuery.parse(Fixture.words[0] + " OR " + Fixture.words[1]))
        #expect(hits.map(\.url) == ["https://a.example/wire"])
        #expect(hits.first?.duplicates == 1)
        // A different article is not a near-duplicate.
        let other = Fixture.article("خبر آخر", Fixture.paragraph(seed: 9, words: 200), url: "https://c.example/x")
        #expect(try writer.store([try Fixture.prepared(other)]).first == .stored(id: 3))
    }

    @Test func nearDuplicateIndexSurvivesReopening() throws {
        let body = Fixture.paragraph(seed: 11, words: 150)
        let (archive, _) = try makeArchive([Fixture.article("أ", body, url: "https://a.example/a")])
        let writer = try ArchiveWriter(archive: try Archive(path: archive.path))
        let outcome = try writer.store([try Fixture.prepared(Fixture.article("ب", body + " تحديث", url: "https://b.example/b"))])
        #expect(outcome.first.map { if case .nearDuplicate = $0 { true } else { false } } == true)
    }

    @Test func analysisLayersAreRows() throws {
        var document = try Pipeline.standard.analyze(Self.talks)
        document.actors = [Actor(id: "a1", nameAr: "أحمد", nameEn: "Ahmad", type: "PER", cameo: "GOV")]
        // Spans are scalar offsets into the text; the archive cuts the texts out of it.
        let name = try #require(Self.span("أحمد", in: document.text)), said = try #require(Self.span("بين الطرفين", in: document.text))
        document.entities = [EntityMention(start: name.lowerBound, end: name.upperBound, text: "أحمد", type: "PER", actor: "a1")]
        let minister = try #require(Self.span("وزير الخارجية", in: document.text))
        document.quotes = [Quote(start: said.lowerBound, end: said.upperBound, text: "بين الطرفين", kind: .direct,
                                 speaker: ActorSpan(start: name.lowerBound, end: name.upperBound, text: "أحمد", actor: "a1"),
                                 via: [QuoteSource(start: minister.lowerBound, end: minister.upperBound, text: "وزير الخارجية",
                                                   link: "نقلا عن", description: "foreign minister")])]
        let archive = try Archive(path: Fixture.directory() + "/t.sqlite")
        _ = try ArchiveWriter(archive: archive).store([PreparedArticle(document: document)])
        #expect(try archive.topActors(limit: 5) == [ActorCount(id: "a1", nameAr: "أحمد", nameEn: "Ahmad", type: "PER", cameo: "GOV", articles: 1, mentions: 1)])
        #expect(try archive.quotes(speaker: "Ahmad", limit: 5).map(\.text) == ["بين الطرفين"])
        #expect(try archive.quotes(speaker: "أحم", limit: 5).map(\.speaker) == ["أحمد"])
        // The sourcing chain is stored and read back with the quote.
        #expect(try archive.quotes(speaker: nil, limit: 5).first?.via
                == [QuoteVia(text: "وزير الخارجية", link: "نقلا عن", description: "foreign minister")])
        let mentions = try archive.pool.read { db in try Row.fetchAll(db, sql: "SELECT text, actor_id FROM mentions") }
        #expect(mentions.map { [$0[0], $0[1]] as [String] } == [["أحمد", "a1"]])
        #expect(try archive.quotes(speaker: "غيره", limit: 5).isEmpty)
        #expect(try archive.search(try SearchQuery.parse("جنيف"), filters: SearchFilters(actor: "أحمد")).count == 1)
    }

    /// Dates, tags and the block structure are stored too (the analysis has no JSON copy).
    @Test func datesTagsAndBlocksAreStored() throws {
        var article = Self.talks
        article.tags = ["سياسة", "جنيف"]
        article.sections = [ArticleSection(paragraphs: ["اجتمع الوزراء في 15 مارس 2018 في جنيف."])]
        let (archive, _) = try makeArchive([article])
        let row = try #require(try archive.pool.read { db in try Row.fetchOne(db, sql: "SELECT tags, blocks FROM articles") })
        #expect(row["tags"] as String? == #"["سياسة","جنيف"]"#)
        #expect((row["blocks"] as String?)?.hasPrefix(#"[["title",0,"#) == true)
        let dates = try archive.pool.read { db in try String.fetchAll(db, sql: "SELECT value FROM dates") }
        #expect(dates == ["2018-03-15"])
    }

    /// A new archive file with the schema of an older Khabar: migrated up to `migration` only.
    static func archive(migratedUpTo migration: String) throws -> (String, DatabaseQueue) {
        let path = Fixture.directory() + "/old.sqlite"
        var config = Configuration()
        config.prepareDatabase { db in db.add(tokenizer: ArabicFTS5Tokenizer.self) }
        let queue = try DatabaseQueue(path: path, configuration: config)
        try ArchiveSchema.migrator.migrate(queue, upTo: migration)
        return (path, queue)
    }

    /// An archive made before the v2 schema keeps its mentions and quotes, and loses only the JSON copy.
    @Test func v1ArchiveMigrates() throws {
        let (path, queue) = try Self.archive(migratedUpTo: "v1-analysis")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO articles(id, doc_id, text, content_hash, analysis) VALUES (1, 'd1', 'قال أحمد نعم', 'h1', '{}');
                INSERT INTO actors(id, name_ar, type) VALUES ('a1', 'أحمد', 'PER');
                INSERT INTO mentions(article_id, start, "end", text, type, actor_id) VALUES (1, 4, 8, 'أحمد', 'PER', 'a1');
                INSERT INTO quotes(article_id, start, "end", text, kind, speaker) VALUES (1, 9, 12, 'نعم', 'direct', 'أحمد');
                """)
        }
        try queue.close()
        let archive = try Archive(path: path)
        let (mentions, quotes, columns) = try archive.pool.read { db in
            (try String.fetchAll(db, sql: "SELECT text FROM mentions"), try String.fetchAll(db, sql: "SELECT text FROM quotes"),
             try db.columns(in: "articles").map(\.name))
        }
        #expect(mentions == ["أحمد"] && quotes == ["نعم"])
        #expect(!columns.contains("analysis") && columns.contains("blocks"))
    }

    /// A v3 archive (texts and text actor ids in every row) moves to offsets and integer actor keys,
    /// even when a read-only command opens it first; the views under the old names give back the
    /// same rows, and the commands read them.
    @Test func v3ArchiveMigrates() throws {
        let (path, queue) = try Self.archive(migratedUpTo: "v3-fewer-indexes")
        let text = "قال أحمد في 15 مارس 2018 إن الاتفاق قريب"
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO articles(id, doc_id, text, content_hash, published) VALUES (1, 'd1', ?, 'h1', '2018-03-15T00:00:00Z');
                INSERT INTO actors(id, name_ar, name_en, type) VALUES ('per:أحمد', 'أحمد', 'Ahmed', 'PER');
                INSERT INTO article_actors(article_id, actor_id, mentions) VALUES (1, 'per:أحمد', 1);
                INSERT INTO mentions(article_id, start, "end", text, type, actor_id) VALUES (1, 4, 8, 'أحمد', 'PER', 'per:أحمد');
                INSERT INTO quotes(article_id, start, "end", text, kind, cue, speaker, speaker_start, speaker_end, speaker_actor_id)
                  VALUES (1, 28, 40, 'الاتفاق قريب', 'indirect', 'قال', 'أحمد', 4, 8, 'per:أحمد');
                INSERT INTO dates(article_id, start, "end", text, value, kind, granularity)
                  VALUES (1, 12, 24, '15 مارس 2018', '2018-03-15', 'absolute', 'day');
                """, arguments: [text])
        }
        let before = try queue.read { db in try Self.analysisRows(db) }
        try queue.close()
        // Opened first by a command that only reads (khabar actors, quotes, search): upgraded anyway.
        let archive = try Archive(path: path, readOnly: true)
        let after = try archive.pool.read { db in try Self.analysisRows(db) }
        #expect(after == before)
        #expect(after.contains("1|28|40|الاتفاق قريب|indirect|قال|أحمد|4|8|per:أحمد"))
        #expect(try archive.topActors(limit: 5).map(\.id) == ["per:أحمد"])
        #expect(try archive.quotes(speaker: "Ahmed", limit: 5).map(\.text) == ["الاتفاق قريب"])
    }

    /// The scalar offsets of the first `part` in `text`.
    static func span(_ part: String, in text: String) -> Range<Int>? {
        guard let r = text.range(of: part) else { return nil }
        let start = text.unicodeScalars.distance(from: text.startIndex, to: r.lowerBound)
        return start..<(start + part.unicodeScalars.count)
    }

    /// A database Khabar did not make, opened by a read-only command, is not turned into an archive.
    @Test func readOnlyOpenLeavesOtherDatabasesAlone() throws {
        let path = Fixture.directory() + "/other.sqlite"
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes(body TEXT)") }
        try queue.close()
        let archive = try Archive(path: path, readOnly: true)
        #expect(throws: ArchiveError.self) { try archive.topActors(limit: 5) }
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(tables == ["notes"])
    }

    /// Every analysis row under the v3 table names, as text.
    static func analysisRows(_ db: Database) throws -> [String] {
        var rows: [String] = []
        for table in ["actors", "article_actors", "mentions", "quotes", "dates"] {
            let columns = table == "actors" ? "id, name_ar, name_en, type, cameo" : "*"
            for row in try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) ORDER BY 1, 2, 3") {
                rows.append(row.databaseValues.map { String.fromDatabaseValue($0) ?? ($0.isNull ? "∅" : "\($0)") }.joined(separator: "|"))
            }
        }
        return rows
    }

    @Test func schemaIsMigratedAndInWAL() throws {
        let (archive, _) = try makeArchive([])
        let mode = try archive.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        let applied = try archive.pool.read { db in try ArchiveSchema.migrator.appliedMigrations(db) }
        #expect(mode == "wal")
        #expect(applied == ["v1-articles", "v1-analysis", "v2-rows-only", "v3-fewer-indexes", "v4-offsets-not-copies"])
        let indexes = try archive.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        }
        #expect(indexes == ["articles_duplicate_of", "articles_published", "articles_source", "events_article", "events_code"])
    }

    /// Without the custom tokenizer (any SQLite tool) the tables read; only the FTS index needs it.
    @Test func opensWithoutTheTokenizer() throws {
        let (archive, _) = try makeArchive([Self.talks])
        let plain = try DatabaseQueue(path: archive.path)
        let title = try plain.read { db in try String.fetchOne(db, sql: "SELECT title FROM articles") }
        #expect(title == Self.talks.title)
    }

    /// Hostile search input: every one gives results or a SearchQueryError, never a database error.
    @Test(arguments: [
        "\"", "\"\"\"", "'", "';", "; DROP TABLE articles; --", "--", "/* */", "NEAR(a b)", "title:x", "x:y",
        "a OR OR b", "NOT NOT", "*", "**", "a*b*", "^x", "{a b}", "[x]", "(((((", ")))))", "\\", "\u{0}", "«", "»",
        "AND OR NOT", "ترامب\"روسيا", String(repeating: "ا", count: 10_000), String(repeating: "\" ", count: 5_000),
        String(repeating: "(", count: 10_000), String(repeating: "a OR ", count: 2_000),
    ])
    func hostileInput(_ query: String) throws {
        let (archive, _) = try makeArchive([Self.talks])
        do {
            _ = try archive.search(try SearchQuery.parse(query))
        } catch is SearchQueryError {
        }
        #expect(try archive.articleCount() == 1)
    }

    @Test func fullDiskWritesNothingOfTheBatch() throws {
        let (archive, writer) = try makeArchive([Self.talks], maxPageCount: 40)
        let big = (0..<60).map { Fixture.article("خبر \($0)", Fixture.paragraph(seed: $0, words: 800), url: "https://x.example/\($0)") }
        let error = #expect(throws: ArchiveError.self) { try writer.store(try big.map(Fixture.prepared)) }
        #expect(error?.description.contains("disk full") == true)
        #expect(try archive.articleCount() == 1)
        #expect(try archive.integrityCheck() == "ok")
    }

    @Test func readOnlyArchiveGivesAClearError() throws {
        let (archive, _) = try makeArchive([Self.talks])
        let readOnly = try Archive(path: archive.path, readOnly: true)
        let writer = try ArchiveWriter(archive: readOnly)
        let error = #expect(throws: ArchiveError.self) { try writer.store([try Fixture.prepared(Self.oil)]) }
        #expect(error?.description.contains(archive.path) == true)
        #expect(try archive.articleCount() == 1)
        #expect(throws: ArchiveError.self) { try Archive(path: Fixture.directory() + "/none.sqlite", readOnly: true) }
        #expect(throws: ArchiveError.self) { try Archive(path: "/proc/khabar/none/t.sqlite") }
    }

    @Test func readersSeeCommittedBatchesWhileAWriterWrites() async throws {
        let (archive, writer) = try makeArchive([])
        let batches = (0..<20).map { b in (0..<10).map { i in
            Fixture.article("خبر \(b)-\(i)", Fixture.paragraph(seed: b * 100 + i, words: 80), url: "https://r.example/\(b)/\(i)")
        } }
        let prepared = try batches.map { try $0.map(Fixture.prepared) }
        let query = try SearchQuery.parse(Fixture.words[2] + " OR " + Fixture.words[3])
        try await withThrowingTaskGroup(of: [Int].self) { group in
            for _ in 0..<3 {
                group.addTask {
                    var seen: [Int] = []
                    for _ in 0..<40 {
                        let n = try archive.articleCount()
                        _ = try archive.search(query, filters: SearchFilters(limit: 5))
                        seen.append(n)
                    }
                    return seen
                }
            }
            for batch in prepared { _ = try writer.store(batch) }
            for try await seen in group {
                #expect(seen == seen.sorted())           // never goes back
                #expect(seen.allSatisfy { $0 % 10 == 0 }) // never half a batch
            }
        }
        #expect(try archive.articleCount() == 200)
        #expect(try archive.integrityCheck() == "ok")
    }
}
