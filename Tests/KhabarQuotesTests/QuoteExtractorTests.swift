import Testing

@testable import KhabarQuotes

/// One case per rule of ``QuoteExtractor``, on sentences written for the test.
struct QuoteExtractorTests {
    struct Case: Sendable, CustomStringConvertible {
        var rule: String
        var text: String
        var content: String
        var kind: QuoteKind
        var speaker: String?
        var cue: String
        var description: String { rule }
    }

    static let cases: [Case] = [
        Case(
            rule: "R1 VSO indirect", text: "وقال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا مستعدة للحوار.",
            content: "روسيا مستعدة للحوار", kind: .indirect, speaker: "المتحدث باسم الكرملين دميتري بيسكوف", cue: "وقال"
        ),
        Case(
            rule: "R1 cue with preposition", text: "وقال الوزير إن الوضع هادئ. وأشار إلى أن المحادثات ستستأنف.",
            content: "المحادثات ستستأنف", kind: .indirect, speaker: "الوزير", cue: "وأشار إلى"),
        Case(
            rule: "R1 apposition after comma", text: "اعتبر المتحدث باسم الخارجية، سامي حسن، أن الخطوة طبيعية.",
            content: "الخطوة طبيعية", kind: .indirect, speaker: "المتحدث باسم الخارجية، سامي حسن", cue: "اعتبر"),
        Case(
            rule: "R1 addressee is not the speaker", text: "وقال الوزير لصحيفة الأهرام إن الزيارة مهمة.",
            content: "الزيارة مهمة", kind: .indirect, speaker: "الوزير", cue: "وقال"),
        Case(
            rule: "R2 direct after complementizer", text: "وقال الوزير إن \"الوضع خطير جدا\".",
            content: "الوضع خطير جدا", kind: .direct, speaker: "الوزير", cue: "وقال"),
        Case(
            rule: "R2 mixed", text: "وأكد الوزير أن الحكومة \"لن تتراجع\" عن قرارها.",
            content: "الحكومة \"لن تتراجع\" عن قرارها", kind: .mixed, speaker: "الوزير", cue: "وأكد"),
        Case(
            rule: "R2 colon", text: "وأضاف السفير: «سنواصل العمل حتى النهاية».",
            content: "سنواصل العمل حتى النهاية", kind: .direct, speaker: "السفير", cue: "وأضاف"),
        Case(
            rule: "R2 multi-sentence quotation", text: "وقالت المديرة: «انتهت المرحلة الأولى. تبدأ الثانية غدا».",
            content: "انتهت المرحلة الأولى. تبدأ الثانية غدا", kind: .direct, speaker: "المديرة", cue: "وقالت"),
        Case(
            rule: "R2 content stops before a participle cue",
            text: "وقال الرئيس إن الاقتصاد ينمو، مضيفا أن البطالة تتراجع.",
            content: "الاقتصاد ينمو", kind: .indirect, speaker: "الرئيس", cue: "وقال"),
        Case(
            rule: "R2 content stops at the reporter's comment", text: "وقال النائب إن القرار خاطئ، ما أثار جدلا واسعا.",
            content: "القرار خاطئ", kind: .indirect, speaker: "النائب", cue: "وقال"),
        Case(
            rule: "R3 quoted term", text: "ووصفه الرئيس بـ\"الكارثي\".",
            content: "الكارثي", kind: .direct, speaker: "الرئيس", cue: "ووصفه"),
        Case(
            rule: "R3 term after بأنه", text: "إذ وصفه وزير الخارجية سامي نور بأنه \"أول زعيم يعترف بالحقيقة\".",
            content: "أول زعيم يعترف بالحقيقة", kind: .direct, speaker: "وزير الخارجية سامي نور", cue: "وصفه"),
        Case(
            rule: "R4 SVO subject", text: "البيان قال إن الاجتماع انتهى دون اتفاق.",
            content: "الاجتماع انتهى دون اتفاق", kind: .indirect, speaker: "البيان", cue: "قال"),
        Case(
            rule: "R4 organisation in a statement", text: "قالت الوزارة في بيان إن المفاوضات متواصلة.",
            content: "المفاوضات متواصلة", kind: .indirect, speaker: "الوزارة", cue: "قالت"),
        Case(
            rule: "R4 document as speaker", text: "وأفاد تقرير أن الأسعار ارتفعت.",
            content: "الأسعار ارتفعت", kind: .indirect, speaker: "تقرير", cue: "وأفاد"),
        Case(
            rule: "R5 cue after the quotation", text: "«لن نتراجع عن موقفنا أبدا»، قال الوزير.",
            content: "لن نتراجع عن موقفنا أبدا", kind: .direct, speaker: "الوزير", cue: "قال"),
        Case(
            rule: "R6 attribution phrase after the clause",
            text: "ارتفعت الأسعار بنسبة عشرة في المئة، بحسب وزارة الاقتصاد.",
            content: "ارتفعت الأسعار بنسبة عشرة في المئة", kind: .indirect, speaker: "وزارة الاقتصاد", cue: "بحسب"),
        Case(
            rule: "R6 attribution phrase opening the sentence", text: "ووفقا للشرطة، اعتقل ثلاثة أشخاص.",
            content: "اعتقل ثلاثة أشخاص", kind: .indirect, speaker: "لشرطة", cue: "ووفقا للشرطة"),
        Case(
            rule: "R6 attribution with ما + verb", text: "تراجعت الصادرات، بحسب ما ذكرته صحيفة الحياة.",
            content: "تراجعت الصادرات", kind: .indirect, speaker: "صحيفة الحياة", cue: "بحسب ما ذكرته"),
        Case(
            rule: "R2 an initial's full stop does not end the content", text: "وقال البيان إن أمير س. غادر البلاد أمس.",
            content: "أمير س. غادر البلاد أمس", kind: .indirect, speaker: "البيان", cue: "وقال"),
        Case(
            rule: "R2 content in a relative clause ends at its comma",
            text: "وكان الرجلان، اللذان قالت الشرطة إنهما \"من أصل أجنبي\"، يحملان حقيبة.",
            content: "من أصل أجنبي", kind: .direct, speaker: "الشرطة", cue: "قالت"),
        Case(
            rule: "R4 subject fronted after كان", text: "وكانت سلمى قد أكدت أن الاتفاق صامد.",
            content: "الاتفاق صامد", kind: .indirect, speaker: "سلمى", cue: "أكدت"),
        Case(
            rule: "R4 verb-initial sentence gives a relative cue its subject",
            text: "أصدرت وزارة الدفاع بيانا قالت فيه إن حريقا اندلع في القاعدة.",
            content: "حريقا اندلع في القاعدة", kind: .indirect, speaker: "وزارة الدفاع", cue: "قالت"),
        Case(
            rule: "R6 opening phrase with a setting before the comma",
            text: "وحسب بيان النائب العام الاثنين، فإن المتهمين ثلاثة.",
            content: "المتهمين ثلاثة", kind: .indirect, speaker: "بيان النائب العام", cue: "وحسب"),
        Case(
            rule: "R4 an addressee after the cue is not the subject",
            text: "قال الرئيس إن الحوار ممكن. وقال لنظيره الفرنسي إن الحوار مستمر.",
            content: "الحوار مستمر", kind: .indirect, speaker: "الرئيس", cue: "وقال"),
        Case(
            rule: "R4 negation before a cue is not a subject",
            text: "وقال الوزير إنه لا يزال يرى أن الحل سياسي.",
            content: "الحل سياسي", kind: .indirect, speaker: "الوزير", cue: "يرى"),
        Case(
            rule: "R4 a definite apposition after a transitive cue is its object",
            text: "ووصف الرئيس الروسي فلاديمير بوتن، الجاسوس السابق، بأنه \"خائن\".",
            content: "خائن", kind: .direct, speaker: "الرئيس الروسي فلاديمير بوتن", cue: "ووصف"),
        Case(
            rule: "R4 a transitive cue with a subject before it",
            text: "غير أن روسيا تتهم المعارضة بأنها تمنع المدنيين من المغادرة.",
            content: "تمنع المدنيين من المغادرة", kind: .indirect, speaker: "روسيا", cue: "تتهم"),
        Case(
            rule: "R2 a quotation then «، و…» ends the statement",
            text: "ووصفه الرئيس بأنه \"أسوأ اتفاق في التاريخ\"، وهدد بفرض عقوبات جديدة.",
            content: "أسوأ اتفاق في التاريخ", kind: .direct, speaker: "الرئيس", cue: "ووصفه"),
        Case(
            rule: "R2 «، وهو ما» is the reporter's comment",
            text: "وقال مصدر إن انفجارين هزا المدينة، وهو ما يعيد المخاوف من التصعيد.",
            content: "انفجارين هزا المدينة", kind: .indirect, speaker: "مصدر", cue: "وقال"),
        Case(
            rule: "R4 an abbreviation inside the speaker phrase",
            text: "وقال المتحدث باسم الوزارة د. سامي الخطيب في بيان: «النتائج جيدة».",
            content: "النتائج جيدة", kind: .direct, speaker: "المتحدث باسم الوزارة د. سامي الخطيب", cue: "وقال"),
    ]

    @Test(arguments: cases)
    func extracts(c: Case) throws {
        let quotes = QuoteExtractor().extract(c.text)
        let q = try #require(
            quotes.first { $0.content.text == c.content }, "\(c.rule): got \(quotes.map(\.content.text))")
        #expect(q.kind == c.kind, "\(c.rule)")
        #expect(q.speaker?.span.text == c.speaker, "\(c.rule)")
        #expect(q.cue.text == c.cue, "\(c.rule)")
        // Offsets are scalar indices into the text.
        let scalars = Array(c.text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[q.content.start..<q.content.end])
        #expect(String(view) == c.content, "\(c.rule)")
    }

    @Test func r4ContinuationCarriesTheLastSpeaker() throws {
        let text = "قال وزير الخارجية الفرنسي إن المحادثات مثمرة.\nوأضاف أن جولة جديدة ستعقد قريبا."
        let quotes = QuoteExtractor().extract(text)
        let q = try #require(quotes.first { $0.content.text == "جولة جديدة ستعقد قريبا" })
        #expect(q.speaker?.span.text == "وزير الخارجية الفرنسي")
        #expect(q.speaker?.inferred == true)
    }

    @Test func r4GenderChoosesBetweenCandidates() throws {
        let text =
            "قالت المتحدثة باسم الوزارة إن القرار نهائي. وقال السفير إن بلاده ترفض القرار. وأضافت أن الحوار ممكن."
        let quotes = QuoteExtractor().extract(text)
        let q = try #require(quotes.first { $0.content.text == "الحوار ممكن" })
        #expect(q.speaker?.span.text == "المتحدثة باسم الوزارة")
    }

    @Test func r4PronounSuffixKeepsTheSpeaker() throws {
        let text = "وقال رئيس الوزراء إن الحكومة مستقرة. وأكد أنه سيزور المدينة غدا."
        let q = try #require(QuoteExtractor().extract(text).first { $0.content.text == "سيزور المدينة غدا" })
        #expect(q.speaker?.span.text == "رئيس الوزراء")
    }

    @Test func r4ParticipleTakesTheSentenceSubject() throws {
        let text = "وتحدثت الوزيرة عن الأزمة، قائلة: «لن نسمح بانهيار الاقتصاد»."
        let q = try #require(QuoteExtractor().extract(text).first { $0.content.text == "لن نسمح بانهيار الاقتصاد" })
        #expect(q.speaker?.span.text == "الوزيرة")
    }

    @Test func r4StatementNounAfterAppositionIsTheObject() throws {
        let text = "ونشر سامي عادل، المدير التنفيذي للنادي، تغريدة على موقعه، مؤكدا: «تعاقدنا مع المدرب الجديد»."
        let q = try #require(QuoteExtractor().extract(text).first { $0.content.text == "تعاقدنا مع المدرب الجديد" })
        #expect(q.speaker?.span.text == "سامي عادل، المدير التنفيذي للنادي")
    }

    @Test func r7ViaUnnamedSources() throws {
        let text = "أفادت وكالة \"بلومبرغ\"، استنادًا إلى مصادر غير معلنة، أن موسكو تعهدت بالمساعدة."
        let q = try #require(QuoteExtractor().extract(text).first)
        #expect(q.content.text == "موسكو تعهدت بالمساعدة")
        #expect(q.speaker?.span.text == "وكالة \"بلومبرغ\"")
        #expect(q.via.map(\.span.text) == ["مصادر غير معلنة"])
        #expect(q.via.first?.description == "unnamed sources")
    }

    @Test func r7ViaUnnamedOfficialWithCountry() throws {
        let text = "ونقلت وكالة رويترز عن مسؤول أميركي قوله إن الاتفاق بات قريبا."
        let q = try #require(QuoteExtractor().extract(text).first { $0.content.text == "الاتفاق بات قريبا" })
        #expect(q.speaker?.span.text == "وكالة رويترز")
        #expect(q.via.first?.description == "unnamed official (United States)")
    }

    @Test func r7MasdarAfterTheSourceBelongsToTheLink() throws {
        let text = "ونقلت رويترز عن مسؤول تركي قوله على تويتر: \"قدمنا موعد التسليم إلى يوليو\"."
        let quotes = QuoteExtractor().extract(text)
        #expect(quotes.count == 1)
        #expect(quotes.first?.via.first?.span.text == "مسؤول تركي")
        #expect(quotes.first?.via.first?.description == "unnamed official (Turkey)")
    }

    @Test func r8ParagraphContinuation() throws {
        let text = "وقال المدير: «انتهت المرحلة الأولى.\n«وستبدأ المرحلة الثانية غدا»."
        let quotes = QuoteExtractor().extract(text)
        let q = try #require(quotes.first { $0.content.text == "وستبدأ المرحلة الثانية غدا" })
        #expect(q.kind == .direct)
        #expect(q.speaker?.span.text == "المدير")
    }

    @Test(arguments: [
        "يذكر أن الشركة تأسست عام 1990.",
        "وأعرب الوزير عن قلقه من التصعيد.",
        "ووصلت الوفود إلى \"قاعة المؤتمرات\" صباحا.",
        "وكان حذراً من الخطوة.",
        "\"سيلفي الحرب\" تنقل رسالة المدينة إلى العالم.",
        "وأعلن الوزير عن تقديم موعد تسليم صواريخ \"إس 400 أرض جو\" إلى يوليو.",
    ])
    func r9NotQuotes(text: String) {
        #expect(QuoteExtractor().extract(text).isEmpty)
    }

    @Test func r10HintsGiveTheActor() throws {
        let text = "وقال بيسكوف إن روسيا مستعدة."
        let start = 5
        let hint = EntityHint(range: start..<(start + 6), type: "PER", actor: "dmitry-peskov", gender: .masculine)
        let q = try #require(QuoteExtractor().extract(text, entities: [hint]).first)
        #expect(q.speaker?.span.text == "بيسكوف")
        #expect(q.speaker?.actor == "dmitry-peskov")
    }
}
