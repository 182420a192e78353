import Foundation
import Testing

@testable import KhabarQuotes

/// One case per pairing rule of ``QuoteMarks``: the texts inside the pairs found.
struct QuoteMarksTests {
    static func insides(_ text: String) -> [String] {
        let stream = TokenStream(text)
        let marks = QuoteMarks(stream)
        return marks.pairs.map { pair in
            let start = stream.tokens[pair.open].range.upperBound
            let end =
                pair.close < stream.tokens.count && stream.tokens[pair.close].cls != .newline
                ? stream.tokens[pair.close].range.lowerBound
                : (pair.close > pair.open + 1 ? stream.tokens[pair.close - 1].range.upperBound : start)
            return stream.text(start..<end).trimmingCharacters(in: .whitespaces)
        }
    }

    @Test(arguments: [
        ("Q1 guillemets", "قال «نعم» ثم", ["نعم"]),
        ("Q1 curly", "قال “نعم” ثم", ["نعم"]),
        ("Q2 straight by direction", "قال \"نعم\" ثم \"لا\"", ["نعم", "لا"]),
        (
            "Q3 same mark nested", "أكدا \"التعاون ضمن مبادرة \"الحزام\" للشراكة\".",
            ["التعاون ضمن مبادرة \"الحزام\" للشراكة", "الحزام"]
        ),
        ("Q4 inch sign", "شاشة 15\" جديدة", []),
        ("Q5 apostrophe", "it's fine", []),
        ("Q5 single marks", "خط ‘برافو‘ من", ["برافو"]),
        ("Q6 unclosed guillemet ends at paragraph", "قال «نعم\nثم", ["نعم"]),
        ("Q6 straight closes at paragraph", "قال \"نعم\nثم", ["نعم"]),
        ("Q8 doubled mark", "موضحا: \"\"أنا هنا\" ثم", ["أنا هنا"]),
    ])
    func pairs(rule: String, text: String, expected: [String]) {
        #expect(Self.insides(text).sorted() == expected.sorted(), "\(rule)")
    }

    @Test func deepNestingIsBounded() {
        let text = String(repeating: "«", count: 200) + "نص" + String(repeating: "»", count: 200)
        let marks = QuoteMarks(TokenStream(text))
        #expect(marks.pairs.count == QuoteMarks.maxDepth)
    }
}
