import ArabicText

/// An entity found in a text: its type and its offsets (half-open) in Unicode scalars, as in
/// the `khabar.analysis/1` output, and in UTF-8 bytes.
public struct TextEntity: Sendable, Hashable {
    public let type: EntityType
    public let scalarRange: Range<Int>
    public let utf8Range: Range<Int>
}

extension NERTagger {
    /// Token strings of each sentence of `text`: ``ArabicTokenizer`` (`.khabar`) tokens grouped by
    /// ``SentenceSplitter`` sentences, with the tokens themselves for offsets.
    public static func sentences(of text: String) -> (tokens: [Token], sentences: [[String]], ranges: [Range<Int>]) {
        var text = text
        return text.withUTF8 { p in
            var tokens: [Token] = []
            ArabicTokenizer(.khabar).tokenize(p, into: &tokens)
            let split = SentenceSplitter().split(p, tokens: tokens)
            let strings = split.map { s in
                tokens[s.tokenRange].map { String(decoding: UnsafeBufferPointer(rebasing: p[$0.utf8Range]), as: UTF8.self) }
            }
            return (tokens, strings, split.map(\.tokenRange))
        }
    }

    /// Tags a whole text as one document (tokenized and split into sentences here).
    ///
    /// ```swift
    /// try NERTagger.bundled().entities(inText: "قال الرئيس دونالد ترامب في واشنطن.")
    /// ```
    public func entities(inText text: String) -> [TextEntity] {
        var text = text
        return text.withUTF8 { p in
            var tokens: [Token] = []
            ArabicTokenizer(.khabar).tokenize(p, into: &tokens)
            let split = SentenceSplitter().split(p, tokens: tokens)
            return entities(utf8: p, tokens: tokens, sentences: split.map(\.tokenRange))
        }
    }

    /// Tags a text already tokenized (``ArabicTokenizer`` `.khabar`, offsets into `utf8`) and split
    /// into sentences (ranges of `tokens`, as ``SentenceSplitter`` gives them) as one document.
    /// The tokens are read straight from the bytes: no string per token.
    public func entities(utf8 p: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Range<Int>]) -> [TextEntity] {
        var analyzer = TokenAnalyzer(lexicon: lexicon)
        // One per-thread cache (TypeSums) for the words' units and, in tagging, their sums.
        let cache = paired != nil && secondPass != nil ? typeSums?.take() : nil
        defer { if let cache { typeSums?.give(cache) } }
        let all = sentences.map { range in
            var u = tokens[range].map { t in
                let bytes = UnsafeBufferPointer(rebasing: p[t.utf8Range])
                return cache.map { analyzer.analyze(utf8: bytes, cache: $0) } ?? analyzer.analyze(utf8: bytes)
            }
            FeatureExtractor.markPhrases(&u, lexicon)
            return u
        }
        let labels = cache.map { tagDocument(units: all, window: nil, cache: $0) } ?? tagDocument(units: all, window: nil)
        var out: [TextEntity] = []
        for (s, range) in sentences.enumerated() {
            for span in EntitySpan.spans(from: labels[s].map(NERLabel.init(index:))) {
                let first = tokens[range.lowerBound + span.tokens.lowerBound]
                let last = tokens[range.lowerBound + span.tokens.upperBound - 1]
                out.append(TextEntity(
                    type: span.type,
                    scalarRange: first.scalarRange.lowerBound..<last.scalarRange.upperBound,
                    utf8Range: first.utf8Range.lowerBound..<last.utf8Range.upperBound))
            }
        }
        return out
    }
}
