import Foundation

/// A sentence of tokens with gold labels.
public struct LabeledSentence: Sendable {
    public var tokens: [String]
    public var labels: [NERLabel]
    public init(tokens: [String], labels: [NERLabel]) {
        self.tokens = tokens
        self.labels = labels
    }
}

/// An error reading a labelled corpus: the file, line and what is wrong.
public struct CoNLLError: Error, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String
    public var description: String { "\(file):\(line): \(message)" }
}

/// Reads ANERcorp-style files: `token TAG` per line (the tag is the last space-separated
/// field), a blank line between sentences.
public enum CoNLLCorpus {
    public static func read(path: String) throws -> [LabeledSentence] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CoNLLError(file: path, line: 0, message: "cannot read the file")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    public static func parse(_ text: String, file: String = "<text>") throws -> [LabeledSentence] {
        var result: [LabeledSentence] = []
        var current = LabeledSentence(tokens: [], labels: [])
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty {
                if !current.tokens.isEmpty { result.append(current) }
                current = LabeledSentence(tokens: [], labels: [])
                continue
            }
            guard let space = trimmed.lastIndex(where: { $0 == " " || $0 == "\t" }) else {
                throw CoNLLError(file: file, line: lineNumber, message: "expected `token TAG`, got \"\(trimmed.prefix(40))\"")
            }
            let tag = trimmed[trimmed.index(after: space)...]
            guard let label = NERLabel(tag) else {
                throw CoNLLError(file: file, line: lineNumber, message: "unknown tag \"\(tag.prefix(20))\"")
            }
            current.tokens.append(String(trimmed[..<space]).trimmingCharacters(in: .whitespaces))
            current.labels.append(label)
        }
        if !current.tokens.isEmpty { result.append(current) }
        return result
    }
}
