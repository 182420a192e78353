import Testing

@testable import ArabicText

/// The lexicon key is the `search` normalization with teh marbuta kept, and the analysis's fast
/// letter path hashes exactly like the general one.
struct LexiconKeyTests {
    @Test(arguments: [
        ("alef forms fold", "أإآٱ", "اااا"),
        ("alef maksura folds", "على", "علي"),
        ("teh marbuta is kept", "مدينة", "مدينة"),
        ("marks and tatweel go", "مُـدِيـنَةٌ", "مدينة"),
        ("Persian letters fold", "کی", "كي"),
    ])
    func keyRules(rule: String, word: String, key: String) {
        #expect(LexiconKey.hash(word) == LexiconKey.hash(key), "\(rule)")
    }

    @Test func searchNormalizerAgreesExceptTehMarbuta() {
        let search = ArabicNormalizer(.search)
        for cp in UInt32(0x0600)...UInt32(0x06FF) where cp != CodePoint.tehMarbuta {
            guard let s = Unicode.Scalar(cp) else { continue }
            let word = "ب" + String(Character(s)) + "ب"
            #expect(LexiconKey.hash(word) == LexiconKey.hash(search.normalize(word)), "U+\(String(cp, radix: 16))")
        }
    }

    @Test func fastLetterPathMatchesGeneralPath() {
        for cp in UInt32(0x0621)...UInt32(0x064A) where cp != CodePoint.tatweel {
            var fast = LexiconKey()
            fast.addArabicLetter(cp)
            var general = LexiconKey()
            general.add(cp)
            #expect(fast.value == general.value, "U+\(String(cp, radix: 16))")
        }
    }
}
