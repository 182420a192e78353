import ArabicText

/// Fills the sentence layer with ArabicText's sentence splitter over the token layer (tokenizing
/// first if the token stage has not run). A line break ends a sentence, so sentences never cross a
/// block (title, lede, heading, paragraph).
public struct SentenceSplitStage: PipelineStage {
    public let name = "sentences"

    public init() {}

    public func annotate(_ document: inout Document) throws {
        if document.tokens.isEmpty { try TokenizeStage().annotate(&document) }
        var text = document.text
        let tokens = document.tokens
        document.sentences = text.withUTF8 { SentenceSplitter(newlineIsBreak: true).split($0, tokens: tokens) }
    }
}
