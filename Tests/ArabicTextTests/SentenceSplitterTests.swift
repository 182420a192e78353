import Testing
@testable import ArabicText

/// One case per rule of ``SentenceSplitter`` (S1–S5).
struct SentenceSplitterTests {
    static func split(_ text: String, newlineIsBreak: Bool = true) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter(newlineIsBreak: newlineIsBreak).split(text).map {
            var s = ""
            s.unicodeScalars.append(contentsOf: scalars[$0.scalarRange])
            return s
        }
    }

    @Test(arguments: [
        ("S1 period", "ذهب. عاد.", ["ذهب.", "عاد."]),
        ("S1 Arabic question mark", "لماذا؟ لا أعرف", ["لماذا؟", "لا أعرف"]),
        ("S1 exclamation run", "رائع!! نعم", ["رائع!!", "نعم"]),
        ("S1 ellipsis", "ثم… انتهى", ["ثم…", "انتهى"]),
        ("S1 closers follow the terminal", "قال (نعم.) ثم ذهب. وعاد", ["قال (نعم.) ثم ذهب.", "وعاد"]),
        ("S2 line break", "العنوان\nالنص هنا", ["العنوان", "النص هنا"]),
        ("S2 blank line only when asked", "سطر\nتابع\n\nفقرة", ["سطر\nتابع", "فقرة"]),
        ("S3 quotation kept whole", "قال: «سنذهب. ثم نعود» وغادر.", ["قال: «سنذهب. ثم نعود» وغادر."]),
        ("S3 straight quotes", "قال \"نعم. لا\" ثم سكت. انتهى", ["قال \"نعم. لا\" ثم سكت.", "انتهى"]),
        ("S3 wire tag", "القاهرة (أ. ف. ب.) - قال الوزير.", ["القاهرة (أ. ف. ب.) - قال الوزير."]),
        ("S3 unclosed mark ignored", "قال «نعم. ثم ذهب.", ["قال «نعم.", "ثم ذهب."]),
        ("S4 title abbreviation", "قابل د. أحمد الوزير.", ["قابل د. أحمد الوزير."]),
        ("S4 glued abbreviation", "في القرن الثالث ق.م كان", ["في القرن الثالث ق.م كان"]),
        ("S4 Latin abbreviation", "Dr. Smith came. Then", ["Dr. Smith came.", "Then"]),
        ("S4 year marker ends", "في عام 2022 م. وبعد", ["في عام 2022 م.", "وبعد"]),
        ("S5 decimal number", "ارتفع 3.5 في المئة. ثم", ["ارتفع 3.5 في المئة.", "ثم"]),
    ])
    func rule(rule: String, input: String, expected: [String]) {
        let newlineIsBreak = !rule.hasPrefix("S2 blank")
        #expect(Self.split(input, newlineIsBreak: newlineIsBreak) == expected, "\(rule)")
    }

    @Test func emptyAndSpaceOnly() {
        #expect(SentenceSplitter().split("").isEmpty)
        #expect(SentenceSplitter().split("  \n\n ").isEmpty)
    }

    @Test func tokenRangesCoverAllTokens() {
        let text = "أ. ب؟ «ج.» د"
        let tokens = ArabicTokenizer().tokenize(text)
        let sentences = SentenceSplitter().split(text)
        #expect(sentences.first?.tokenRange.lowerBound == 0)
        #expect(sentences.last?.tokenRange.upperBound == tokens.count)
        for (a, b) in zip(sentences, sentences.dropFirst()) { #expect(a.tokenRange.upperBound == b.tokenRange.lowerBound) }
    }
}
