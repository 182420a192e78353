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
/// Letters are user-perceived characters of the folded token. The model holds only single letters
/// U+0621–U+06FF without combining marks (checked at load), so each is coded as one byte
/// (``LetterCode``) and a context window with its back-off kind packs into one `UInt64`
/// (``ContextKey``): lookups are byte work over ``KeyTable``s built once at load.
///
/// ```swift
/// try Transliterator.shared().transliterate("جوزيف هانلون")   // e.g. "Joseph Hanlon"
/// ```
public final class Transliterator: Sendable {
    /// Packed context window (``ContextKey``) → index into `chunks`.
    private let context: KeyTable
    /// The chunks' bytes, chunk `i` at `chunkStarts[i]..<chunkStarts[i + 1]`.
    private let chunkBytes: [UInt8]
    private let chunkStarts: [Int32]
    /// Dictionary tokens (T2): FNV-1a of the folded UTF-8 → index into `tokens`/`spellings`.
    private let dictionary: KeyTable
    private let tokens: [[UInt8]]
    private let spellings: [[UInt8]]
    /// How often each dictionary token was seen in training, by token (`counts[i]` for `tokens[i]`).
    let counts: [Int]
    /// How often each dictionary token was seen in training (a name-token list for the resolver).
    /// Built on each call: the resolver reads ``nameTokens(minimumCount:)`` instead.
    public var tokenCounts: [String: Int] {
        var d: [String: Int] = [:]
        for (t, c) in zip(tokens, counts) { d[String(decoding: t, as: UTF8.self)] = c }
        return d
    }

    /// The folded dictionary tokens seen at least `minimumCount` times in training (UTF-8).
    func nameTokens(minimumCount: Int) -> [[UInt8]] {
        zip(tokens, counts).filter { $0.1 >= minimumCount }.map(\.0)
    }
    private static let normalizer = ArabicNormalizer(.search)

    /// Parses the model's text form.
    public convenience init(text: String, resource: String = "translit-model.tsv") throws {
        try self.init(bytes: Array(text.utf8), resource: resource)
    }

    /// Parses the model's UTF-8 bytes: `C kind window chunk count` and `T token spelling count` lines.
    init(bytes: [UInt8], resource: String = "translit-model.tsv") throws {
        var contextPairs: [(UInt64, Int32)] = [], chunks: [[UInt8]] = []
        var dictPairs: [(UInt64, Int32)] = [], tokens: [[UInt8]] = [], spellings: [[UInt8]] = []
        var counts: [Int] = [], seen: [[UInt8]: Int] = [:]
        var lineNo = 0
        for line in bytes.split(separator: 0x0A) {
            lineNo += 1
            if line.first == UInt8(ascii: "#") { continue }
            let f = line.split(separator: 0x09, omittingEmptySubsequences: false)
            func fail() -> ActorResourceError { ActorResourceError(resource: resource, line: lineNo, message: "bad model line") }
            if f[0].elementsEqual([UInt8(ascii: "C")]), f.count == 5 {
                guard let key = ContextKey.parse(kind: f[1], window: f[2]) else { throw fail() }
                contextPairs.append((key, Int32(chunks.count)))
                chunks.append(Array(f[3]))
            } else if f[0].elementsEqual([UInt8(ascii: "T")]), f.count == 4 {
                guard LetterCode.codes(f[1]) != nil else { throw fail() }
                // Later lines replace earlier ones, as a dictionary assignment would.
                let token = Array(f[1])
                let count = Int(String(decoding: f[3], as: UTF8.self)) ?? 0
                if let k = seen[token] {
                    spellings[k] = Array(f[2])
                    counts[k] = count
                } else {
                    seen[token] = tokens.count
                    dictPairs.append((MatchKeys.hash(token), Int32(tokens.count)))
                    tokens.append(token)
                    spellings.append(Array(f[2]))
                    counts.append(count)
                }
            } else {
                throw fail()
            }
        }
        guard !contextPairs.isEmpty else { throw ActorResourceError(resource: resource, line: 0, message: "empty model") }
        // Later context lines replace earlier ones: keep the last of each key.
        var lastOf: [UInt64: Int32] = [:]
        for (k, v) in contextPairs { lastOf[k] = v }
        self.context = KeyTable(lastOf.map { ($0.key, $0.value) })
        self.chunkBytes = chunks.flatMap { $0 }
        var starts: [Int32] = [0]
        for c in chunks { starts.append(starts.last! + Int32(c.count)) }
        self.chunkStarts = starts
        self.dictionary = KeyTable(dictPairs)
        self.tokens = tokens
        self.spellings = spellings
        self.counts = counts
    }

    /// Loads the model shipped in the module's resources.
    public static func bundled() throws -> Transliterator {
        guard let url = Bundle.module.url(forResource: "translit-model", withExtension: "tsv"),
              let data = FileManager.default.contents(atPath: url.path)
        else {
            throw ActorResourceError(resource: "translit-model.tsv", line: 0, message: "resource missing from the bundle")
        }
        return try Transliterator(bytes: [UInt8](data))
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
        var token = token
        return String(decoding: token.withUTF8 { fold(bytes: $0) }, as: UTF8.self)
    }

    /// T1 over bytes: `.search` normalization, then only the scalars U+0621–U+06FF (two UTF-8 bytes,
    /// lead D8 with a second byte ≥ A1, or lead D9–DB).
    static func fold(bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var norm: [UInt8] = []
        norm.reserveCapacity(bytes.count + 8)
        normalizer.normalize(bytes, into: &norm)
        var out: [UInt8] = []
        out.reserveCapacity(norm.count)
        var i = 0
        while i < norm.count {
            let b = norm[i]
            let len = b < 0x80 ? 1 : (b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : 2))
            if len == 2, i + 1 < norm.count, (b == 0xD8 && norm[i + 1] >= 0xA1) || (b >= 0xD9 && b <= 0xDB) {
                out.append(b); out.append(norm[i + 1])
            }
            i += len
        }
        return out
    }

    /// Finished names, shared by all threads (see ``NameCache``).
    private let names = NameCache(capacity: 50_000)

    /// Transliterates a name of one or more space-separated tokens (cached per process).
    public func transliterate(_ name: String) -> String {
        names.value(for: name) { transliterateUncached(name) }
    }

    /// ``transliterate(_:)`` computed afresh.
    func transliterateUncached(_ name: String) -> String {
        var name = name
        return name.withUTF8 { u -> String in
            guard Self.splitsByBytes(u) else {
                // A separator inside a grapheme cluster: split by characters, like `String.split`.
                return String(decoding: u, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
                    .map { s -> [UInt8] in var t = String(s); return t.withUTF8 { transliterateToken($0) } }
                    .filter { !$0.isEmpty }.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
            }
            var out: [UInt8] = []
            out.reserveCapacity(u.count * 2)
            var start = 0
            for i in 0...u.count where i == u.count || Self.isSeparator(u[i]) {
                if i > start {
                    let t = transliterateToken(UnsafeBufferPointer(rebasing: u[start..<i]))
                    if !t.isEmpty {
                        if !out.isEmpty { out.append(0x20) }
                        out.append(contentsOf: t)
                    }
                }
                start = i + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    @inline(__always)
    private static func isSeparator(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 }

    /// Whether splitting at separator bytes gives the same tokens as splitting the characters: no
    /// carriage return (CR LF is one character), and each separator next to ASCII or to a plain
    /// Arabic letter (no combining mark after it, no prepended mark before it).
    private static func splitsByBytes(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<u.count {
            if u[i] == 0x0D { return false }
            guard isSeparator(u[i]) else { continue }
            if i + 1 < u.count, u[i + 1] >= 0x80 {
                guard i + 2 < u.count, LetterCode.code(u[i + 1], u[i + 2]) != nil else { return false }
            }
            if i > 0, u[i - 1] >= 0x80 {
                guard i >= 2, LetterCode.code(u[i - 2], u[i - 1]) != nil else { return false }
            }
        }
        return true
    }

    /// Transliterates one token (lower case, not capitalised) without the article rule.
    public func transliterateLetters(_ folded: String) -> String {
        var folded = folded
        return String(decoding: folded.withUTF8 { f in
            letters(f, codes: LetterCode.codes(f[...]) ?? LetterCode.characterCodes(String(decoding: f, as: UTF8.self)))
        }, as: UTF8.self)
    }

    /// T2 then T3 for a folded token and its letter codes (one per character).
    private func letters(_ folded: UnsafeBufferPointer<UInt8>, codes: [UInt8]) -> [UInt8] {
        if let d = dictionary[MatchKeys.hash(folded)], tokens[Int(d)].elementsEqual(folded) { return spellings[Int(d)] }
        var out: [UInt8] = []
        out.reserveCapacity(codes.count * 2)
        let n = codes.count
        func at(_ i: Int) -> UInt8 { i < 0 ? LetterCode.start : (i >= n ? LetterCode.end : codes[i]) }
        for i in 0..<n {
            let p2 = UInt64(at(i - 2)), p1 = UInt64(at(i - 1)), l = UInt64(codes[i]), n1 = UInt64(at(i + 1)), n2 = UInt64(at(i + 2))
            // T3 back-off, most specific first: 5, 4L, 4R, 3, R (letter, next), L (previous, letter), 1.
            let c = context[ContextKey.key(7, p2 << 32 | p1 << 24 | l << 16 | n1 << 8 | n2)]
                ?? context[ContextKey.key(5, p2 << 24 | p1 << 16 | l << 8 | n1)]
                ?? context[ContextKey.key(6, p1 << 24 | l << 16 | n1 << 8 | n2)]
                ?? context[ContextKey.key(4, p1 << 16 | l << 8 | n1)]
                ?? context[ContextKey.key(3, l << 8 | n1)]
                ?? context[ContextKey.key(2, p1 << 8 | l)]
                ?? context[ContextKey.key(1, l)]
            if let c {
                chunkBytes.withUnsafeBufferPointer { out.append(contentsOf: $0[Int(chunkStarts[Int(c)])..<Int(chunkStarts[Int(c) + 1])]) }
            }
        }
        return out
    }

    /// T1–T5 for one token's bytes.
    func transliterateToken(_ token: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let folded = Self.fold(bytes: token)
        guard !folded.isEmpty else { return Array(token) }
        return folded.withUnsafeBufferPointer { f -> [UInt8] in
            let codes = LetterCode.codes(f[...]) ?? LetterCode.characterCodes(String(decoding: f, as: UTF8.self))
            // T4: ال (letters ا ل as the first two characters) and more than three characters.
            if dictionary[MatchKeys.hash(f)].map({ !tokens[Int($0)].elementsEqual(f) }) ?? true,
               codes.count > 3, codes[0] == LetterCode.alef, codes[1] == LetterCode.lam {
                // The article's four bytes are the first two characters (plain letters).
                let rest = UnsafeBufferPointer(rebasing: f[4...])
                return Array("al-".utf8) + Self.capitalised(letters(rest, codes: Array(codes[2...])))
            }
            return Self.capitalised(letters(f, codes: codes))
        }
    }

    /// The first byte upper-cased (the model's spellings are ASCII; anything else goes through `String`).
    static func capitalised(_ s: [UInt8]) -> [UInt8] {
        guard let f = s.first else { return s }
        if f < 0x80 {
            var s = s
            if f >= 0x61 && f <= 0x7A { s[0] = f - 0x20 }
            return s
        }
        let str = String(decoding: s, as: UTF8.self)
        return Array((str.first!.uppercased() + str.dropFirst()).utf8)
    }
}
