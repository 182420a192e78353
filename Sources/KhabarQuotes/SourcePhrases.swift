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
        /// One word of a phrase: a key, or (S1) a prefix glued to the next word.
        struct Part: Sendable {
            var key: WordKey
            var isPrefix: Bool
        }
        var parts: [Part]
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
                parts: words.map {
                    $0.hasSuffix("*")
                        ? Phrase.Part(key: WordKey(norm.normalize(String($0.dropLast()))), isPrefix: true)
                        : Phrase.Part(key: WordKey(norm.normalize($0)), isPrefix: false)
                },
                chain: chain)
        }
    }()

    /// First words of the phrases, with and without a proclitic و, to skip most tokens at once.
    static let firstWords: WordSet = {
        precondition(phrases.allSatisfy { !$0.parts[0].isPrefix }, "a phrase opens with a glued prefix")
        return WordSet(phrases.flatMap { [$0.parts[0].key, "و" + $0.parts[0].key] })
    }()

    /// For each word of ``firstWords`` (by position), the phrases it opens, in table order.
    static let phrasesByFirstWord: [[Int]] = {
        var out = [[Int]](repeating: [], count: firstWords.keys.count)
        for (p, phrase) in phrases.enumerated() {
            for w in [phrase.parts[0].key, "و" + phrase.parts[0].key] {
                let k = firstWords.index(of: w)
                if !out[k].contains(p) { out[k].append(p) }
            }
        }
        return out
    }()

    /// The match at every token (nil where none): computed once per text.
    static func matches(in stream: TokenStream) -> [Match?] {
        stream.tokens.indices.map { i in
            guard stream.tokens[i].cls == .word else { return nil }
            let k = firstWords.index(of: stream.tokens[i].key)
            return k < 0 ? nil : match(at: i, trying: phrasesByFirstWord[k], in: stream)
        }
    }

    /// The phrase starting at token `i`, if any, of the phrases `candidates` (indices into ``phrases``:
    /// those whose first word is the token's, with or without و; the first in table order wins).
    static func match(at i: Int, trying candidates: [Int], in stream: TokenStream) -> Match? {
        let tokens = stream.tokens
        guard tokens[i].cls == .word else { return nil }
        let first = tokens[i].key
        let bare = first.hasPrefix("و") ? first.droppingFirst() : nil
        for phrase in candidates.lazy.map({ phrases[$0] }) {
            var k = i
            var ok = true
            var sourceScalar = -1
            for (n, part) in phrase.parts.enumerated() {
                guard k < tokens.count, tokens[k].cls == .word else {
                    ok = false
                    break
                }
                var word = n == 0 ? first : tokens[k].key
                if n == 0 && !part.isPrefix && word != part.key && bare == part.key {
                    word = part.key
                }
                if part.isPrefix {
                    guard word.hasPrefix(part.key.text) else {
                        ok = false
                        break
                    }
                    let rest = word.scalarCount - part.key.scalarCount
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
                guard word == part.key else {
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
