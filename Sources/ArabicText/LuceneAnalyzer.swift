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
    public func analyze(_ p: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        var folded: [UInt8] = []
        var normalized: [UInt8] = []
        folded.reserveCapacity(256)
        normalized.reserveCapacity(256)
        let normalizer = ArabicNormalizer(.lucene)
        let chain = self.chain
        let stopwords = self.stopwords
        let exclusions = self.stemExclusions
        LuceneTokenizer.forEachToken(p) { start, end, _ in
            let token = UnsafeBufferPointer(rebasing: p[start..<end])
            if chain == .tokens {
                emit(token)
                return
            }
            folded.removeAll(keepingCapacity: true)
            Self.lowerCaseAndFoldDigits(token, into: &folded)
            folded.withUnsafeBufferPointer { f in
                if chain == .analyzer && stopwords.contains(f, 0..<f.count) { return }
                normalized.removeAll(keepingCapacity: true)
                normalizer.normalize(f, into: &normalized)
                normalized.withUnsafeBufferPointer { n in
                    if chain == .norm || (exclusions.count > 0 && exclusions.contains(n, 0..<n.count)) {
                        emit(n)
                    } else {
                        let r = ArabicStemmer.luceneStem(n, 0..<n.count)
                        emit(UnsafeBufferPointer(rebasing: n[r]))
                    }
                }
            }
        }
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
