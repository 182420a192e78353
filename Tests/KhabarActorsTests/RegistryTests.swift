import Testing
@testable import KhabarActors

@Suite struct RegistryTests {
    @Test func bundledRegistryLoads() throws {
        let r = try ActorRegistry.bundled()
        #expect(r.entries.count > 1000)
        #expect(r.countryIndex["RUS"] != nil)
        #expect(r.demonymIndex["USA"] != nil)
    }
}
