import Testing
@testable import KhabarStore

@Suite struct TokenizerTests {
    /// Pairs whose index terms must be the same: what a user types vs what the article says.
    @Test(arguments: [
        ("بالمفاوضات", "المفاوضات"),          // clitic ب + article
        ("وللمفاوضات", "المفاوضات"),          // conjunction + لل
        ("المُفاوَضاتِ", "المفاوضات"),         // diacritics
        ("أحمد", "احمد"),                      // hamza on alef
        ("إيران", "ايران"),                    // hamza below
        ("القرآن", "القران"),                  // madda
        ("مصطفى", "مصطفي"),                   // alef maksura
        ("المدرسة", "المدرسه"),               // teh marbuta
        ("الســلام", "السلام"),                // tatweel
        ("Trump", "trump"),                    // Latin case
        ("٢٠١٨", "2018"),                      // Arabic-Indic digits
        ("#مواقع_التواصل", "مواقع التواصل"),   // hashtag parts are words (as unicode61 splits them)
        ("snake_case", "snake case"),
    ])
    func sameTerms(_ typed: String, _ written: String) {
        let t = ArabicFTS5Tokenizer()
        #expect(t.terms(typed) == t.terms(written))
        #expect(!t.terms(typed).isEmpty)
    }

    @Test(arguments: [
        ("قال الوزير: «نعم»، ثم غادر.", ["قال", "وزير", "نعم", "ثم", "غادر"]),   // punctuation dropped
        ("#المفاوضات @khabar", ["مفاوض", "khabar"]),                              // # and @ dropped
        ("؛ -- ; ()", [String]()),                                                 // nothing to index
    ])
    func terms(_ text: String, _ expected: [String]) {
        #expect(ArabicFTS5Tokenizer().terms(text) == expected)
    }

    @Test func offsetsPointAtTheOriginalToken() {
        var text = "ذهب وبالمفاوضات"
        var ranges: [Range<Int>] = []
        let t = ArabicFTS5Tokenizer()
        _ = text.withUTF8 { p in t.forEachTerm(p) { _, s, e in ranges.append(s..<e); return 0 } }
        #expect(ranges == [0..<6, 7..<(text.utf8.count)])
    }
}

@Suite struct ArchivePathTests {
    @Test(arguments: [
        (String?.some("x.sqlite"), ["KHABAR_DB": "env.sqlite"], "x.sqlite"),   // --db wins
        (nil, ["KHABAR_DB": "env.sqlite"], "env.sqlite"),                      // then KHABAR_DB
        (nil, [String: String](), "khabar.sqlite"),                            // then ./khabar.sqlite
        ("", ["KHABAR_DB": ""], "khabar.sqlite"),                              // empty values ignored
    ])
    func precedence(_ explicit: String?, _ environment: [String: String], _ expected: String) {
        #expect(Archive.path(explicit: explicit, environment: environment) == expected)
    }

    /// One tokenizer reuses its normalization buffer for every token: a long token (it grows the
    /// buffer) and the short ones after it give the terms each gives alone, in one text or many.
    @Test func theReusedBufferGivesEachTokensOwnTerm() {
        let long = String(repeating: "المُفاوَضات", count: 40)
        let words = ["بالمفاوضات", long, "وزير", "ﷲ", "٢٠١٨", "Trump", "الخارجية"]
        let shared = ArabicFTS5Tokenizer()
        let alone = words.flatMap { ArabicFTS5Tokenizer().terms($0) }
        #expect(shared.terms(words.joined(separator: " ")) == alone)
        #expect(words.flatMap { shared.terms($0) } == alone)
        #expect(alone.count == words.count)
    }
}
