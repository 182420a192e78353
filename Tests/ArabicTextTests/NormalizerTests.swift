import Testing
@testable import ArabicText

/// One case per rule of ``ArabicNormalizer``, as in Lucene's TestArabicNormalizationFilter.
struct NormalizerTests {
    @Test(arguments: [
        ("L1 alef madda", "آجن", "اجن"),
        ("L1 alef hamza above", "أحمد", "احمد"),
        ("L1 alef hamza below", "إعاذ", "اعاذ"),
        ("L2 alef maksura", "بنى", "بني"),
        ("L3 teh marbuta", "فاطمة", "فاطمه"),
        ("L4 tatweel", "روبرـــــت", "روبرت"),
        ("L5 fatha", "مَبنا", "مبنا"),
        ("L5 kasra", "علِي", "علي"),
        ("L5 damma", "بُوات", "بوات"),
        ("L5 fathatan", "ولداً", "ولدا"),
        ("L5 kasratan", "ولدٍ", "ولد"),
        ("L5 dammatan", "ولدٌ", "ولد"),
        ("L5 sukun", "نلْسون", "نلسون"),
        ("L5 shadda", "هتميّ", "هتمي"),
        ("keeps dagger alef", "هٰذا", "هٰذا"),
        ("keeps digits", "٢٠٢٢", "٢٠٢٢"),
        ("keeps Latin case", "CNN", "CNN"),
        ("empty", "", ""),
    ])
    func lucene(rule: String, input: String, expected: String) {
        #expect(ArabicNormalizer(.lucene).normalize(input) == expected, "\(rule)")
    }

    @Test(arguments: [
        ("lucene rules apply", "إِلَى الْمُفاوَضَاتِ", "الي المفاوضات"),
        ("S1 dagger alef", "هٰذا", "هذا"),
        ("S1 hamza above mark", "سٔال", "سال"),
        ("S1 madda mark", "ا\u{0653}", "ا"),
        ("S2 alef wasla", "ٱلله", "الله"),
        ("S3 keheh", "کتاب", "كتاب"),
        ("S3 farsi yeh", "علی", "علي"),
        ("S3 heh goal", "ہ", "ه"),
        ("S3 heh with yeh", "ۀ", "ه"),
        ("S4 lam-alef ligature", "\u{FEFB}", "لا"),
        ("S4 allah ligature", "\u{FDF2}", "الله"),
        ("S4 final beh form", "\u{FE90}", "ب"),
        ("S4 alef hamza form folds further", "\u{FE83}", "ا"),
        ("S5 Arabic-Indic digits", "٢٠٢٢", "2022"),
        ("S5 Extended digits", "۱۹۹۸", "1998"),
        ("S5 decimal separator", "٢٫٥", "2.5"),
        ("S5 thousands separator", "١٬٠٠٠", "1,000"),
        ("S6 zero-width space", "ال\u{200B}كتاب", "الكتاب"),
        ("S6 RLM and LRM", "\u{200F}نص\u{200E}", "نص"),
        ("S6 Arabic letter mark", "\u{061C}نص", "نص"),
        ("S6 embedding controls", "\u{202B}نص\u{202C}", "نص"),
        ("S6 isolates", "\u{2067}نص\u{2069}", "نص"),
        ("S6 BOM", "\u{FEFF}نص", "نص"),
        ("S7 ASCII lower-case", "CNN Arabic", "cnn arabic"),
        ("punctuation kept", "نعم، لا؛ لماذا؟ «قال»", "نعم، لا؛ لماذا؟ «قال»"),
    ])
    func search(rule: String, input: String, expected: String) {
        #expect(ArabicNormalizer(.search).normalize(input) == expected, "\(rule)")
    }

    @Test(arguments: [
        ("tatweel", "روبرـــــت", "روبرت"),
        ("controls", "\u{200F}نص\u{202C}\u{FEFF}", "نص"),
        ("keeps harakat", "مَبنا", "مَبنا"),
        ("keeps hamza", "أحمد", "أحمد"),
        ("keeps digits", "٢٠٢٢", "٢٠٢٢"),
    ])
    func display(rule: String, input: String, expected: String) {
        #expect(ArabicNormalizer(.display).normalize(input) == expected, "\(rule)")
    }

    @Test(arguments: ArabicNormalizer.Profile.allCases)
    func idempotent(profile: ArabicNormalizer.Profile) {
        let n = ArabicNormalizer(profile)
        for s in ["إِلَى الْمُفاوَضَاتِ ﻻ ﷲ ٢٫٥ ABC", "آ\u{0653}\u{0670}ـ", "\u{FEF5}\u{FDFA}"] {
            let once = n.normalize(s)
            #expect(n.normalize(once) == once)
        }
    }
}
