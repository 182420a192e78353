import ArabicText
import Testing

@testable import KhabarQuotes

/// One case per inflection rule of ``CueLexicon``.
struct CueLexiconTests {
    static let norm = ArabicNormalizer(.search)

    @Test(arguments: [
        ("C1 past 3ms", "قال", "قال", Gender.masculine, GrammaticalNumber.singular),
        ("C1 past 3fs", "قالت", "قال", .feminine, .singular),
        ("C1 past 3mp", "قالوا", "قال", .masculine, .plural),
        ("C1 past 3md", "أكدا", "أكد", .masculine, .dual),
        ("C1 hollow 1s", "قلت", "قال", .unknown, .singular),
        ("C1 defective 3fs", "رأت", "رأى", .feminine, .singular),
        ("C1 defective 3mp", "دعوا", "دعا", .masculine, .plural),
        ("C1 defective 3fs nafa", "نفت", "نفى", .feminine, .singular),
        ("C1 shadda stripped", "صرّح", "صرح", .masculine, .singular),
        ("C2 imperfect 3ms", "يقول", "قال", .masculine, .singular),
        ("C2 imperfect 3fs", "تقول", "قال", .feminine, .singular),
        ("C2 imperfect 3mp", "يقولون", "قال", .masculine, .plural),
        ("C2 defective imperfect plural", "يرون", "رأى", .masculine, .plural),
        ("C3 participle masc", "مضيفًا", "أضاف", .masculine, .singular),
        ("C3 participle fem", "مؤكدة", "أكد", .feminine, .singular),
        ("C3 participle no tanween", "معتبرا", "اعتبر", .masculine, .singular),
        ("C4 masdar + his", "قوله", "قال", .masculine, .singular),
        ("C4 masdar + her", "قولها", "قال", .feminine, .singular),
        ("C5 object pronoun", "وصفه", "وصف", .masculine, .singular),
        ("C5 object after 3fs", "وصفتهم", "وصف", .feminine, .singular),
        ("C6 proclitic waw", "وقال", "قال", .masculine, .singular),
        ("C6 proclitic fa", "فأكد", "أكد", .masculine, .singular),
        ("C6 waw + 3fs", "وأضافت", "أضاف", .feminine, .singular),
    ])
    func inflects(rule: String, word: String, lemma: String, gender: Gender, number: GrammaticalNumber) throws {
        let form = try #require(CueLexicon.shared.lookup(Self.norm.normalize(word)), "\(rule)")
        #expect(form.lemma.text == Self.norm.normalize(lemma), "\(rule)")
        #expect(form.gender == gender, "\(rule)")
        #expect(form.number == number, "\(rule)")
    }

    @Test(arguments: ["الحرب", "موسكو", "بين", "عبر", "المفاوضات", "وزير"])
    func ignoresOtherWords(word: String) {
        #expect(CueLexicon.shared.lookup(Self.norm.normalize(word)) == nil)
    }

    @Test func generatesEveryTableEntry() {
        for entry in CueVerbs.table {
            #expect(CueLexicon.shared.lookup(Self.norm.normalize(entry.past)) != nil, "\(entry.past)")
            #expect(CueLexicon.shared.lookup(Self.norm.normalize(entry.imperfect)) != nil, "\(entry.imperfect)")
        }
    }
}
