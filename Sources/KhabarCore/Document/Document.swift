import ArabicText

/// One article's analysed text, owned once, with every layer as ranges into it (standoff).
///
/// The text is the title, the lede, then each section's heading and paragraphs, one per line,
/// joined by `"\n"` (newlines inside a piece are folded to spaces, so each block is one line).
/// Layers hold Unicode-scalar offsets, half-open; ``slice(_:_:)`` returns the text of a range.
///
/// ```swift
/// var document = Document(article: article)
/// try Pipeline.standard.run(&document)
/// print(document.sentences.count)
/// ```
public struct Document: Sendable {
    /// The article the text was built from (metadata is read from here).
    public var article: Article
    /// The analysed text.
    public let text: String
    /// The number of Unicode scalars in ``text``.
    public let scalarCount: Int
    /// Title, lede, headings and paragraphs as scalar ranges.
    public let blocks: [TextBlock]
    /// The UTF-8 offset of each scalar index (`scalarCount + 1` entries).
    let utf8Offsets: [Int32]

    /// The detected language (BCP 47 primary tag: `ar`, `en`, `fa`, `ur`, or `und`).
    public var language: String?
    /// Stages that did not run on this document (e.g. Arabic-only stages on English text).
    public var skippedStages: [String] = []
    /// The token layer: ArabicText tokens (kind, UTF-8 and scalar ranges into ``text``).
    public var tokens: [Token] = []
    /// The sentence layer: ranges into ``text`` and into ``tokens``.
    public var sentences: [Sentence] = []
    /// Dates written in the text, resolved to ISO 8601.
    public var dates: [DateMention] = []
    /// Named-entity mentions (filled by a later stage).
    public var entities: [EntityMention] = []
    /// Actors the entities resolve to (filled by a later stage).
    public var actors: [Actor] = []
    /// Reported statements (filled by a later stage).
    public var quotes: [Quote] = []
    /// CAMEO events (filled by a later stage).
    public var events: [Event] = []

    /// Builds the text and its block layer from `article`.
    public init(article: Article) {
        self.article = article
        var size = (article.title?.utf8.count ?? 0) + (article.lede?.utf8.count ?? 0) + 16
        for section in article.sections {
            size += (section.heading?.utf8.count ?? 0) + 1
            for paragraph in section.paragraphs { size += paragraph.utf8.count + 1 }
        }
        var builder = DocumentTextBuilder(reservingBytes: size)
        if let title = article.title { builder.append(title, kind: .title, section: nil) }
        if let lede = article.lede { builder.append(lede, kind: .lede, section: nil) }
        for (index, section) in article.sections.enumerated() {
            if let heading = section.heading { builder.append(heading, kind: .heading, section: index) }
            for paragraph in section.paragraphs { builder.append(paragraph, kind: .paragraph, section: index) }
        }
        let built = builder.finish()
        text = built.text
        blocks = built.blocks
        utf8Offsets = built.utf8Offsets
        scalarCount = built.utf8Offsets.count - 1
    }

    /// The text of the scalar range `start..<end` (clamped to the text).
    public func slice(_ start: Int, _ end: Int) -> String {
        let s = max(0, min(start, scalarCount)), e = max(s, min(end, scalarCount))
        let utf8 = text.utf8
        let lo = utf8.index(utf8.startIndex, offsetBy: Int(utf8Offsets[s]))
        let hi = utf8.index(utf8.startIndex, offsetBy: Int(utf8Offsets[e]))
        return String(text[lo..<hi])
    }

    /// The scalar index of a UTF-8 offset that starts a scalar (binary search).
    public func scalarIndex(ofUTF8Offset offset: Int) -> Int {
        var lo = 0, hi = scalarCount
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(utf8Offsets[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
