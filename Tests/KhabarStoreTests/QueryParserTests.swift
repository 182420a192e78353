import Testing
@testable import KhabarStore

@Suite struct QueryParserTests {
    @Test(arguments: [
        ("المفاوضات", "\"المفاوضات\""),
        ("سفير الخارجية", "\"سفير\" AND \"الخارجية\""),
        ("ووجوه", "\"ووجوه\" OR \"وجوه\""),                       // a typed conjunction is optional
        ("فالمفاوضات جنيف", "(\"فالمفاوضات\" OR \"المفاوضات\") AND \"جنيف\""),
        ("ولد", "\"ولد\""),                                          // too short to carry one
        ("\"وزير الخارجية\"", "\"وزير الخارجية\""),
        ("«وزير الخارجية»", "\"وزير الخارجية\""),
        ("روبيو OR بومبيو", "\"روبيو\" OR \"بومبيو\""),
        ("ترامب NOT روسيا", "\"ترامب\" NOT \"روسيا\""),
        ("ترامب -روسيا", "\"ترامب\" NOT \"روسيا\""),
        ("مفاوض*", "\"مفاوض\" *"),
        ("(روبيو OR بومبيو) ايران", "(\"روبيو\" OR \"بومبيو\") AND \"ايران\""),
        ("a AND b", "\"a\" AND \"b\""),
        ("title:ترامب", "\"title\" AND \"ترامب\""),               // no column filters
        ("ترامب NEAR روسيا", "\"ترامب\" AND \"NEAR\" AND \"روسيا\""), // NEAR is a word
        ("x; DROP TABLE articles; --", "\"x\" AND \"DROP\" AND \"TABLE\" AND \"articles\""),
        ("^ترامب", "\"ترامب\""),
    ])
    func written(_ query: String, _ fts: String) throws {
        #expect(try SearchQuery.parse(query).fts == fts)
    }

    @Test(arguments: [
        "", "   ", "\"غير مغلق", "NOT ترامب", "-ترامب", "OR", "ترامب OR", "(ترامب", "ترامب)", "؛ -- ;",
        "ترامب NOT", "()", "\"\"",
    ])
    func malformedGetsAMessage(_ query: String) {
        #expect(throws: SearchQueryError.self) { try SearchQuery.parse(query) }
    }

    @Test func longQueriesAreRefusedWithTheLimit() {
        let long = String(repeating: "ترامب ", count: 2_000)
        #expect(throws: SearchQueryError.self) { try SearchQuery.parse(long) }
        let manyTerms = (0..<100).map { "w\($0)" }.joined(separator: " ")
        #expect(throws: SearchQueryError.self) { try SearchQuery.parse(manyTerms) }
    }
}
