import ArabicText

/// The word lists the tagger's features look up, keyed by the FNV-1a hash of the
/// search-normalized word (``ArabicNormalizer`` `.search`):
/// - word clusters learned from unlabelled news (three granularities),
/// - a name gazetteer (single words and phrases of up to five words, typed PERS/LOC/ORG),
/// - title and cue words (الرئيس، وزير، وكالة، جامعة …) with the entity type they announce.
///
/// All three are plain-text resources (`#` comments, tab-separated); see ``load(clusters:gazetteer:cues:)``.
public struct NERLexicon: Sendable {
    /// Cluster ids + 1 packed 16 bits each (0 = absent): bits 0–15 coarse, 16–31 middle, 32–47 fine.
    var clusters = WordTable([:])
    /// Type mask of one-word gazetteer entries: bit `EntityType.rawValue` for the curated
    /// lists, bit `4 + rawValue` for types marked `?` (known only from automatic alignments).
    var gazetteerWords = WordTable([:])
    /// Type mask of multi-word gazetteer entries, keyed by ``phraseHash(_:)``.
    var gazetteerPhrases = WordTable([:])
    /// Type masks of one-word and multi-word cues.
    var cueWords = WordTable([:])
    var cuePhrases = WordTable([:])
    /// The longest phrase (in words) among gazetteer and cue entries.
    var maxPhraseWords = 1

    /// An empty lexicon: the tagger then uses only features of the words themselves.
    public init() {}

    /// Number of clustered words, gazetteer entries and cues.
    public var counts: (clusters: Int, gazetteer: Int, cues: Int) {
        (clusters.count, gazetteerWords.count + gazetteerPhrases.count, cueWords.count + cuePhrases.count)
    }

    /// Parses the three resource texts. Lines: `word<TAB>c1<TAB>c2<TAB>c3`,
    /// `entry words<TAB>PERS,LOC?`, `cue words<TAB>ORG`. Malformed lines are skipped.
    public static func load(clusters: [UInt8], gazetteer: [UInt8], cues: [UInt8]) -> NERLexicon {
        var lex = NERLexicon()
        var b = Builder()
        let normalizer = ArabicNormalizer(.search)
        forEachLine(clusters) { fields in
            guard fields.count >= 4 else { return }
            var packed: UInt64 = 0
            for level in 0..<3 {
                guard let c = number(fields[level + 1]) else { return }
                packed |= (c + 1) << (16 * UInt64(level))
            }
            let words = split(fields[0], normalizer)
            if words.count == 1 { b.clusters[words[0]] = packed }
        }
        forEachLine(gazetteer) { fields in
            guard fields.count >= 2 else { return }
            b.add(phrase: split(fields[0], normalizer), mask: typeMask(fields[1]), words: \.gazetteerWords, phrases: \.gazetteerPhrases)
        }
        forEachLine(cues) { fields in
            guard fields.count >= 2 else { return }
            b.add(phrase: split(fields[0], normalizer), mask: typeMask(fields[1]), words: \.cueWords, phrases: \.cuePhrases)
        }
        lex.clusters = WordTable(b.clusters)
        lex.gazetteerWords = WordTable(b.gazetteerWords)
        lex.gazetteerPhrases = WordTable(b.gazetteerPhrases)
        lex.cueWords = WordTable(b.cueWords)
        lex.cuePhrases = WordTable(b.cuePhrases)
        lex.maxPhraseWords = b.maxPhraseWords
        return lex
    }

    /// Collects entries while parsing.
    private struct Builder {
        var clusters: [UInt64: UInt64] = [:]
        var gazetteerWords: [UInt64: UInt64] = [:]
        var gazetteerPhrases: [UInt64: UInt64] = [:]
        var cueWords: [UInt64: UInt64] = [:]
        var cuePhrases: [UInt64: UInt64] = [:]
        var maxPhraseWords = 1

        mutating func add(
            phrase: [UInt64], mask: UInt8,
            words: WritableKeyPath<Builder, [UInt64: UInt64]>,
            phrases: WritableKeyPath<Builder, [UInt64: UInt64]>
        ) {
            guard !phrase.isEmpty, mask != 0 else { return }
            if phrase.count == 1 {
                self[keyPath: words][phrase[0], default: 0] |= UInt64(mask)
            } else {
                self[keyPath: phrases][NERLexicon.phraseHash(phrase[...]), default: 0] |= UInt64(mask)
                maxPhraseWords = max(maxPhraseWords, phrase.count)
            }
        }
    }

    static let phraseSeed: UInt64 = 0x51_7cc1_b727_220a

    /// The hash of a phrase from its words' hashes.
    @inline(__always)
    static func phraseHash(_ words: ArraySlice<UInt64>) -> UInt64 {
        var h = phraseSeed
        for w in words { h = NERHash.combine(h, w) }
        return h
    }

    private static func number(_ field: ArraySlice<UInt8>) -> UInt64? {
        guard !field.isEmpty, field.count < 10 else { return nil }
        var v: UInt64 = 0
        for d in field {
            guard d >= 0x30, d <= 0x39 else { return nil }
            v = v * 10 + UInt64(d - 0x30)
        }
        return v
    }

    private static func typeMask(_ field: ArraySlice<UInt8>) -> UInt8 {
        var mask: UInt8 = 0
        for part in field.split(separator: UInt8(ascii: ",")) {
            let weak = part.last == UInt8(ascii: "?")
            let name = String(decoding: weak ? part.dropLast() : part, as: UTF8.self)
            if let t = EntityType(tag: Substring(name)) {
                mask |= 1 << UInt8(t.rawValue + (weak ? 4 : 0))
            }
        }
        return mask
    }

    /// Normalizes and hashes the space-separated words of a field.
    private static func split(_ field: ArraySlice<UInt8>, _ normalizer: ArabicNormalizer) -> [UInt64] {
        var out: [UInt8] = []
        return field.split(separator: UInt8(ascii: " ")).map { word in
            out.removeAll(keepingCapacity: true)
            word.withUnsafeBufferPointer { normalizer.normalize($0, into: &out) }
            return out.withUnsafeBufferPointer { NERHash.bytes($0) }
        }
    }

    /// Calls `body` with the tab-separated fields of each non-empty, non-comment line.
    private static func forEachLine(_ text: [UInt8], _ body: ([ArraySlice<UInt8>]) -> Void) {
        for line in text.split(separator: UInt8(ascii: "\n")) {
            var line = line
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            guard let first = line.first, first != UInt8(ascii: "#") else { continue }
            body(line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false))
        }
    }
}
