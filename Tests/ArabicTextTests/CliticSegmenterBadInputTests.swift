import Testing

@testable import ArabicText

/// Any input: no crash, segments always concatenate to the input, split points stay inside it.
struct CliticSegmenterBadInputTests {
    static let segmenters = [
        CliticSegmenter(lexicon: nil),
        CliticSegmenter(lexicon: SegmentationLexicon(counts: ["قال": 10, "المفاوضات": 10])),
    ]

    func checkInvariants(_ word: String, _ seg: CliticSegmenter) {
        let parts = seg.segment(word)
        #expect(parts.joined() == word)
        #expect(!parts.contains(""))
    }

    @Test func empty() {
        for seg in Self.segmenters { #expect(seg.segment("") == []) }
    }

    @Test func tenThousandMarks() {
        let word = "وب" + String(repeating: "\u{064E}", count: 10_000) + "المفاوضات"
        for seg in Self.segmenters { checkInvariants(word, seg) }
        let onlyMarks = String(repeating: "\u{0651}", count: 10_000)
        for seg in Self.segmenters { #expect(seg.segment(onlyMarks) == [onlyMarks]) }
    }

    @Test func veryLongWordIsLeftWhole() {
        let word = "و" + String(repeating: "بالمفاوضات", count: 100_000)
        for seg in Self.segmenters { #expect(seg.segment(word) == [word]) }
        let tatweels = String(repeating: "ـ", count: 100_000)
        for seg in Self.segmenters { #expect(seg.segment(tatweels) == [tatweels]) }
    }

    @Test func invalidUTF8() {
        let bytes: [UInt8] = [0xD9, 0x88, 0xFF, 0xD8, 0xA8, 0xD9]  // و, invalid, ب, truncated
        for seg in Self.segmenters {
            let points = bytes.withUnsafeBufferPointer { seg.splitPoints($0) }
            #expect(points.isEmpty)
        }
    }

    @Test func randomInputKeepsInvariants() {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [UInt32] = [
            0x0648, 0x0641, 0x0628, 0x0644, 0x0643, 0x0633, 0x0627, 0x0647, 0x0627, 0x0646,
            0x064A, 0x0629, 0x0640, 0x064E, 0x0651, 0x0623, 0x0031, 0x0025, 0x0661, 0x066A,
        ]
        for _ in 0..<2_000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &rng) {
                s.append(Unicode.Scalar(alphabet.randomElement(using: &rng)!)!)
            }
            let word = String(s)
            for seg in Self.segmenters { checkInvariants(word, seg) }
            var raw = (0..<Int.random(in: 0...16, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            if Bool.random(using: &rng) { raw += [0xD9, 0x88] }
            for seg in Self.segmenters {
                let points = raw.withUnsafeBufferPointer { seg.splitPoints($0) }
                #expect(points == points.sorted() && Set(points).count == points.count)
                #expect(points.allSatisfy { $0 > 0 && $0 < raw.count })
            }
        }
    }
}
