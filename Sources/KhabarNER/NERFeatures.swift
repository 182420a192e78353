/// Feature groups a model is trained with (stored in the model file, so ablation models tag
/// with the features they were trained on).
public struct NERFeatureSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Words in a ±2 window, word bigrams, affixes, shape, sentence start.
    public static let base = NERFeatureSet(rawValue: 1)
    /// Clitic-stripped (bare) forms in a ±1 window.
    public static let stem = NERFeatureSet(rawValue: 2)
    /// Gazetteer membership of words and phrase matches in a ±1 window.
    public static let gazetteer = NERFeatureSet(rawValue: 4)
    /// Title and cue words at −2 … +1.
    public static let cues = NERFeatureSet(rawValue: 8)
    /// Word clusters at three granularities in a ±2 window.
    public static let clusters = NERFeatureSet(rawValue: 16)
    /// Second-pass features: what a first pass tagged elsewhere in the document for this word.
    public static let document = NERFeatureSet(rawValue: 32)

    /// Induced lexicon: how a first pass tagged each word across unlabelled news.
    public static let induced = NERFeatureSet(rawValue: 64)

    public static let all: NERFeatureSet = [.base, .stem, .gazetteer, .cues, .clusters]

    /// Parses `base,stem,gazetteer,cues,clusters,induced,document` (or `all`).
    public init?(names: String) {
        var set: NERFeatureSet = []
        for name in names.split(separator: ",") {
            switch name {
            case "all": set.formUnion(.all)
            case "base": set.insert(.base)
            case "stem": set.insert(.stem)
            case "gazetteer": set.insert(.gazetteer)
            case "cues": set.insert(.cues)
            case "clusters": set.insert(.clusters)
            case "document": set.insert(.document)
            case "induced": set.insert(.induced)
            default: return nil
            }
        }
        self = set.union(.base)
    }
}

/// Sparse features of a sentence: for token `i`, keys `keys[offsets[i] ..< offsets[i + 1]]`.
struct SentenceFeatures {
    var keys: [UInt32] = []
    var offsets: [Int] = [0]
    var count: Int { offsets.count - 1 }
}

/// Builds feature keys for each token from the ``TokenUnits`` of the sentence.
struct FeatureExtractor {
    let set: NERFeatureSet

    /// Marks gazetteer phrase matches (greedy, longest first, left to right) and cue phrases.
    static func markPhrases(_ units: inout [TokenUnits], _ lexicon: NERLexicon) {
        let n = units.count, maxLen = min(lexicon.maxPhraseWords, 6)
        guard maxLen > 1, n > 1 else { return }
        // hashes[len] / bareHashes[len]: phrase hash of units[i ..< i + len], built incrementally
        // (the bare variant replaces the first word by its bare form).
        var hashes = [UInt64](repeating: 0, count: maxLen + 1)
        var bareHashes = [UInt64](repeating: 0, count: maxLen + 1)
        var i = 0
        while i < n {
            let longest = min(maxLen, n - i)
            let word = units[i].word, bare = units[i].bare, hasBare = bare != word
            var h = NERHash.combine(NERLexicon.phraseSeed, word)
            var hb = NERHash.combine(NERLexicon.phraseSeed, bare)
            // wordLimit / bareLimit: the longest phrase that may start here (from the word, from
            // its bare form), a phrase of `len` words needing its first len − 1 in phrasePrefixes.
            // Most tokens begin no phrase: one look-up, then on to the next token.
            var wordLimit = longest >= 2 && lexicon.phrasePrefixes[h] != nil ? 2 : 1
            var bareLimit = longest >= 2 && hasBare && lexicon.phrasePrefixes[hb] != nil ? 2 : 1
            if wordLimit == 1 && bareLimit == 1 {
                i += 1
                continue
            }
            for len in 2...max(2, longest) where len <= longest {
                h = NERHash.combine(h, units[i + len - 1].word)
                hb = NERHash.combine(hb, units[i + len - 1].word)
                hashes[len] = h
                bareHashes[len] = hb
                if len < longest && wordLimit == len && lexicon.phrasePrefixes[h] != nil { wordLimit = len + 1 }
                if len < longest && bareLimit == len && lexicon.phrasePrefixes[hb] != nil { bareLimit = len + 1 }
            }
            var matched = 1
            var len = max(wordLimit, bareLimit)
            while len >= 2 {
                var mask = len <= wordLimit ? UInt8(truncatingIfNeeded: lexicon.gazetteerPhrases[hashes[len]] ?? 0) : 0
                if mask == 0, hasBare, len <= bareLimit {
                    mask = UInt8(truncatingIfNeeded: lexicon.gazetteerPhrases[bareHashes[len]] ?? 0)
                }
                if mask != 0 {
                    for k in 0..<len { units[i + k].phrase = mask }
                    units[i].phraseBegin = true
                    matched = len
                    break
                }
                if len <= wordLimit, let cue = lexicon.cuePhrases[hashes[len]] {
                    units[i + len - 1].cue |= UInt8(truncatingIfNeeded: cue)
                }
                len -= 1
            }
            i += matched
        }
    }

    /// Appends the features of every token to `out`. `document` holds optional second-pass
    /// values per token (a small code, 0 = none).
    func extract(_ u: [TokenUnits], document: [UInt8]? = nil, into out: inout SentenceFeatures) {
        out.keys.removeAll(keepingCapacity: true)
        out.offsets.removeAll(keepingCapacity: true)
        out.offsets.append(0)
        let n = u.count
        @inline(__always) func at(_ i: Int) -> TokenUnits {
            i < 0 ? .boundary : i >= n ? .end : u[i]
        }
        for i in 0..<n {
            let w = u[i], p1 = at(i - 1), n1 = at(i + 1), p2 = at(i - 2), n2 = at(i + 2)
            @inline(__always) func f(_ t: UInt32, _ v: UInt64) { out.keys.append(NERHash.feature(t, v)) }
            f(1, 0)
            f(2, w.word); f(3, p1.word); f(4, n1.word); f(5, p2.word); f(6, n2.word)
            f(7, NERHash.combine(p1.word, w.word)); f(8, NERHash.combine(w.word, n1.word))
            f(9, w.prefix.0); f(10, w.prefix.1); f(11, w.prefix.2)
            f(12, w.suffix.0); f(13, w.suffix.1); f(14, w.suffix.2)
            f(15, w.shape); f(16, NERHash.combine(p1.shape, w.shape)); f(17, NERHash.combine(w.shape, n1.shape))
            if i == 0 { f(18, 1) }
            if set.contains(.stem) {
                f(20, w.bare); f(21, p1.bare); f(22, n1.bare)
            }
            if set.contains(.gazetteer) {
                f(30, UInt64(w.gazetteerWord)); f(31, UInt64(w.gazetteerBare))
                f(32, UInt64(p1.gazetteerWord | p1.gazetteerBare)); f(33, UInt64(n1.gazetteerWord | n1.gazetteerBare))
                f(34, UInt64(w.phrase) << 1 | (w.phraseBegin ? 1 : 0))
                f(35, UInt64(p1.phrase)); f(36, UInt64(n1.phrase) << 1 | (n1.phraseBegin ? 1 : 0))
                f(37, NERHash.combine(UInt64(w.gazetteerWord | w.gazetteerBare), w.shape))
            }
            if set.contains(.cues) {
                f(40, UInt64(w.cue)); f(41, UInt64(p1.cue)); f(42, UInt64(p2.cue)); f(43, UInt64(n1.cue))
                f(44, NERHash.combine(UInt64(p1.cue), w.cluster & 0xFFFF))
            }
            if set.contains(.clusters) {
                let c = w.cluster
                f(50, c & 0xFFFF); f(51, (c >> 16) & 0xFFFF); f(52, c >> 32)
                f(53, (p1.cluster >> 16) & 0xFFFF); f(54, (n1.cluster >> 16) & 0xFFFF)
                f(55, p1.cluster >> 32); f(56, n1.cluster >> 32)
                f(57, p2.cluster & 0xFFFF); f(58, n2.cluster & 0xFFFF)
                f(59, NERHash.combine(p1.cluster & 0xFFFF, c & 0xFFFF))
                f(60, NERHash.combine(c & 0xFFFF, n1.cluster & 0xFFFF))
            }
            if set.contains(.induced) {
                f(80, UInt64(w.induced)); f(81, UInt64(p1.induced)); f(82, UInt64(n1.induced))
                f(83, NERHash.combine(UInt64(w.induced), w.shape))
                f(84, NERHash.combine(UInt64(p1.induced), UInt64(w.induced)))
                f(85, NERHash.combine(UInt64(w.induced), UInt64(n1.induced)))
            }
            if set.contains(.document), let document {
                let d = Self.documentKeys(w, document, i)
                out.keys.append(d.0); out.keys.append(d.1); out.keys.append(d.2); out.keys.append(d.3)
            }
            out.offsets.append(out.keys.count)
        }
    }

    /// The four second-pass features of token `i` (templates 70–73: its document code, with its
    /// shape, with the previous and with the next token's code), the last ones of its list.
    @inline(__always)
    static func documentKeys(_ w: TokenUnits, _ document: [UInt8], _ i: Int) -> (UInt32, UInt32, UInt32, UInt32) {
        let d = UInt64(document[i])
        return (
            NERHash.feature(70, d),
            NERHash.feature(71, NERHash.combine(d, w.shape)),
            NERHash.feature(72, NERHash.combine(d, UInt64(i > 0 ? document[i - 1] : 255))),
            NERHash.feature(73, NERHash.combine(d, UInt64(i + 1 < document.count ? document[i + 1] : 255))))
    }
}
