/// A stretch of text: Unicode-scalar offsets, half-open, and the text they cover — the span value every
/// layer above (quotes, cues, document layers) uses.
///
/// Invariant (checked by the tests of the layers that make spans): `Array(text.unicodeScalars)[start..<end]`
/// is `self.text`.
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
