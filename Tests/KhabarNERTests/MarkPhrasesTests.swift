import Testing

@testable import KhabarNER

/// ``FeatureExtractor/markPhrases(_:_:)`` skips the look-ups that ``NERLexicon/phrasePrefixes``
/// rule out; the marks are those of trying every length at every position.
struct MarkPhrasesTests {
    static let sentences: [String] = [
        "وقال الرئيس الأمريكي دونالد ترامب في واشنطن إن المحادثات مستمرة",
        "التقى وزير الخارجية الروسي سيرغي لافروف نظيره في موسكو",
        "وقالت صحيفة نيويورك تايمز إن مجلس الأمن الدولي والأمم المتحدة اجتمعا في الولايات المتحدة الأمريكية",
        "أعلنت منظمة الصحة العالمية وجامعة الدول العربية وبنك الاستثمار الأوروبي عن خطة",
        "وسافر وأبو حماد إلى بالولايات المتحدة مع ابتهال الأحمد ووزير الخارجية",
        "ترامب",
        "قال Emmanuel Macron في باريس ١٢٣ !!!",
    ]

    @Test(arguments: sentences)
    func sameMarksAsTryingEveryLength(sentence: String) throws {
        let t = try NERTagger.bundled()
        var analyzer = TokenAnalyzer(lexicon: t.lexicon)
        let tokens = sentence.split(separator: " ").map(String.init)
        let plain = tokens.map { analyzer.analyze($0) }
        var fast = plain, reference = plain
        FeatureExtractor.markPhrases(&fast, t.lexicon)
        Self.markEveryLength(&reference, t.lexicon)
        #expect(fast.map(\.phrase) == reference.map(\.phrase))
        #expect(fast.map(\.phraseBegin) == reference.map(\.phraseBegin))
        #expect(fast.map(\.cue) == reference.map(\.cue))
    }

    /// The sentences above do contain gazetteer phrases (else the comparison proves little).
    @Test func sentencesHavePhrases() throws {
        let t = try NERTagger.bundled()
        var analyzer = TokenAnalyzer(lexicon: t.lexicon)
        var u = Self.sentences[2].split(separator: " ").map { analyzer.analyze(String($0)) }
        FeatureExtractor.markPhrases(&u, t.lexicon)
        #expect(u.contains { $0.phraseBegin })
    }

    /// The matching without the prefix table: every length from the longest down, at every position.
    static func markEveryLength(_ units: inout [TokenUnits], _ lexicon: NERLexicon) {
        let n = units.count, maxLen = min(lexicon.maxPhraseWords, 6)
        guard maxLen > 1, n > 1 else { return }
        var i = 0
        while i < n {
            let longest = min(maxLen, n - i)
            var matched = 1
            var len = longest
            while len >= 2 {
                let words = units[i..<i + len].map(\.word)
                let h = NERLexicon.phraseHash(words[...])
                let hb = NERLexicon.phraseHash(([units[i].bare] + words.dropFirst())[...])
                var mask = UInt8(truncatingIfNeeded: lexicon.gazetteerPhrases[h] ?? 0)
                if mask == 0, units[i].bare != units[i].word {
                    mask = UInt8(truncatingIfNeeded: lexicon.gazetteerPhrases[hb] ?? 0)
                }
                if mask != 0 {
                    for k in 0..<len { units[i + k].phrase = mask }
                    units[i].phraseBegin = true
                    matched = len
                    break
                }
                if let cue = lexicon.cuePhrases[h] { units[i + len - 1].cue |= UInt8(truncatingIfNeeded: cue) }
                len -= 1
            }
            i += matched
        }
    }
}
