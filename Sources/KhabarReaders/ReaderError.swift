/// Why an input could not be read, with where: the input's name and, when known, the line or byte
/// offset. `description` is the one line a user sees.
public struct ReaderError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The input (a path, `-` for standard input, or a caller's label).
    public var input: String
    /// A short account of the problem.
    public var message: String
    /// 1-based line, when the reader knows it.
    public var line: Int?
    /// 0-based byte offset, when the reader knows it.
    public var byteOffset: Int?

    public init(input: String, message: String, line: Int? = nil, byteOffset: Int? = nil) {
        self.input = input
        self.message = message
        self.line = line
        self.byteOffset = byteOffset
    }

    public var description: String {
        var place = input
        if let line { place += ":\(line)" }
        if let byteOffset { place += " (byte \(byteOffset))" }
        return "\(place): \(message)"
    }
}
