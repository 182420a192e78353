import Testing
@testable import KhabarActors

@Suite struct BadInputTests {
    static let resolver = try! ActorResolver.shared()

    @Test(arguments: ["", " ", "Hello world, no Arabic here.", "١٢٣ 456 ... !!!", "#", "#_", "بوتين", "\u{200F}\u{FEFF}"])
    func oddInputGivesSensibleOutput(_ text: String) {
        let r = Self.resolver.resolve(text, date: 20261130)
        let n = text.unicodeScalars.count
        for m in r.mentions { #expect(m.start >= 0 && m.end <= n && m.start < m.end) }
        for m in r.mentions where m.actor != nil { #expect(r.actor(m.actor) != nil) }
    }

    @Test func oneWordArticleFindsItsActor() {
        let r = Self.resolver.resolve("بوتين", date: 20261130)
        #expect(r.actors.map(\.nameEn) == ["Vladimir Putin"])
    }

    @Test func latinNamesInsideArabicText() {
        let r = Self.resolver.resolve("نقلت شبكة CNN عن مصادر أن BBC لم ترد.", date: 20261130)
        #expect(r.actors.contains { $0.nameEn == "CNN" })
        #expect(r.actors.contains { $0.nameEn == "BBC" })
    }

    /// A 1 MB "sentence" with no punctuation: every repeated mention is found (the scan is linear;
    /// its speed is measured by `khabar bench actors`, not here).
    @Test func oneMegabyteWithoutPunctuation() {
        let unit = "كلمة موسكو وزير الخارجية الروسي سيرغي لافروف نص "
        let reps = 1_000_000 / unit.utf8.count
        let text = String(repeating: unit, count: reps)
        let r = Self.resolver.resolve(text, date: 20261130)
        #expect(r.mentions.filter { $0.text == "موسكو" }.count == reps)
        #expect(r.actors.contains { $0.nameEn == "Sergey Lavrov" })
    }
}
