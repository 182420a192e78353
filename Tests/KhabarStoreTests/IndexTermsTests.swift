import Foundation
import GRDB
import ArabicText
import KhabarCore
import Testing
@testable import KhabarStore

/// Terms made ahead of the insert are exactly the tokenizer's, and the index built from them is the
/// one SQLite would build itself.
@Suite struct IndexTermsTests {
    static let text = "قال وزيرُ الخارجيّة «بالمفاوضات» في #مواقع_التواصل عام 2018، see https://a.example/x و@user."

    @Test func termsAreTheTokenizersTerms() {
        let terms = IndexTerms(Self.text)
        #expect(terms.strings == ArabicFTS5Tokenizer().terms(Self.text))
        #expect(terms.count > 8)
        #expect(terms.sourceCount == Self.text.utf8.count)
        #expect(IndexTerms("").count == 0)
    }

    @Test func givenTokensGiveTheSameTerms() {
        let tokens = ArabicTokenizer(.khabar).tokenize(Self.text)
        #expect(IndexTerms(Self.text, tokens: tokens) == IndexTerms(Self.text))
    }

    /// Tokens of another, longer text are not used (their ranges would read past this one).
    @Test func tokensThatDoNotFitAreIgnored() {
        let longer = ArabicTokenizer(.khabar).tokenize(Self.text + " " + Self.text)
        #expect(IndexTerms("قال الوزير", tokens: longer) == IndexTerms("قال الوزير"))
    }

    /// FTS5's integrity check re-tokenizes every stored column: it fails if a replayed term differs.
    @Test func replayedIndexPassesTheIntegrityCheck() throws {
        let articles = (0..<40).map { i in
            Fixture.article("عنوان \(i) " + Fixture.paragraph(seed: i, words: 5), Fixture.paragraph(seed: 100 + i, words: 80),
                            url: "https://t.example/\(i)")
        }
        let archive = try Archive(path: Fixture.directory() + "/t.sqlite")
        let writer = try ArchiveWriter(archive: archive)
        let before = try archive.pool.write { db in TermReplay.of(db)?.replayed ?? 0 }
        _ = try writer.store(try articles.map(Fixture.prepared))
        // Title and text of each article (the lede is missing); the check below tokenizes itself.
        #expect(try archive.pool.write { db in TermReplay.of(db)?.replayed ?? 0 } - before == 80)
        #expect(try archive.integrityCheck() == "ok")
        #expect(try archive.search(try SearchQuery.parse("بالمفاوضات")).count > 0)
    }

    /// A prepared article changed after its terms were made is tokenized from its bytes, not replayed.
    @Test func staleTermsAreNotUsed() throws {
        var a = try Fixture.prepared(Fixture.article("أسعار النفط", "ارتفعت أسعار النفط اليوم.", url: "https://t.example/oil"))
        a.text = "هبطت أسعار القمح في جنيف."
        let archive = try Archive(path: Fixture.directory() + "/t.sqlite")
        let writer = try ArchiveWriter(archive: archive)
        // Counted per connection address: a connection of an earlier test may have had this one's.
        let before = try archive.pool.write { db in TermReplay.of(db)?.replayed ?? 0 }
        _ = try writer.store([a])
        #expect(try archive.pool.write { db in TermReplay.of(db)?.replayed ?? 0 } - before == 1)   // the title only
        #expect(try archive.integrityCheck() == "ok")
        #expect(try archive.search(try SearchQuery.parse("القمح")).count == 1)
        #expect(try archive.search(try SearchQuery.parse("ارتفعت")).isEmpty)
    }
}
