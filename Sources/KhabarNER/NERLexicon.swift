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
    /// Hashes (``phraseHash(_:)``) of the first 1 … k−1 words of every k-word gazetteer and cue
    /// entry. A phrase can only match at a position whose first words form such a prefix, so
    /// ``FeatureExtractor/markPhrases(_:_:)`` looks up only the lengths these allow: at most
    /// positions one look-up here replaces a dozen in the phrase tables.
    var phrasePrefixes = WordTable([:])
    /// Induced from unlabelled text by a first-pass tagger (see ``InducedLexicon``): bare word
    /// → code. Travels in the model file, since it depends on the model that built it.
    var induced = WordTable([:])
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
    /// One pass over the bytes of each text, no per-line allocation.
    public static func load(clusters: [UInt8], gazetteer: [UInt8], cues: [UInt8]) -> NERLexicon {
        var lex = NERLexicon()
        var b = Builder()
        var parser = LineParser()
        b.clusters.reserveCapacity(clusters.count / 20)
        parser.forEachLine(clusters) { words, fields, text in
            guard words.count == 1, fields.count >= 3 else { return }
            var packed: UInt64 = 0
            for level in 0..<3 {
                guard let c = number(fields[level], in: text) else { return }
                packed |= (c + 1) << (16 * UInt64(level))
            }
            b.clusters[words[0]] = packed
        }
        b.gazetteerWords.reserveCapacity(gazetteer.count / 20)
        parser.forEachLine(gazetteer) { words, fields, text in
            guard let f = fields.first else { return }
            b.add(phrase: words, mask: typeMask(f, in: text), words: \.gazetteerWords, phrases: \.gazetteerPhrases)
        }
        parser.forEachLine(cues) { words, fields, text in
            guard let f = fields.first else { return }
            b.add(phrase: words, mask: typeMask(f, in: text), words: \.cueWords, phrases: \.cuePhrases)
        }
        lex.clusters = WordTable(b.clusters)
        lex.gazetteerWords = WordTable(b.gazetteerWords)
        lex.gazetteerPhrases = WordTable(b.gazetteerPhrases)
        lex.cueWords = WordTable(b.cueWords)
        lex.cuePhrases = WordTable(b.cuePhrases)
        lex.phrasePrefixes = WordTable(b.phrasePrefixes)
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
        var phrasePrefixes: [UInt64: UInt64] = [:]
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
                for k in 1..<phrase.count { phrasePrefixes[NERLexicon.phraseHash(phrase[..<k])] = 1 }
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

    private static func number(_ field: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard !field.isEmpty, field.count < 10 else { return nil }
        var v: UInt64 = 0
        for i in field {
            let d = text[i]
            guard d >= 0x30, d <= 0x39 else { return nil }
            v = v * 10 + UInt64(d - 0x30)
        }
        return v
    }

    /// `PERS`, `LOC`, `ORG`, `MISC`, each optionally followed by `?`, separated by commas.
    private static func typeMask(_ field: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var mask: UInt8 = 0
        var i = field.lowerBound
        while i < field.upperBound {
            var j = i
            while j < field.upperBound && text[j] != UInt8(ascii: ",") { j += 1 }
            let weak = j > i && text[j - 1] == UInt8(ascii: "?")
            let name = String(decoding: UnsafeBufferPointer(rebasing: text[i..<(weak ? j - 1 : j)]), as: UTF8.self)
            if let t = EntityType(tag: Substring(name)) {
                mask |= 1 << UInt8(t.rawValue + (weak ? 4 : 0))
            }
            i = j + 1
        }
        return mask
    }
}

/// Splits resource text into lines, normalizes and hashes the space-separated words of the
/// first tab field, and hands over the byte ranges of the other fields.
private struct LineParser {
    private let normalizer = ArabicNormalizer(.search)
    private var buffer: [UInt8] = []
    private var words: [UInt64] = []
    private var fields: [Range<Int>] = []

    mutating func forEachLine(_ text: [UInt8], _ body: ([UInt64], [Range<Int>], UnsafeBufferPointer<UInt8>) -> Void) {
        text.withUnsafeBufferPointer { t in
            var i = 0
            while i < t.count {
                var end = i
                while end < t.count && t[end] != UInt8(ascii: "\n") { end += 1 }
                var stop = end
                if stop > i && t[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
                if stop > i && t[i] != UInt8(ascii: "#") { line(t, i, stop, body) }
                i = end + 1
            }
        }
    }

    private mutating func line(_ t: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ body: ([UInt64], [Range<Int>], UnsafeBufferPointer<UInt8>) -> Void) {
        words.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
        var tab = from
        while tab < to && t[tab] != UInt8(ascii: "\t") { tab += 1 }
        var w = from
        while w < tab {
            var e = w
            while e < tab && t[e] != UInt8(ascii: " ") { e += 1 }
            if e > w {
                buffer.removeAll(keepingCapacity: true)
                normalizer.normalize(UnsafeBufferPointer(rebasing: t[w..<e]), into: &buffer)
                words.append(buffer.withUnsafeBufferPointer { NERHash.bytes($0) })
            }
            w = e + 1
        }
        var f = tab + 1
        while f <= to && tab < to {
            var e = f
            while e < to && t[e] != UInt8(ascii: "\t") { e += 1 }
            fields.append(f..<e)
            f = e + 1
        }
        body(words, fields, t)
    }
}
