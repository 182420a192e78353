import ArabicText

/// Fills the sentence layer with ArabicText's sentence splitter. Every block (title, lede,
/// heading, paragraph) ends a sentence, so sentences never cross a line of the text.
public struct SentenceSplitStage: PipelineStage {
    public let name = "sentences"

    public init() {}

    public func annotate(_ document: inout Document) throws {
        document.sentences = TemporaryTextLayer.sentences(document.text)
    }
}
