/// Lucene's Arabic analysis chains, reproduced over UTF-8 bytes:
/// `StandardTokenizer` → `LowerCaseFilter` → `DecimalDigitFilter` → `StopFilter` (Lucene's Arabic
/// list, before normalization) → `ArabicNormalizationFilter` → `ArabicStemFilter`.
///
/// ```swift
/// LuceneAnalyzer(.analyzer).analyze("الذين ملكت أيمانكم")   // ["ملكت", "ايمانكم"]
/// ```
public struct LuceneAnalyzer: Sendable {
    public enum Chain: String, CaseIterable, Sendable {
        /// `ArabicAnalyzer()`: the whole chain with the default stop list.
        case analyzer
        /// `ArabicAnalyzer(EMPTY)`: the chain without stop words.
        case nostop
        /// Tokenizer, lower-case, decimal digits and normalization (no stop words, no stemming).
        case norm
        /// `StandardTokenizer` alone.
        case tokens
    }

    public let chain: Chain
    private let stopwords: ByteWordSet
    private let stemExclusions: ByteWordSet

    /// - Parameters:
    ///   - stopwords: replaces Lucene's Arabic stop list (compared before normalization, as Lucene does).
    ///   - stemExclusions: words left unstemmed (`SetKeywordMarkerFilter`, compared after normalization).
    public init(_ chain: Chain = .analyzer, stopwords: [String]? = nil, stemExclusions: [String] = []) {
        self.chain = chain
        self.stopwords = stopwords.map { ByteWordSet($0) } ?? Self.defaultStopwords
        self.stemExclusions = ByteWordSet(stemExclusions)
    }

    /// Lucene's default Arabic stop list.
    public static var defaultStopwordList: [String] {
        LuceneStopwordsData.words.split(separator: "\n").map(String.init)
    }

    static let defaultStopwords = ByteWordSet(defaultStopwordList)

    /// The output terms of the chain.
    public func analyze(_ text: String) -> [String] {
        var out: [String] = []
        var text = text
        text.withUTF8 { p in
            analyze(p) { out.append(String(decoding: $0, as: UTF8.self)) }
        }
        return out
    }

    /// Calls `emit` with the bytes of each output term (valid only during the call).
    ///
    /// One pass per token: a token of Arabic letters needs no case or digit folding, so the stop list
    /// is checked on its own bytes and normalization writes straight into a reused buffer.
    public func analyze(_ p: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        let folded = ByteSink()
        let normalized = ByteSink()
        let normalizer = ArabicNormalizer(.lucene)
        let chain = self.chain
        let stopwords = self.stopwords
        let exclusions = self.stemExclusions
        let table = NormalizerTables.table(for: .lucene)
        func general(_ start: Int, _ end: Int) {
            var token = UnsafeBufferPointer(rebasing: p[start..<end])
            if chain == .tokens {
                emit(token)
                return
            }
            if Self.analyzeArabicToken(
                token, chain: chain, stopwords: stopwords, hasExclusions: exclusions.count > 0, table: table,
                normalized: normalized, emit: emit)
            {
                return
            }
            if Self.needsFolding(token) {
                folded.count = 0
                Self.lowerCaseAndFoldDigits(token, into: folded)
                token = folded.buffer
            }
            if chain == .analyzer && stopwords.contains(token, 0..<token.count) { return }
            normalized.count = 0
            normalizer.normalize(token, into: normalized, table: table)
            let n = normalized.buffer
            if chain == .norm || (exclusions.count > 0 && exclusions.contains(n, 0..<n.count)) {
                emit(n)
            } else {
                emit(UnsafeBufferPointer(rebasing: n[ArabicStemmer.luceneStem(n, 0..<n.count)]))
            }
        }
        if chain != .tokens && exclusions.count == 0 {
            analyzeFused(p, stopwords: stopwords, normalized: normalized, folded: folded, general: general, emit: emit)
        } else {
            LuceneTokenizer.forEachToken(p) { start, end, _ in general(start, end) }
        }
    }

    /// Whether lower-casing or digit folding could change the token: ASCII capitals, Arabic-Indic
    /// digits, or any scalar outside ASCII and the Arabic block.
    @inline(__always)
    static func needsFolding(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = t.count
        while i < n {
            let b = t[i]
            if b < 0x80 {
                if b >= 0x41 && b <= 0x5A { return true }
                i += 1
            } else if b >= 0xD8 && b <= 0xDB && i + 1 < n {
                let b1 = t[i + 1]
                if (b == 0xD9 && b1 >= 0xA0 && b1 <= 0xA9) || (b == 0xDB && b1 >= 0xB0 && b1 <= 0xB9) { return true }
                i += 2
            } else {
                return true
            }
        }
        return false
    }

    static func lowerCaseAndFoldDigits(_ t: UnsafeBufferPointer<UInt8>, into sink: ByteSink) {
        var out: [UInt8] = []
        lowerCaseAndFoldDigits(t, into: &out)
        sink.ensure(out.count)
        for b in out { sink.append(b) }
    }

    /// `LowerCaseFilter` (simple case mapping) and `DecimalDigitFilter` (any decimal digit → 0–9).
    @inline(__always)
    static func lowerCaseAndFoldDigits(_ t: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var i = 0
        while i < t.count {
            let b = t[i]
            if b < 0x80 {
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                i += 1
                continue
            }
            let (cp, len) = decodeScalar(t, at: i)
            if cp >= 0x0660 && cp <= 0x0669 {
                out.append(UInt8(0x30 + cp - 0x0660))
            } else if cp >= 0x06F0 && cp <= 0x06F9 {
                out.append(UInt8(0x30 + cp - 0x06F0))
            } else if (cp >= 0x0600 && cp <= 0x06FF) || len == 1 {
                out.append(contentsOf: t[i..<(i + len)])
            } else if let s = Unicode.Scalar(cp) {
                let props = s.properties
                if props.numericType == .decimal, let v = props.numericValue {
                    out.append(UInt8(0x30 + Int(v)))
                } else if props.changesWhenLowercased, let first = props.lowercaseMapping.unicodeScalars.first {
                    UTF8Scalar.append(first.value, to: &out)
                } else {
                    out.append(contentsOf: t[i..<(i + len)])
                }
            } else {
                out.append(contentsOf: t[i..<(i + len)])
            }
            i += len
        }
    }
}
