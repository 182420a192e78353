import Testing
@testable import KhabarActors

/// A whole article written for this test, naming the actors of a typical news story on
/// Russian–American talks: every one must resolve with its type, English name and code.
@Suite struct ArticleTests {
    static let text = """
    ترامب يبحث مع بوتين ملف إيران
    قال وزير الخارجية الأميركي ماركو روبيو إن الحوار بين واشنطن وموسكو قد يفتح الباب لشراكات جديدة.
    وذكرت وكالة "بلومبرغ" أن موسكو مستعدة لمساعدة واشنطن في التعامل مع طهران. ومنذ عودته إلى البيت الأبيض، \
    يسعى ترامب إلى تحسين العلاقات مع روسيا. وعقد اجتماع في الرياض بين وفود أميركية وروسية.
    وقال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا ترى أن الولايات المتحدة وإيران يجب أن تتفاوضا.
    من جانبه، قال المتحدث باسم الخارجية الإيرانية، إسماعيل بقائي، خلال مؤتمر صحفي في طهران إن الوساطة طبيعية.
    وشكك ترامب في التزام كييف بالسلام، بينما وصفه وزير الخارجية الروسي سيرغي لافروف بأنه زعيم واقعي، \
    في حين انتقد الرئيس الأوكراني فولوديمير زيلينسكي الموقف. وقال روبيو إن التعاون قد يشمل تطوير القطب الشمالي. \
    وتطالب أوكرانيا بضمانات.
    """

    struct Expect: Sendable, CustomTestStringConvertible {
        var nameEn: String
        var type: ActorType
        var cameo: String
        var testDescription: String { nameEn }
    }

    static let expected: [Expect] = [
        Expect(nameEn: "Donald Trump", type: .PER, cameo: "USAGOV"),
        Expect(nameEn: "Vladimir Putin", type: .PER, cameo: "RUSGOV"),
        Expect(nameEn: "Marco Rubio", type: .PER, cameo: "USAGOV"),
        Expect(nameEn: "Dmitry Peskov", type: .PER, cameo: "RUSGOV"),
        Expect(nameEn: "Esmaeil Baghaei", type: .PER, cameo: "IRNGOV"),
        Expect(nameEn: "Sergey Lavrov", type: .PER, cameo: "RUSGOV"),
        Expect(nameEn: "Volodymyr Zelensky", type: .PER, cameo: "UKRGOV"),
        Expect(nameEn: "Bloomberg", type: .ORG, cameo: "USAMED"),
        Expect(nameEn: "Kremlin", type: .ORG, cameo: "RUSGOV"),
        Expect(nameEn: "White House", type: .ORG, cameo: "USAGOV"),
        Expect(nameEn: "Russia", type: .GPE, cameo: "RUS"),
        Expect(nameEn: "United States", type: .GPE, cameo: "USA"),
        Expect(nameEn: "Iran", type: .GPE, cameo: "IRN"),
        Expect(nameEn: "Ukraine", type: .GPE, cameo: "UKR"),
        Expect(nameEn: "Moscow", type: .GPE, cameo: "RUSGOV"),
        Expect(nameEn: "Washington", type: .GPE, cameo: "USAGOV"),
        Expect(nameEn: "Tehran", type: .GPE, cameo: "IRNGOV"),
        Expect(nameEn: "Riyadh", type: .GPE, cameo: "SAU"),
        Expect(nameEn: "Kyiv", type: .GPE, cameo: "UKRGOV"),
        Expect(nameEn: "Arctic", type: .LOC, cameo: ""),
    ]

    static let result = try! ActorResolver.shared().resolve(text, date: 20261130)

    @Test(arguments: expected)
    func actorResolves(_ e: Expect) throws {
        let a = try #require(Self.result.actors.first { $0.nameEn == e.nameEn }, "\(Self.result.actors.map(\.nameEn))")
        #expect(a.type == e.type)
        #expect(a.cameo == e.cameo)
        #expect(!a.transliterated)
    }

    @Test func surnameLinksToTheFullName() throws {
        let rubio = try #require(Self.result.actors.first { $0.nameEn == "Marco Rubio" })
        #expect(Self.result.mentions.contains { $0.text == "روبيو" && $0.actor == rubio.id })
    }

    @Test func offsetsAreScalarIndices() {
        let scalars = Array(Self.text.unicodeScalars)
        for m in Self.result.mentions {
            #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.text)
        }
    }
}
