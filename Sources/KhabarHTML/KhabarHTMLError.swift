/// Why a page or feed could not be read. `description` is one line naming what and where.
public struct KhabarHTMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// No bytes, or only white space.
        case empty
        /// NUL bytes or control characters: not text.
        case binary
        /// The parser produced no document at all.
        case unparsable
        /// A feed with no channel/feed element or items.
        case notAFeed
    }

    public var kind: Kind
    /// Human-readable detail (with a byte offset where one applies).
    public var message: String
    /// The file or URL, when the caller gave one.
    public var source: String?

    public init(_ kind: Kind, _ message: String, source: String? = nil) {
        self.kind = kind
        self.message = message
        self.source = source
    }

    public var description: String { source.map { "\($0): \(message)" } ?? message }
}

enum InputCheck {
    /// Throws for empty input or input that is evidently binary: a NUL byte in the first 8 KB (outside
    /// UTF-16, which has a BOM), or more than 10 % C0 control characters other than tab/CR/LF/FF/ESC.
    static func checkText(_ bytes: [UInt8], source: String?) throws {
        guard bytes.contains(where: { !($0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D)) }) else {
            throw KhabarHTMLError(.empty, "empty input", source: source)
        }
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) { return }
        let n = min(bytes.count, 8192)
        var controls = 0
        for i in 0..<n {
            let b = bytes[i]
            if b == 0 { throw KhabarHTMLError(.binary, "binary data (NUL byte at offset \(i))", source: source) }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
        }
        if controls * 10 > n { throw KhabarHTMLError(.binary, "binary data (\(controls) control bytes in the first \(n))", source: source) }
    }
}
