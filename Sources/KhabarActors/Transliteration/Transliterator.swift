import ArabicText
import Foundation

/// Arabic → English transliteration of names, learned from ANETAC by
/// `scripts/train-transliteration.py` (`Resources/translit-model.tsv`).
///
/// Rules:
/// - T1 each token is folded like the training data (`ArabicNormalizer(.search)`, Arabic letters only);
/// - T2 a token seen at least twice in training takes its most frequent English spelling;
/// - T3 otherwise each letter emits the chunk learned for its context (two letters each side, word
///   edges marked), backing off to the 4-letter windows, the 3-letter window, (letter, next),
///   (previous, letter), then the letter alone;
/// - T4 a leading article ال is written `al-` (and not transliterated letter by letter);
/// - T5 the result is capitalised per token; non-Arabic tokens are kept as written.
///
/// ```swift
/// try Transliterator.shared().transliterate("جوزيف هانلون")   // e.g. "Joseph Hanlon"
/// ```
public final class Transliterator: Sendable {
    private let context: [String: String]
    private let dictionary: [String: String]
    /// How often each dictionary token was seen in training (a name-token list for the resolver).
    public let tokenCounts: [String: Int]
    private static let normalizer = ArabicNormalizer(.search)

    /// Parses the model's text form.
    public init(text: String, resource: String = "translit-model.tsv") throws {
        var context: [String: String] = [:], dictionary: [String: String] = [:], counts: [String: Int] = [:]
        var lineNo = 0
        for line in text.split(separator: "\n") {
            lineNo += 1
            if line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            if f.first == "C", f.count == 5 {
                context[String(f[1]) + String(f[2])] = String(f[3])
            } else if f.first == "T", f.count == 4 {
                dictionary[String(f[1])] = String(f[2])
                counts[String(f[1])] = Int(f[3]) ?? 0
            } else {
                throw ActorResourceError(resource: resource, line: lineNo, message: "bad model line")
            }
        }
        guard !context.isEmpty else { throw ActorResourceError(resource: resource, line: 0, message: "empty model") }
        self.context = context
        self.dictionary = dictionary
        self.tokenCounts = counts
    }

    /// Loads the model shipped in the module's resources.
    public static func bundled() throws -> Transliterator {
        guard let url = Bundle.module.url(forResource: "translit-model", withExtension: "tsv") else {
            throw ActorResourceError(resource: "translit-model.tsv", line: 0, message: "resource missing from the bundle")
        }
        return try Transliterator(text: String(contentsOf: url, encoding: .utf8))
    }

    nonisolated(unsafe) private static var cached: Transliterator?
    private static let lock = NSLock()

    /// The bundled model, loaded once per process.
    public static func shared() throws -> Transliterator {
        lock.lock(); defer { lock.unlock() }
        if let c = cached { return c }
        let t = try bundled()
        cached = t
        return t
    }

    /// Folds a token the way the model was trained (T1).
    public static func fold(_ token: String) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: normalizer.normalize(token).unicodeScalars.filter { $0.value >= 0x0621 && $0.value <= 0x06FF })
        return String(v)
    }

    /// Transliterates a name of one or more space-separated tokens.
    public func transliterate(_ name: String) -> String {
        name.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map { transliterateToken(String($0)) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Transliterates one token (lower case, not capitalised) without the article rule.
    public func transliterateLetters(_ folded: String) -> String {
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

    func transliterateToken(_ token: String) -> String {
        let folded = Self.fold(token)
        guard !folded.isEmpty else { return token }
        if dictionary[folded] == nil, folded.hasPrefix("ال"), folded.count > 3 {
            return "al-" + Self.capitalised(transliterateLetters(String(folded.dropFirst(2))))
        }
        return Self.capitalised(transliterateLetters(folded))
    }

    static func capitalised(_ s: String) -> String {
        guard let f = s.first else { return s }
        return f.uppercased() + s.dropFirst()
    }
}
