import Testing
@testable import KhabarActors

@Suite struct RegistryTests {
    @Test func bundledRegistryLoads() throws {
        let r = try ActorRegistry.bundled()
        #expect(r.entries.count > 1000)
        #expect(r.countryIndex["RUS"] != nil)
        #expect(r.demonymIndex["USA"] != nil)
        #expect(!r.roles.isEmpty)
    }

    @Test func demonymsCoverGendersAndNumbers() throws {
        let r = try ActorRegistry.shared()
        let forms = Set(r.demonyms[r.demonymIndex["USA"]!].forms)
        for f in ["الأميركي", "الأمريكي", "الأمريكية", "الأمريكيون", "الأميركيين", "أمريكيات", "أمريكيان"] {
            #expect(forms.contains(f), "\(f)")
        }
    }

    @Test func transliterationModelLoads() throws {
        let t = try Transliterator.bundled()
        #expect(!t.transliterate("جوزيف").isEmpty)
        #expect(t.transliterate("Smith") == "Smith")
    }

    @Test func malformedRegistryLineNamesTheLine() {
        #expect(throws: ActorResourceError.self) { try ActorRegistry(text: "# x\nE\tbroken\n") }
        do { _ = try ActorRegistry(text: "# x\nX\tbroken\n") } catch let e as ActorResourceError { #expect(e.line == 2) } catch { Issue.record("\(error)") }
    }

    struct PeriodCase: Sendable { var periods: [CodePeriod]; var day: Int; var code: String }
    static let periodCases: [PeriodCase] = [
        PeriodCase(periods: [CodePeriod(code: "USAGOV", from: 20170120, to: 20210120)], day: 20180101, code: "USAGOV"),
        PeriodCase(periods: [CodePeriod(code: "USAGOV", from: 20170120, to: 20210120)], day: 20230101, code: "USAELI"),
        PeriodCase(periods: [CodePeriod(code: "USAGOVMIL", from: 20170120, to: 20190101)], day: 20230101, code: "USAELI"),
        PeriodCase(periods: [CodePeriod(code: "RUSGOV", from: 20000507)], day: 19990101, code: "RUSGOV"),
        PeriodCase(periods: [CodePeriod(code: "IGOUNO")], day: 20261130, code: "IGOUNO"),
    ]

    @Test(arguments: periodCases)
    func codeOnADay(_ c: PeriodCase) {
        #expect(c.periods.code(on: c.day) == c.code)
    }
}
