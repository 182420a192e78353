import Testing
@testable import ArabicText

/// One case per rule of ``ArabicStemmer``.
struct StemmerTests {
    @Test(arguments: [
        ("P1 al", "الحسن", "حسن"), ("P1 wal", "والحسن", "حسن"), ("P1 bal", "بالحسن", "حسن"),
        ("P1 kal", "كالحسن", "حسن"), ("P1 fal", "فالحسن", "حسن"), ("P1 ll", "للاخر", "اخر"),
        ("P1 wa", "وحسن", "حسن"), ("P1 wa needs 4 letters", "ولد", "ولد"), ("P1 al needs 2 more", "الو", "الو"),
        ("P2 ha", "زوجها", "زوج"), ("P2 an", "ساهدان", "ساهد"), ("P2 at", "ساهدات", "ساهد"),
        ("P2 wn", "ساهدون", "ساهد"), ("P2 yn", "ساهدين", "ساهد"), ("P2 yh", "ساهديه", "ساهد"),
        ("P2 yp", "ساهدية", "ساهد"), ("P2 h", "ساهده", "ساهد"), ("P2 p", "ساهدة", "ساهد"),
        ("P2 y", "ساهدي", "ساهد"), ("P1+P2", "وساهدون", "ساهد"), ("P2 twice", "ساهدهات", "ساهد"),
        ("non-Arabic", "English", "English"), ("empty", "", ""),
    ])
    func lucene(rule: String, input: String, expected: String) {
        #expect(ArabicStemmer(.lucene).stem(input) == expected, "\(rule)")
    }

    @Test(arguments: [
        ("K1 article", "المفاوضات", "مفاوض"),
        ("K1 preposition + article", "بالمفاوضات", "مفاوض"),
        ("K1 conjunction + preposition + article", "وبالمفاوضات", "مفاوض"),
        ("K1 fa + lil", "فللمفاوضات", "مفاوض"),
        ("K1 future with conjunction", "وسيعلن", "يعلن"),
        ("K1 future", "ستعلن", "تعلن"),
        ("K1 preposition alone", "لمفاوضات", "مفاوض"),
        ("K2 preposition needs 4 letters left", "بيت", "بيت"),
        ("K2 conjunction needs 3 letters left", "ولد", "ولد"),
        ("K3 pronoun hum", "مفاوضاتهم", "مفاوض"),
        ("K3 pronoun kuma", "كتابكما", "كتاب"),
        ("K3 pronoun na", "حكومتنا", "حكوم"),
        ("K5 open teh needs 3 letters", "بيتنا", "بيت"),
        ("K5 after ha", "لمساعدتها", "مساعد"),
        ("K5 then K4", "مسؤوليتها", "مسؤول"),
        ("K5 not on the plural", "قدراتهم", "قدر"),
        ("K3 keeps short stems", "همهم", "همهم"),
        ("same stem for variants", "والمفاوضات", "مفاوض"),
        ("non-Arabic unchanged (after normalization)", "Rubio", "rubio"),
    ])
    func search(rule: String, input: String, expected: String) {
        let n = ArabicNormalizer(.search).normalize(input)
        #expect(ArabicStemmer(.search).stem(n) == expected, "\(rule)")
    }

    /// What search needs: the forms a reader types find each other.
    @Test(arguments: [
        ("المفاوضات", "بالمفاوضات"), ("الحكومة", "حكومتنا"), ("يكون", "وسيكون"), ("كتاب", "كتابكما"),
        ("الأميركي", "والأميركيين"), ("إيران", "لإيران"), ("المنطقة", "للمنطقة"),
    ])
    func variantsShareStem(a: String, b: String) {
        let n = ArabicNormalizer(.search), s = ArabicStemmer(.search)
        #expect(s.stem(n.normalize(a)) == s.stem(n.normalize(b)))
    }
}
