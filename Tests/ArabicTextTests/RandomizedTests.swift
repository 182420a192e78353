import Testing
@testable import ArabicText

/// A deterministic generator, so a failure reproduces.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random bytes and random marked-up Arabic through every function of the text layer, checking the
/// invariants that must hold for any input.
struct RandomizedTests {
    /// Pieces that make hard text: letters with marks, digits of three scripts, quotes, bidi controls,
    /// presentation forms, URLs, e-mail, emoji, line breaks.
    static let pieces: [String] = [
        "ال", "كتاب", "وَ", "بِ", "ـ", "ً", "ّ", "ٰ", "آ", "أ", "إ", "ى", "ة", "ک", "ی", "ۀ", "\u{FEFB}", "\u{FDF2}",
        "٢٫٥", "١٬٠٠٠", "۱۹", "3.5%", "1,000", " ", " ", "\n", "\n\n", "«", "»", "\"", "“", "”", "(", ")", ".", "...",
        "؟", "!", "،", "؛", "\u{200F}", "\u{202B}", "\u{2067}", "\u{FEFF}", "\u{200D}", "\u{200C}", "https://a.b/c",
        "x@y.org", "#وسم", "@who", "👍🏼", "🇪🇬", "CNN", "O'Brien", "北京", "ไทย", "_", "د.", "ق.م", "\u{0301}",
    ]

    static func randomText(_ g: inout SplitMix64, pieces count: Int) -> String {
        var s = ""
        for _ in 0..<count { s += pieces[Int(g.next() % UInt64(pieces.count))] }
        return s
    }

    static func randomBytes(_ g: inout SplitMix64, count: Int) -> [UInt8] {
        (0..<count).map { _ in
            let r = g.next()
            // Bias towards the bytes of Arabic and of broken sequences.
            switch r % 4 {
            case 0: return UInt8(0xD8 + (r >> 8) % 4)
            case 1: return UInt8(0x80 + (r >> 8) % 64)
            default: return UInt8(truncatingIfNeeded: r >> 16)
            }
        }
    }

    static func checkTokens(_ tokens: [Token], byteCount: Int, scalarCount: Int) {
        var lastByte = 0, lastScalar = 0
        for t in tokens {
            #expect(t.utf8Range.lowerBound >= lastByte && t.utf8Range.upperBound <= byteCount && !t.utf8Range.isEmpty)
            #expect(t.scalarRange.lowerBound >= lastScalar && t.scalarRange.upperBound <= scalarCount && !t.scalarRange.isEmpty)
            lastByte = t.utf8Range.upperBound
            lastScalar = t.scalarRange.upperBound
        }
    }

    static func checkAll(_ text: String) {
        let bytes = text.utf8.count, scalars = text.unicodeScalars.count
        for mode in ArabicTokenizer.Mode.allCases {
            checkTokens(ArabicTokenizer(mode).tokenize(text), byteCount: bytes, scalarCount: scalars)
        }
        var last = 0
        for s in SentenceSplitter().split(text) {
            #expect(s.scalarRange.lowerBound >= last && s.scalarRange.upperBound <= scalars)
            last = s.scalarRange.upperBound
        }
        for profile in ArabicNormalizer.Profile.allCases {
            let n = ArabicNormalizer(profile)
            let once = n.normalize(text)
            #expect(n.normalize(once) == once, "\(profile) idempotent")
        }
        for word in ArabicTokenizer().tokenize(text).map({ $0.text(in: text) }) {
            for mode in ArabicStemmer.Mode.allCases {
                let stem = ArabicStemmer(mode).stem(word)
                #expect(word.utf8.count >= stem.utf8.count)
            }
        }
        for chain in LuceneAnalyzer.Chain.allCases { _ = LuceneAnalyzer(chain).analyze(text) }
    }

    @Test func randomMarkedUpArabic() {
        var g = SplitMix64(state: 20_261_130)
        for _ in 0..<400 { Self.checkAll(Self.randomText(&g, pieces: Int(g.next() % 60))) }
    }

    @Test func randomBytesRepairedFirst() {
        var g = SplitMix64(state: 7)
        for _ in 0..<300 {
            let raw = Self.randomBytes(&g, count: Int(g.next() % 200))
            let repaired = UTF8Repair(raw)
            let text = String(decoding: repaired.bytes, as: UTF8.self)
            #expect(Array(text.utf8) == repaired.bytes, "repair gives well-formed UTF-8")
            Self.checkAll(text)
        }
    }

    @Test func randomBytesThroughByteAPIs() {
        var g = SplitMix64(state: 99)
        for _ in 0..<300 {
            let raw = Self.randomBytes(&g, count: Int(g.next() % 200))
            raw.withUnsafeBufferPointer { p in
                var tokens: [Token] = []
                ArabicTokenizer(.khabar).tokenize(p, into: &tokens)
                for t in tokens { #expect(t.utf8Range.upperBound <= p.count) }
                _ = SentenceSplitter().split(p, tokens: tokens)
                var out: [UInt8] = []
                ArabicNormalizer(.search).normalize(p, into: &out)
                out.removeAll()
                Buckwalter.fromArabic(p, into: &out)
                LuceneAnalyzer(.analyzer).analyze(p) { _ in }
            }
        }
    }

    @Test func buckwalterRoundTripsArabic() {
        var g = SplitMix64(state: 3)
        let arabic = (0x0621...0x0652).compactMap { Unicode.Scalar($0) }.filter { Buckwalter.forward[Int($0.value - 0x0600)] != 0 }
            + [Unicode.Scalar(0x0670)!, Unicode.Scalar(0x0671)!, " ", "،", "٣"]
        for _ in 0..<300 {
            var s = ""
            for _ in 0..<Int(g.next() % 40) { s.unicodeScalars.append(arabic[Int(g.next() % UInt64(arabic.count))]) }
            #expect(Buckwalter.toArabic(Buckwalter.fromArabic(s)) == s)
        }
    }

    @Test func pathologicalInputs() {
        let marks = "ب" + String(repeating: "\u{064E}", count: 10_000)
        #expect(ArabicTokenizer().tokenize(marks).count == 1)
        #expect(ArabicTokenizer(.lucene).tokenize(marks).count >= 1)
        #expect(ArabicNormalizer(.search).normalize(marks) == "ب")
        let opens = String(repeating: "«", count: 5_000) + "نص. " + String(repeating: "»", count: 5_000)
        #expect(!SentenceSplitter().split(opens).isEmpty)
        let mixed = "\u{202B}English نص عربي \u{202A}more text\u{202C} ٣ 3\u{202C}"
        Self.checkAll(mixed)
        let longLine = String(repeating: "كلمة ", count: 100_000)
        #expect(ArabicTokenizer().tokenize(longLine).count == 100_000)
        #expect(SentenceSplitter().split(longLine).count == 1)
    }
}
