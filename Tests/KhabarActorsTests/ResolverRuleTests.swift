import Testing
@testable import KhabarActors

/// One case per resolution rule, on sentences written for these tests.
@Suite struct ResolverRuleTests {
    static let resolver = try! ActorResolver.shared()

    struct Case: CustomTestStringConvertible, Sendable {
        var rule: String
        var text: String
        /// The surface of the mention to look at.
        var mention: String
        var nameEn: String
        var cameo: String
        var date = 20261130
        var testDescription: String { "\(rule): \(mention)" }
    }

    static let cases: [Case] = [
        Case(rule: "A1 registry person", text: "وصل فلاديمير بوتين أمس.", mention: "فلاديمير بوتين", nameEn: "Vladimir Putin", cameo: "RUSGOV"),
        Case(rule: "A1 registry country", text: "تتفاوض إيران مع جيرانها.", mention: "إيران", nameEn: "Iran", cameo: "IRN"),
        Case(rule: "A1 clitic ل", text: "قدمت الصين دعما لروسيا في الملف.", mention: "لروسيا", nameEn: "Russia", cameo: "RUS"),
        Case(rule: "A1 clitic لل", text: "وجه رسالة للولايات المتحدة أمس.", mention: "للولايات المتحدة", nameEn: "United States", cameo: "USA"),
        Case(rule: "A1 registry organisation", text: "اجتمع مجلس الأمن الدولي أمس.", mention: "مجلس الأمن الدولي", nameEn: "UN Security Council", cameo: "IGOUNO"),
        Case(rule: "A2 title + registry person", text: "قال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.",
             mention: "وزير الخارجية الروسي سيرغي لافروف", nameEn: "Sergey Lavrov", cameo: "RUSGOV"),
        Case(rule: "A2 spokesperson of an organisation", text: "صرح المتحدث باسم الكرملين دميتري بيسكوف بأن اللقاء ممكن.",
             mention: "المتحدث باسم الكرملين دميتري بيسكوف", nameEn: "Dmitry Peskov", cameo: "RUSGOV"),
        Case(rule: "A2 nested organisation", text: "صرح المتحدث باسم الكرملين دميتري بيسكوف بأن اللقاء ممكن.",
             mention: "الكرملين", nameEn: "Kremlin", cameo: "RUSGOV"),
        Case(rule: "A2 title + new name: country + role", text: "قال قائد الجيش السوداني عمر حسن في بيان.",
             mention: "قائد الجيش السوداني عمر حسن", nameEn: "", cameo: "SDNMIL"),
        Case(rule: "A2 former → ELI", text: "انتقد الرئيس الفرنسي السابق محمد علي القرار.",
             mention: "الرئيس الفرنسي السابق محمد علي", nameEn: "", cameo: "FRAELI"),
        Case(rule: "A4 title without name", text: "زار وزير الخارجية السعودي القاهرة.", mention: "وزير الخارجية السعودي",
             nameEn: "Saudi Foreign Minister", cameo: "SAUGOV"),
        Case(rule: "A5 group + demonym", text: "قالت السلطات المصرية إن الطريق مغلق.", mention: "السلطات المصرية",
             nameEn: "Egyptian authorities", cameo: "EGYGOV"),
        Case(rule: "A5 people + demonym", text: "قال مسؤولون أمريكيون إن الاتفاق قريب.", mention: "مسؤولون أمريكيون",
             nameEn: "US officials", cameo: "USAGOV"),
        Case(rule: "A5 group + country name", text: "رفضت حكومة موزمبيق التقرير.", mention: "حكومة موزمبيق",
             nameEn: "Mozambican government", cameo: "MOZGOV"),
        Case(rule: "A5 group + person", text: "انتقدت إدارة ترامب القرار.", mention: "إدارة ترامب", nameEn: "Trump administration", cameo: "USAGOV"),
        Case(rule: "A6 media head + registry organisation", text: "أفادت وكالة بلومبرغ بأن الصفقة تمت.", mention: "وكالة بلومبرغ",
             nameEn: "Bloomberg", cameo: "USAMED"),
        Case(rule: "A6 media head + new name + demonym", text: "نشرت صحيفة الأيام المغربية تقريرا.", mention: "صحيفة الأيام المغربية",
             nameEn: "", cameo: "MARMED"),
        Case(rule: "A7 capital as agent", text: "رفضت موسكو الاقتراح الأخير.", mention: "موسكو", nameEn: "Moscow", cameo: "RUSGOV"),
        Case(rule: "A7 capital after a conjunction", text: "تحسنت العلاقات بين واشنطن وموسكو.", mention: "وموسكو", nameEn: "Moscow", cameo: "RUSGOV"),
        Case(rule: "A7 capital as a place", text: "عقد الاجتماع في الرياض أمس.", mention: "الرياض", nameEn: "Riyadh", cameo: "SAU"),
        Case(rule: "A7 capital with ب as a place", text: "عقد الاجتماع بواشنطن أمس.", mention: "بواشنطن", nameEn: "Washington", cameo: "USA"),
        Case(rule: "A7 Kremlin", text: "أعلن الكرملين موقفه.", mention: "الكرملين", nameEn: "Kremlin", cameo: "RUSGOV"),
        Case(rule: "A7 White House", text: "أعلن البيت الأبيض موقفه.", mention: "البيت الأبيض", nameEn: "White House", cameo: "USAGOV"),
        Case(rule: "A7 Tehran", text: "ترفض طهران الشروط.", mention: "طهران", nameEn: "Tehran", cameo: "IRNGOV"),
        Case(rule: "A7 Kyiv", text: "تطالب كييف بالمزيد.", mention: "كييف", nameEn: "Kyiv", cameo: "UKRGOV"),
        Case(rule: "A8 demonym", text: "بدأ الغزو الروسي قبل سنوات.", mention: "الروسي", nameEn: "Russia", cameo: "RUS"),
        Case(rule: "A8 demonym feminine plural form", text: "وصلت وفود أمريكية إلى المدينة.", mention: "أمريكية", nameEn: "United States", cameo: "USA"),
        Case(rule: "dated code: in office", text: "قال دونالد ترامب ذلك.", mention: "دونالد ترامب", nameEn: "Donald Trump", cameo: "USAGOV", date: 20180417),
        Case(rule: "dated code: between terms", text: "قال دونالد ترامب ذلك.", mention: "دونالد ترامب", nameEn: "Donald Trump", cameo: "USAELI", date: 20220601),
        Case(rule: "dated code: after office → ELI", text: "قال باراك أوباما ذلك.", mention: "باراك أوباما", nameEn: "Barack Obama", cameo: "USAELI"),
    ]

    @Test(arguments: cases)
    func rule(_ c: Case) throws {
        let r = Self.resolver.resolve(c.text, date: c.date)
        let m = try #require(r.mentions.first { $0.text == c.mention && $0.actor != nil }, "no mention '\(c.mention)' in \(r.mentions.map(\.text))")
        let a = try #require(r.actor(m.actor))
        #expect(a.cameo == c.cameo)
        if c.nameEn.isEmpty {
            #expect(a.transliterated && !a.nameEn.isEmpty)
        } else {
            #expect(a.nameEn == c.nameEn)
        }
        let scalars = Array(c.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.text)
    }

    struct LinkCase: Sendable, CustomTestStringConvertible {
        var rule: String
        var text: String
        var first: String
        var later: String
        var testDescription: String { rule }
    }

    static let linkCases: [LinkCase] = [
        LinkCase(rule: "A9 surname after a registry name", text: "قال ماركو روبيو إن الحوار مفيد. وأضاف روبيو أن الجولة انتهت.",
                 first: "ماركو روبيو", later: "روبيو"),
        LinkCase(rule: "A9 surname after a new name", text: "قال المحلل الموزمبيقي جوزيف هانلون إن التهريب يزداد. وأضاف هانلون أن الشرطة تعلم.",
                 first: "المحلل الموزمبيقي جوزيف هانلون", later: "هانلون"),
    ]

    @Test(arguments: linkCases)
    func link(_ c: LinkCase) throws {
        let r = Self.resolver.resolve(c.text, date: 20261130)
        let a = try #require(r.mentions.first { $0.text == c.first }, "\(r.mentions.map(\.text))")
        let b = try #require(r.mentions.first { $0.text == c.later }, "\(r.mentions.map(\.text))")
        #expect(a.actor != nil && a.actor == b.actor)
    }

    @Test func appositionTakesTheChainCode() throws {
        let r = Self.resolver.resolve("قال جوزيف دينا، المتحدث باسم الشرطة الموزمبيقية، إن التحقيق بدأ.", date: 20261130)
        let m = try #require(r.mentions.first { $0.text.hasPrefix("جوزيف دينا") })
        #expect(r.actor(m.actor)?.cameo == "MOZCOP")
    }

    @Test func adjectiveIsNotACity() {
        // الجديدة is also a Moroccan city; after a definite noun it is an adjective.
        let r = Self.resolver.resolve("ناقش الوزراء الخطة الجديدة أمس.", date: 20261130)
        #expect(!r.actors.contains { $0.nameEn == "El Jadid" })
    }

    @Test func taggerSpanBecomesATransliteratedActor() throws {
        let text = "التقى الوفد كارلوس مندوزا أمس."
        let start = Array(text.unicodeScalars).firstIndex { $0 == "ك" }!
        let r = Self.resolver.resolve(text, entities: [EntitySpan(start: start, end: start + 12, type: "PERS")], date: 20261130)
        let m = try #require(r.mentions.first { $0.rule == "tagger" })
        let a = try #require(r.actor(m.actor))
        #expect(a.type == .PER && a.transliterated && !a.nameEn.isEmpty)
    }
}
