import ArabicText

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
