import Testing
@testable import KhabarActors

/// One case per match-key rule (K1–K4) and per splitter rule (W2).
@Suite struct MatchKeysTests {
    static let keys = MatchKeys()
    static let splitter = WordSplitter()

    struct Case: Sendable, CustomTestStringConvertible {
        var rule: String
        var word: String
        /// A registry spelling one of the word's readings must equal.
        var reading: String
        var testDescription: String { "\(rule): \(word) → \(reading)" }
    }

    static let cases: [Case] = [
        Case(rule: "K1 as written, folded", word: "إيران", reading: "ايران"),
        Case(rule: "K2 و", word: "وموسكو", reading: "موسكو"),
        Case(rule: "K2 ف", word: "فطهران", reading: "طهران"),
        Case(rule: "K3 ل", word: "لروسيا", reading: "روسيا"),
        Case(rule: "K3 ب after و", word: "وبواشنطن", reading: "واشنطن"),
        Case(rule: "K3 ك", word: "كالكرملين", reading: "الكرملين"),
        Case(rule: "K3 لل → ال", word: "للأمم", reading: "الأمم"),
        Case(rule: "K3 two letters left", word: "لبي", reading: "بي"),
        Case(rule: "K4 article dropped", word: "الروسي", reading: "روسي"),
        Case(rule: "K4 article after proclitics", word: "وبالروسية", reading: "روسية"),
    ]

    @Test(arguments: cases)
    func reading(_ c: Case) throws {
        let w = try #require(Self.splitter.split(c.word).first)
        #expect(w.keys.contains(MatchKeys.hash(Self.keys.bare(c.reading))))
    }

    @Test(arguments: ["واشنطن", "ولي", "بوتين"])
    func writtenFormComesFirst(_ word: String) throws {
        let w = try #require(Self.splitter.split(word).first)
        #expect(w.keys[0] == MatchKeys.hash(Self.keys.bare(word)))
    }

    @Test(arguments: [("الروسي", true), ("والروسي", true), ("للروسي", true), ("بالروسي", true), ("روسي", false), ("لروسيا", false)])
    func definiteness(_ word: String, _ definite: Bool) throws {
        let w = try #require(Self.splitter.split(word).first)
        #expect(w.definite == definite)
    }

    @Test func hashtagSplitsAtUnderscore() {
        let ws = Self.splitter.split("#الرباعية_العربية")
        #expect(ws.filter { $0.kind == .arabic }.count == 2)
        #expect(ws.first?.kind == .punctuation)
        #expect(ws.last?.scalarEnd == "#الرباعية_العربية".unicodeScalars.count)
    }
}
