import ArabicText
import Foundation
import Testing
@testable import KhabarActors

/// The byte-level tables (``KeyTable``, the transliterator's packed windows, the match keys'
/// per-scalar folds) give exactly what the `String`-keyed code they replaced gave.
@Suite struct ByteTablesTests {
    @Test func keyTableFindsEveryKeyAndNoOther() {
        let pairs = (0..<5000).map { (MatchKeys.hash(Array("k\($0)".utf8)), Int32($0)) }
        let t = KeyTable(pairs)
        for (k, v) in pairs { #expect(t[k] == v) }
        #expect(t[MatchKeys.hash(Array("absent".utf8))] == nil)
        #expect(KeyTable([]).contains(0) == false)
        #expect(KeyTable([(7, 1), (7, 2)])[7] == 1)
    }

    @Test(arguments: ["إِلَى الْمُفاوَضَاتِ", "ﻻ", "Café ٣", "كی", "ٱلقدس", "a\u{200F}b", "🙂x"])
    func wordNormalizationIsTheNormalizers(_ s: String) {
        var out: [UInt8] = []
        var t = s
        t.withUTF8 { MatchKeys().normalize($0, into: &out) }
        #expect(out == Array(ArabicNormalizer(.search).normalize(s).utf8))
    }

    /// The transliteration of the previous implementation: `Character` windows over `String` keys.
    struct Reference {
        var context: [String: String] = [:], dictionary: [String: String] = [:]
        init(_ text: String) {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false)
                if f.first == "C", f.count == 5 { context[String(f[1]) + String(f[2])] = String(f[3]) }
                else if f.first == "T", f.count == 4 { dictionary[String(f[1])] = String(f[2]) }
            }
        }
        func letters(_ folded: String) -> String {
            if let d = dictionary[folded] { return d }
            let w: [Character] = ["^", "^"] + Array(folded) + ["$", "$"]
            var out = ""
            for i in 2..<(w.count - 2) {
                let p2 = String(w[i - 2]), p1 = String(w[i - 1]), l = String(w[i]), n1 = String(w[i + 1]), n2 = String(w[i + 2])
                let keys = ["5" + p2 + p1 + l + n1 + n2, "4L" + p2 + p1 + l + n1, "4R" + p1 + l + n1 + n2, "3" + p1 + l + n1,
                            "R" + l + n1, "L" + p1 + l, "1" + l]
                for k in keys { if let c = context[k] { out += c; break } }
            }
            return out
        }
        func token(_ token: String) -> String {
            let folded = Transliterator.fold(token)
            guard !folded.isEmpty else { return token }
            func cap(_ s: String) -> String { s.first.map { $0.uppercased() + s.dropFirst() } ?? s }
            if dictionary[folded] == nil, folded.hasPrefix("ال"), folded.count > 3 { return "al-" + cap(letters(String(folded.dropFirst(2)))) }
            return cap(letters(folded))
        }
        func name(_ name: String) -> String {
            name.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map { token(String($0)) }
                .filter { !$0.isEmpty }.joined(separator: " ")
        }
    }

    @Test func transliterationMatchesTheStringImplementation() throws {
        // The model as shipped, read from the source tree.
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/KhabarActors/Resources/translit-model.tsv")
        let reference = Reference(try String(contentsOf: url, encoding: .utf8))
        let model = try Transliterator.shared()
        var names = try ActorRegistry.shared().entries.flatMap(\.arabic)
        names += ["جوزيف هانلون", "Smith", "الرئيس  ترامب\tو", "بِسْمِ ٱللَّهِ", "ب\u{0656}ن", "ال\u{06DD}قدس", "\u{06DD} علي", "x \u{0301}y",
                  "كی ۀ", "٣٤ محمد", "عبد\u{200C}الله", "a\r\nب"]
        for n in names { #expect(model.transliterate(n) == reference.name(n), "\(n)") }
    }
}

