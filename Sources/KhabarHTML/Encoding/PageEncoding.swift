/// The character encoding a page or feed was decoded with, and how it was decided.
public struct PageEncoding: Sendable, Equatable, CustomStringConvertible {
    /// How the encoding was chosen.
    public enum Source: String, Sendable {
        /// A byte-order mark at the start of the bytes.
        case byteOrderMark = "bom"
        /// `<meta charset>`, HTTP-equiv `Content-Type`, or an XML declaration.
        case declared
        /// Nothing declared (or the declaration contradicted the bytes): decided from the bytes.
        case detected
    }

    /// Canonical name: `UTF-8`, `UTF-16LE`, `UTF-16BE`, `windows-1256`, `ISO-8859-6`, or a declared name as written.
    public var name: String
    /// How it was chosen.
    public var source: Source

    public init(name: String, source: Source) {
        self.name = name
        self.source = source
    }

    public var description: String { "\(name) (\(source.rawValue))" }
}
