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
        let (tokens, sentences, ranges) = Self.sentences(of: text)
        let labels = tagDocument(sentences)
        var out: [TextEntity] = []
        for (s, range) in ranges.enumerated() {
            for span in EntitySpan.spans(from: labels[s]) {
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
