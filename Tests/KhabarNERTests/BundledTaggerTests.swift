import Foundation
import Testing

@testable import KhabarNER

/// The model shipped in the package: it loads and tags sentences written for this test.
struct BundledTaggerTests {
    static let tagger = Result { try NERTagger.bundled() }

    @Test func loadsWithItsLexicon() throws {
        let t = try Self.tagger.get()
        #expect(t.model.featureCount > 10_000)
        #expect(t.secondPass != nil)
        let c = t.lexicon.counts
        #expect(c.clusters > 10_000 && c.gazetteer > 10_000 && c.cues > 50)
    }

    @Test(arguments: [
        ("وقال الرئيس الأمريكي دونالد ترامب في واشنطن إن المحادثات مستمرة", "PERS", "دونالد ترامب"),
        ("وقال الرئيس الأمريكي دونالد ترامب في واشنطن إن المحادثات مستمرة", "LOC", "واشنطن"),
        ("التقى وزير الخارجية الروسي سيرغي لافروف نظيره في موسكو", "PERS", "سيرغي لافروف"),
        ("وصل الوفد إلى القاهرة أمس قادما من بغداد", "LOC", "القاهرة"),
    ])
    func tagsAWrittenSentence(sentence: String, type: String, name: String) throws {
        let tokens = sentence.split(separator: " ").map(String.init)
        let spans = try Self.tagger.get().entities(tokens)
        let found = spans.map { "\($0.type) " + tokens[$0.tokens].joined(separator: " ") }
        #expect(found.contains("\(type) \(name)"), "got \(found)")
    }

    /// Bad input: no crash, sensible output, a label per token.
    @Test(arguments: [
        [], [""], ["ترامب"], ["The", "president", "spoke", "in", "Paris"],
        ["قال", "Emmanuel", "Macron", "في", "باريس"], ["!!!", "…", "123", "٣٤٥", "\u{200F}"],
        ["\u{FFFD}\u{FFFD}", "ﻻ", "ـــ"],
    ] as [[String]])
    func oddInputGetsOneLabelPerToken(tokens: [String]) throws {
        let t = try Self.tagger.get()
        #expect(t.tag(tokens).count == tokens.count)
        #expect(t.tagDocument([tokens, tokens]).map(\.count) == [tokens.count, tokens.count])
    }

    @Test func noArabicTextHasNoArabicEntities() throws {
        let tokens = "the quick brown fox jumps over the lazy dog".split(separator: " ").map(String.init)
        #expect(try Self.tagger.get().entities(tokens).count <= 1)
    }

    /// A 1 MB "sentence" without punctuation, and a 1 MB single token: tagged in one go.
    @Test func hugeInputIsTagged() throws {
        let t = try Self.tagger.get()
        let words = ["قال", "الرئيس", "سامر", "في", "دمشق", "اليوم", "إن", "الوضع"]
        let tokens = (0..<140_000).map { words[$0 % words.count] }
        #expect(tokens.reduce(0) { $0 + $1.utf8.count } > 1_000_000)
        #expect(t.tag(tokens).count == tokens.count)
        #expect(t.tag([String(repeating: "ب", count: 500_000)]).count == 1)
    }
}

struct TextEntityTests {
    @Test func offsetsAreUnicodeScalarsIntoTheText() throws {
        let text = "وقال الرئيس الأمريكي دونالد ترامب في واشنطن، إن المحادثات مستمرة.\nوصل الوفد إلى القاهرة."
        let found = try BundledTaggerTests.tagger.get().entities(inText: text)
        let scalars = Array(text.unicodeScalars)
        let names = found.map { e in "\(e.type) " + String(String.UnicodeScalarView(scalars[e.scalarRange])) }
        #expect(names.contains("PERS دونالد ترامب"), "got \(names)")
        #expect(names.contains("LOC واشنطن"), "got \(names)")
        #expect(names.contains("LOC القاهرة"), "got \(names)")
    }

    @Test(arguments: ["", "   ", "Hello world.", "ترامب", String(repeating: "كلمة ", count: 200_000)])
    func oddTextDoesNotCrash(text: String) throws {
        let found = try BundledTaggerTests.tagger.get().entities(inText: text)
        let n = text.unicodeScalars.count
        #expect(found.allSatisfy { $0.scalarRange.upperBound <= n })
    }
}
