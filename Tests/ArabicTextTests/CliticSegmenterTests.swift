import Testing

@testable import ArabicText

/// One case per rule of ``CliticSegmenter`` (see its documentation), without and with a lexicon.
struct CliticSegmenterTests {
    static let rules = CliticSegmenter(lexicon: nil)

    /// A small lexicon written for these tests: counts chosen to exercise each corpus check.
    static let lexicon = SegmentationLexicon(counts: [
        "في": 300_000, "شكل": 800, "بشكل": 7_000, "أوباما": 500, "بيروت": 3_000, "وزير": 5_000,
        "الوزير": 8_000, "زير": 50, "وافق": 2_000, "ووافق": 100, "أفق": 100, "حياة": 2_000,
        "حياته": 300, "بنك": 600, "البنك": 900, "بن": 5_000, "ينفقوا": 50, "السلام": 4_000,
        "فيلم": 3_000, "يلم": 5, "قال": 12_000, "وقال": 19_000, "المفاوضات": 2_000, "يكون": 4_000,
        "أضاف": 440, "وأضاف": 8_600, "ألغى": 300, "حلفاء": 200, "دورة": 900, "دور": 1_100,
        "عيدا": 16, "بعيدا": 640, "حلول": 330, "بحلول": 1_000, "وبحلول": 130, "ريس": 23, "كريس": 111,
        "رئيس": 10_000, "كرئيس": 170, "نرى": 288, "ونرى": 28, "كونرى": 3, "فكرة": 600, "كرة": 3_600, "الفكرة": 190,
    ])
    static let full = CliticSegmenter(lexicon: lexicon)

    @Test(arguments: [
        ("R1 conjunction + preposition + article word", "وبالمفاوضات", ["و", "ب", "المفاوضات"]),
        ("R1 ل before لل keeps the rest", "للسلام", ["ل", "لسلام"]),
        ("R1 ف + article word", "فالمفاوضات", ["ف", "المفاوضات"]),
        ("R3 ل + pronoun", "له", ["ل", "ه"]),
        ("R3 ب + pronoun", "بها", ["ب", "ها"]),
        ("R3 و + independent pronoun", "وهم", ["و", "هم"]),
        ("R4 function word kept whole", "كما", ["كما"]),
        ("R4 no split inside a function word after و", "وكان", ["و", "كان"]),
        ("R5 two-letter remainder must be a function word", "بات", ["بات"]),
        ("R5 two-letter function word after و", "وقد", ["و", "قد"]),
        ("R6 particle + pronoun", "أنه", ["أن", "ه"]),
        ("R6 particle + pronoun, alef maksura spelt ي", "عليها", ["علي", "ها"]),
        ("R6 conjunction + particle + pronoun", "وغيرها", ["و", "غير", "ها"]),
        ("R6 preposition + particle + pronoun", "بأنه", ["ب", "أن", "ه"]),
        ("R7 و + three letters", "وقال", ["و", "قال"]),
        ("R7 pronoun ها after three letters", "نشرتها", ["نشرت", "ها"]),
        ("R8 س + imperfect verb", "سيكون", ["س", "يكون"]),
        ("R8 س not before a non-verb letter", "سالم", ["سالم"]),
        ("R7 س not before a word in ة", "سياسة", ["سياسة"]),
        ("R7 ف + three letters is a word", "فترة", ["فترة"]),
        ("R7 preposition + hamza-initial word", "بإجراء", ["ب", "إجراء"]),
        ("R7 ه after a stem in ت", "حياته", ["حيات", "ه"]),
        ("no pronoun after the article", "الكتابها", ["الكتابها"]),
        ("tatweel run before is its own segment", "ـلا", ["ـ", "لا"]),
        ("tatweel run after is its own segment", "فقطـ", ["فقط", "ـ"]),
        ("tatweel inside stays", "الـ84", ["الـ84"]),
        ("number after a clitic", "و2006", ["و", "2006"]),
        ("number with decimal comma after ب", "ب7,5", ["ب", "7,5"]),
        ("percent split from its number", "3%", ["3", "%"]),
        ("Arabic-Indic number and percent sign", "٣٪", ["٣", "٪"]),
        ("article + number + percent", "ال3%", ["ال", "3", "%"]),
        ("hyphenated word left whole", "الواي-فاي", ["الواي-فاي"]),
        ("Latin left whole", "Obama", ["Obama"]),
        ("single letter", "و", ["و"]),
    ])
    func rulesOnly(rule: String, word: String, expected: [String]) {
        #expect(Self.rules.segment(word) == expected, "\(rule)")
    }

    @Test(arguments: [
        ("R9 stem attested: ب + noun, marks stay on their letter", "بشكلٍ", ["ب", "شكلٍ"]),
        ("R9 stem attested: ل + name", "لأوباما", ["ل", "أوباما"]),
        ("R9 stem unattested: no split", "بيروت", ["بيروت"]),
        ("R9 stem far rarer than the word: no split", "فيلم", ["فيلم"]),
        ("R9 cliticized form more frequent than the stem still splits", "وأضاف", ["و", "أضاف"]),
        ("R10 the word takes the article: not و + stem", "وزير", ["وزير"]),
        ("R10 و attested before the word: not و + stem", "وافق", ["وافق"]),
        ("R10 the word takes the article: not stem + pronoun", "بنك", ["بنك"]),
        ("R10 a blocker seen only at the lexicon cutoff is noise", "ونرى", ["و", "نرى"]),
        ("R10 the word takes the article: not ف + stem", "فكرة", ["فكرة"]),
        ("R2 stem checked with ة for ت", "حياته", ["حيات", "ه"]),
        ("R2 stem checked with وا for و", "ينفقوها", ["ينفقو", "ها"]),
        ("R2 stem checked with ى for ا", "ألغاها", ["ألغا", "ها"]),
        ("R2 stem checked with ء for ؤ", "حلفاؤها", ["حلفاؤ", "ها"]),
        ("R2 ة is not ه: the word is not split", "دورة", ["دورة"]),
        ("R2 noun + ه", "دوره", ["دور", "ه"]),
        ("R1 ل + لل, stem checked as ال…", "للسلام", ["ل", "لسلام"]),
        ("R11 unseen word in و with an unseen remainder", "وسخالين", ["و", "سخالين"]),
        ("R8 س + attested imperfect", "سيكون", ["س", "يكون"]),
        ("R9 ك needs a stem far more frequent than the word", "كريس", ["كريس"]),
        ("R9 ك + frequent noun", "كرئيس", ["ك", "رئيس"]),
        ("R11 unseen word: proclitic before ال", "بالمؤخرات", ["ب", "المؤخرات"]),
        ("R11 unseen word: ل before لل", "للقشور", ["ل", "لقشور"]),
        ("R12 no preposition before an accusative", "بعيداً", ["بعيداً"]),
        ("R12 preposition before a genitive", "بشكلٍ", ["ب", "شكلٍ"]),
        ("R12 no pronoun after nunation", "حياةٌ", ["حياةٌ"]),
        ("R13 و + the segmentation of the rest", "وبحلول", ["و", "ب", "حلول"]),
    ])
    func withLexicon(rule: String, word: String, expected: [String]) {
        #expect(Self.full.segment(word) == expected, "\(rule)")
    }

    @Test func lexiconParsesTextFormat() throws {
        let lex = try SegmentationLexicon(text: "# comment\n12 فِي\n3 مدينة\r\n\n")
        #expect(lex.count(of: "في") == 12)
        #expect(lex.count(of: "مدينة") == 3)
        #expect(lex.count(of: "مدينه") == 0)
    }

    @Test func lexiconNamesBadLine() {
        #expect(throws: SegmentationLexiconError.self) { try SegmentationLexicon(text: "1 في\nx\n") }
        do {
            _ = try SegmentationLexicon(text: "1 في\nفي\n")
        } catch let e as SegmentationLexiconError {
            #expect(e.line == 2)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
