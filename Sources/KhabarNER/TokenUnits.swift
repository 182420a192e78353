import ArabicText

/// What the feature templates need to know about one token, computed once per token:
/// hashes of the normalized word, of its clitic-stripped form and of its affixes, its shape,
/// and its lexicon look-ups.
struct TokenUnits {
    var word: UInt64 = 0
    /// The word without its proclitics (و ف ب ل ك and the article ال), see ``TokenAnalyzer``.
    var bare: UInt64 = 0
    var prefix: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var suffix: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var shape: UInt64 = 0
    /// Packed cluster ids (see ``NERLexicon``), of the word or else of its bare form.
    var cluster: UInt64 = 0
    /// Gazetteer type masks of the word and of its bare form.
    var gazetteerWord: UInt8 = 0
    var gazetteerBare: UInt8 = 0
    /// Cue type mask (set on the last word of a cue phrase).
    var cue: UInt8 = 0
    /// Gazetteer phrase match: type mask, and whether this token begins the match.
    var phrase: UInt8 = 0
    var phraseBegin = false
    /// Code from the induced lexicon (0 = unknown), see ``InducedLexicon``.
    var induced: UInt8 = 0
    /// Whether the token has an Arabic letter.
    var hasArabic = false

    /// Placeholder hashes for positions before the first and after the last token.
    static let boundary = TokenUnits(word: 0x0B05, bare: 0x0B05, shape: 0x0B05)
    static let end = TokenUnits(word: 0x0E05, bare: 0x0E05, shape: 0x0E05)
}

/// Turns tokens into ``TokenUnits``, one pass over each token's normalized UTF-8 bytes.
///
/// Rules:
/// - the word is normalized with `ArabicNormalizer(.search)`;
/// - affixes are its first and last 1–3 scalars;
/// - shape: script class (Arabic, Latin, digits, punctuation, mixed) × length bucket;
/// - bare form: the longest proclitic chain (و/ف, then ب/ل/ك, then ال; or لل) whose remainder
///   (≥ 2 letters) is a known word (clustered or in the gazetteer); failing that, only a
///   definite article chain (ال، وال، بال، لل …) is stripped. This stands in for a light stemmer.
struct TokenAnalyzer {
    let lexicon: NERLexicon
    private let normalizer = ArabicNormalizer(.search)
    private var buffer: [UInt8] = []
    private var starts: [Int] = []

    init(lexicon: NERLexicon) {
        self.lexicon = lexicon
        buffer.reserveCapacity(64)
        starts.reserveCapacity(32)
    }

    /// Proclitic chains, longest first, as normalized UTF-8; `true` marks chains ending in the article.
    private static let proclitics: [([UInt8], Bool)] = [
        "وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
        "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك",
    ].map { (Array($0.utf8), $0.hasSuffix("ال") || $0.hasSuffix("لل")) }

    mutating func analyze(_ token: String) -> TokenUnits {
        var token = token
        return token.withUTF8 { analyze(utf8: $0) }
    }

    /// The units of one token given as UTF-8 bytes.
    mutating func analyze(utf8 token: UnsafeBufferPointer<UInt8>) -> TokenUnits {
        buffer.removeAll(keepingCapacity: true)
        normalizer.normalize(token, into: &buffer)
        return analyzeBuffer(word: NERHash.bytes(buffer, from: 0, to: buffer.count))
    }

    /// As ``analyze(utf8:)``, taking the units of a word seen before from `cache` (they depend
    /// only on the normalized word, whose hash keys the cache) instead of looking the word up in
    /// the lexicon again.
    mutating func analyze(utf8 token: UnsafeBufferPointer<UInt8>, cache: TypeSums) -> TokenUnits {
        buffer.removeAll(keepingCapacity: true)
        normalizer.normalize(token, into: &buffer)
        let word = NERHash.bytes(buffer, from: 0, to: buffer.count)
        if let u = cache.units(of: word) { return u }
        let u = analyzeBuffer(word: word)
        cache.remember(u)
        return u
    }

    /// The units of the normalized word in `buffer`, whose hash is `word`.
    private mutating func analyzeBuffer(word: UInt64) -> TokenUnits {
        starts.removeAll(keepingCapacity: true)
        var arabic = 0, latin = 0, digit = 0, other = 0
        for (i, b) in buffer.enumerated() where b & 0xC0 != 0x80 {
            starts.append(i)
            if b == 0xD8 || b == 0xD9 || b == 0xDA || b == 0xDB { arabic += 1 }
            else if (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) { latin += 1 }
            else if b >= 0x30 && b <= 0x39 { digit += 1 }
            else { other += 1 }
        }
        var u = TokenUnits()
        let n = starts.count, end = buffer.count
        u.word = word
        func at(_ k: Int) -> Int { k >= n ? end : starts[k] }
        // FNV-1a is incremental: the prefix hashes are states along one pass.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var prefixes: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var k = 0
        for i in 0..<min(end, at(3)) {
            h = (h ^ UInt64(buffer[i])) &* 0x0000_0100_0000_01b3
            if i + 1 == at(k + 1) {
                if k == 0 { prefixes.0 = h } else if k == 1 { prefixes.1 = h } else { prefixes.2 = h }
                k += 1
            }
        }
        if n < 3 { prefixes.2 = u.word }
        if n < 2 { prefixes.1 = u.word }
        if n < 1 { prefixes.0 = u.word }
        u.prefix = prefixes
        u.suffix = (NERHash.bytes(buffer, from: at(max(0, n - 1)), to: end), NERHash.bytes(buffer, from: at(max(0, n - 2)), to: end), NERHash.bytes(buffer, from: at(max(0, n - 3)), to: end))
        let script: UInt64 = n == 0 ? 0 : arabic == n ? 1 : latin == n ? 2 : digit == n ? 3 : other == n ? 4 : arabic > 0 && other > 0 ? 5 : 6
        let length: UInt64 = n <= 3 ? UInt64(n) : n <= 5 ? 4 : n <= 8 ? 5 : 6
        u.shape = script * 8 + length
        u.hasArabic = arabic > 0
        u.bare = bareForm(word: u.word, letters: n)
        u.cluster = lexicon.clusters[u.word] ?? (lexicon.clusters[u.bare] ?? 0)
        u.gazetteerWord = UInt8(truncatingIfNeeded: lexicon.gazetteerWords[u.word] ?? 0)
        u.gazetteerBare = u.bare == u.word ? 0 : UInt8(truncatingIfNeeded: lexicon.gazetteerWords[u.bare] ?? 0)
        u.induced = UInt8(truncatingIfNeeded: lexicon.induced[u.bare] ?? 0)
        u.cue = UInt8(truncatingIfNeeded: lexicon.cueWords[u.word] ?? (lexicon.cueWords[u.bare] ?? 0))
        return u
    }

    /// The hash of the bare form (see the type's rules).
    private func bareForm(word: UInt64, letters: Int) -> UInt64 {
        // Every proclitic starts with و ف ب ل ك or ا (UTF-8 D9 88, D9 81, D8 A8, D9 84, D9 83, D8 A7).
        guard letters >= 4, buffer.count >= 6, buffer[0] == 0xD8 || buffer[0] == 0xD9,
            Self.procliticSecondByte(buffer[1]),
            lexicon.gazetteerWords[word] == nil
        else { return word }
        var fallback: UInt64? = nil
        for (p, definite) in Self.proclitics {
            guard buffer.count >= p.count + 4, buffer[1] == p[1], Self.hasPrefix(buffer, p) else { continue }
            let h = NERHash.bytes(buffer, from: p.count, to: buffer.count)
            if lexicon.clusters[h] != nil || lexicon.gazetteerWords[h] != nil { return h }
            if definite && fallback == nil { fallback = h }
        }
        return fallback ?? word
    }

    @inline(__always)
    private static func procliticSecondByte(_ b: UInt8) -> Bool {
        switch b {
        case 0x88, 0x81, 0xA8, 0x84, 0x83, 0xA7: true
        default: false
        }
    }

    @inline(__always)
    private static func hasPrefix(_ b: [UInt8], _ p: [UInt8]) -> Bool {
        for i in 0..<p.count where b[i] != p[i] { return false }
        return true
    }
}
