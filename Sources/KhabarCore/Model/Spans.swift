/// A stretch of a document's text: Unicode-scalar offsets, half-open, and the text they cover.
///
/// Invariant (checked by tests): `Array(document.text.unicodeScalars)[start..<end] == text`.
public struct TextSpan: Sendable, Codable, Equatable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// One token of the token layer: a scalar range and the tokenizer's kind (`arabicWord`, `number`, …).
public struct TokenSpan: Sendable, Codable, Equatable {
    public var start: Int
    public var end: Int
    public var kind: String

    public init(start: Int, end: Int, kind: String) {
        self.start = start
        self.end = end
        self.kind = kind
    }
}

/// One sentence of the sentence layer (scalar range).
public struct SentenceSpan: Sendable, Codable, Equatable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A structural block of the text: the title, the lede, a section heading or a paragraph.
public struct TextBlock: Sendable, Codable, Equatable {
    /// What the block is.
    public enum Kind: String, Sendable, Codable {
        case title, lede, heading, paragraph
    }

    public var kind: Kind
    public var start: Int
    public var end: Int
    /// The index of the body section the block belongs to (`nil` for title and lede).
    public var section: Int?

    public init(kind: Kind, start: Int, end: Int, section: Int?) {
        self.kind = kind
        self.start = start
        self.end = end
        self.section = section
    }
}
