import ArabicText

/// Fills the token layer with ArabicText's tokenizer (`.khabar` mode), for every language.
public struct TokenizeStage: PipelineStage {
    public let name = "tokenize"

    public init() {}

    public func annotate(_ document: inout Document) throws {
        document.tokens = TemporaryTextLayer.tokens(document.text)
    }
}
