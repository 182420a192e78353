import Testing
@testable import KhabarStore

@Suite struct SnippetTests {
    let open = SearchHit.markOpen, close = SearchHit.markClose

    func snippet(_ query: String, _ text: String) throws -> String {
        SnippetMaker(try SearchQuery.parse(query)).snippet(text)
    }

    @Test func marksTheWordsAsWrittenWhateverTheirForm() throws {
        let s = try snippet("بالمفاوضات", "انطلقت المُفاوَضات في جنيف.")
        #expect(s == "انطلقت \(open)المُفاوَضات\(close) في جنيف")
    }

    @Test func excludedTermsAreNotMarked() throws {
        let s = try snippet("النفط -ايران", "ارتفعت أسعار النفط بعد قرار إيران")
        #expect(s.contains("\(open)النفط\(close)") && !s.contains("\(open)إيران"))
    }

    @Test func prefixTermsMarkEveryCompletion() throws {
        let s = try snippet("مفاوض*", "المفاوضون والمفاوضات")
        #expect(s == "\(open)المفاوضون\(close) \(open)والمفاوضات\(close)")
    }

    /// A window of 16 tokens around the best cluster of terms, with ellipses where text is cut.
    @Test func theWindowHoldsEveryTermAndIsCut() throws {
        let filler = Array(repeating: "كلمة", count: 40).joined(separator: " ")
        let text = "وزير " + filler + " قال وزير الخارجية اليوم " + filler
        let s = try snippet("\"وزير الخارجية\"", text)
        #expect(s.hasPrefix("…") && s.hasSuffix("…"))
        #expect(s.contains("\(open)وزير\(close) \(open)الخارجية\(close)"))
        #expect(s.split(separator: " ").count == SnippetMaker.tokens)
    }

    @Test func noMatchShowsTheStart() throws {
        #expect(try snippet("غائب", "نص قصير بلا تطابق") == "نص قصير بلا تطابق")
        #expect(try snippet("غائب", "") == "")
    }

    /// The bytes read in place give the snippet of the `String`, for texts that stop early, are read
    /// to the end, or hold bytes that are not UTF-8 (repaired first, as a `String` would be).
    static let texts: [[UInt8]] = {
        let long: String = Array(repeating: "كلمة", count: 300).joined(separator: " ") + " المفاوضات في جنيف"
        let broken: [UInt8] = Array("المفاوضات ".utf8) + [0xFF, 0xD8] + Array(" جنيف".utf8)
        let brokenFirst: [UInt8] = [0xC3] + Array(" بالمفاوضات".utf8)
        return [Array("انطلقت المُفاوَضات في جنيف.".utf8), Array(long.utf8), broken, brokenFirst, []]
    }()

    @Test(arguments: texts)
    func bytesInPlaceGiveTheStringsSnippet(_ bytes: [UInt8]) throws {
        let maker = SnippetMaker(try SearchQuery.parse("بالمفاوضات"))
        let expected = maker.snippet(String(decoding: bytes, as: UTF8.self))
        #expect(bytes.withUnsafeBufferPointer { maker.snippet(utf8: $0) } == expected)
    }
}
