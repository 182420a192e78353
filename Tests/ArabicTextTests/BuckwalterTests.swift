import Testing
@testable import ArabicText

struct BuckwalterTests {
    @Test(arguments: [
        ("letters", "كتب", "ktb"),
        ("harakat", "كَتَبَ", "kataba"),
        ("hamza forms", "أإآؤئء", "><|&}'"),
        ("teh marbuta and maksura", "مدرسة على", "mdrsp ElY"),
        ("shadda, tanween, sukun", "مُحَمَّدٌ مِنْ", "muHama~dN mino"),
        ("dagger alef and wasla", "هٰذا ٱلكتاب", "h`*A {lktAb"),
        ("tatweel", "ـ", "_"),
        ("Persian letters", "پچڤگ", "PJVG"),
        ("other characters pass through", "٢٠٢٢، «نعم»", "٢٠٢٢، «nEm»"),
    ])
    func forward(rule: String, arabic: String, latin: String) {
        #expect(Buckwalter.fromArabic(arabic) == latin, "\(rule)")
        #expect(Buckwalter.toArabic(latin) == arabic, "\(rule) backwards")
    }
}
