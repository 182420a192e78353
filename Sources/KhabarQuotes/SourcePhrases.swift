import ArabicText

/// Attribution phrases that are not verbs: بحسب، وفقًا لـ، حسب، نقلًا عن، استنادًا إلى، على لسان، في تصريح لـ،
/// في بيان — with an optional proclitic و and an optional «ما + verb» (بحسب ما ذكرته، حسبما أعلن، وفق ما نشر).
///
/// Rules:
/// - S1 A phrase is a list of keys; a key ending in `*` matches a word with that prefix (لـ glued to its noun:
///   «وفقا لاحصاءات» — the rest of the word then starts the source).
/// - S2 `chain` phrases (استنادًا إلى، نقلًا عن، عن) right after a speaker make a `via` link, not a new quote.
struct SourcePhrases: Sendable {
    struct Phrase: Sendable {
        var keys: [String]
        /// True for phrases that cite a further source (استنادًا إلى، نقلًا عن).
        var chain: Bool
    }

    struct Match: Sendable {
        /// Last token of the phrase (the glued-ل token when the noun is inside it).
        var last: Int
        /// Token where the source's mention starts.
        var sourceStart: Int
        /// Scalar offset where the source mention starts (inside the last token for glued ل).
        var sourceScalar: Int
        var chain: Bool
    }

    static let phrases: [Phrase] = {
        let norm = ArabicNormalizer(.search)
        let raw: [([String], Bool)] = [
            (["بحسب"], false), (["حسب"], false), (["حسبما"], false), (["بحسبما"], false), (["وفق"], false),
            (["وفقا", "ل*"], false), (["وفقاً", "ل*"], false), (["طبقا", "ل*"], false), (["تبعا", "ل*"], false),
            (["على", "لسان"], false), (["في", "تصريح", "ل*"], false), (["في", "تصريحات", "ل*"], false),
            (["في", "بيان", "ل*"], false), (["في", "بيان", "صادر", "عن"], false),
            (["نقلا", "عن"], true), (["استنادا", "إلى"], true), (["استنادا", "الى"], true), (["مستندة", "إلى"], true),
            (["مستندا", "إلى"], true), (["نقلا", "عن"], true),
        ]
        return raw.map { words, chain in
            Phrase(
                keys: words.map {
                    $0.hasSuffix("*") ? norm.normalize(String($0.dropLast())) + "*" : norm.normalize($0)
                },
                chain: chain)
        }
    }()

    /// First words of the phrases, with and without a proclitic و, to skip most tokens at once.
    static let firstWords: Set<[UInt8]> = {
        var s = Set<[UInt8]>()
        for p in phrases {
            s.insert(Array(p.keys[0].utf8))
            s.insert(Array(("و" + p.keys[0]).utf8))
        }
        return s
    }()

    /// The match at every token (nil where none): computed once per text.
    static func matches(in stream: TokenStream) -> [Match?] {
        stream.tokens.indices.map { i in
            stream.tokens[i].cls == .word && firstWords.contains(Array(stream.tokens[i].key.utf8))
                ? match(at: i, in: stream) : nil
        }
    }

    /// The phrase starting at token `i`, if any.
    static func match(at i: Int, in stream: TokenStream) -> Match? {
        let tokens = stream.tokens
        guard tokens[i].cls == .word else { return nil }
        let first = tokens[i].key
        for phrase in phrases {
            var k = i
            var ok = true
            var sourceScalar = -1
            for (n, key) in phrase.keys.enumerated() {
                guard k < tokens.count, tokens[k].cls == .word else {
                    ok = false
                    break
                }
                var word = n == 0 ? first : tokens[k].key
                if n == 0 && word != key && word.hasPrefix("و") && String(word.dropFirst()) == key {
                    word = key
                }
                if key.hasSuffix("*") {
                    let prefix = String(key.dropLast())
                    guard word.hasPrefix(prefix) else {
                        ok = false
                        break
                    }
                    let rest = word.unicodeScalars.count - prefix.unicodeScalars.count
                    // "لـ" alone (tatweel removed) or glued to the noun.
                    if rest == 0 {
                        sourceScalar = -1
                        k += 1
                        continue
                    }
                    sourceScalar = tokens[k].range.lowerBound + 1
                    k += 1
                    continue
                }
                guard word == key else {
                    ok = false
                    break
                }
                k += 1
            }
            if ok {
                let last = k - 1
                if sourceScalar >= 0 {
                    return Match(last: last, sourceStart: last, sourceScalar: sourceScalar, chain: phrase.chain)
                }
                let start = min(k, tokens.count - 1)
                return Match(
                    last: last, sourceStart: k, sourceScalar: tokens[start].range.lowerBound, chain: phrase.chain)
            }
        }
        return nil
    }
}
