import ArabicText

/// Fills the token layer with ArabicText's tokenizer (`.khabar` mode), for every language.
public struct TokenizeStage: PipelineStage {
    public let name = "tokenize"

    public init() {}

    public func annotate(_ document: inout Document) throws {
        var text = document.text
        var tokens: [Token] = []
        text.withUTF8 { p in
            tokens.reserveCapacity(p.count / 5)
            ArabicTokenizer(.khabar).tokenize(p, into: &tokens)
        }
        document.tokens = tokens
    }
}
