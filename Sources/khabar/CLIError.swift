import Foundation

/// A one-line error for the user: what went wrong and where (file, line, byte offset).
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

/// Reads a whole (small) text file as UTF-8, with a clear error naming the file.
func readTextFile(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CLIError("\(path): cannot read the file")
    }
    return String(decoding: data, as: UTF8.self)
}
