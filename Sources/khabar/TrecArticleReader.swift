import Foundation

/// A minimal reader for the TREC-like pseudo-XML articles of the ANT corpus (TITLE, ABSTRACT, TEXT).
///
/// Temporary and isolated: `khabar eval quotes` needs only the analysed text, built as
/// TITLE + "\n" + ABSTRACT + "\n" + the TEXT paragraphs (each stripped, empty ones dropped), joined by "\n".
/// The project's article readers replace this once they land.
struct TrecArticleReader {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var message: String
        var description: String { "\(path): \(message)" }
    }

    /// The analysed text of the article at `path`.
    static func analysedText(path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(path: path, message: "cannot read the file")
        }
        let raw = String(decoding: data, as: UTF8.self)
        let title = field("TITLE", in: raw) ?? ""
        let abstract = field("ABSTRACT", in: raw) ?? ""
        guard let body = field("TEXT", in: raw) else { throw Failure(path: path, message: "no <TEXT> field") }
        var parts = [strip(title), strip(abstract)]
        for line in body.split(separator: "\n", omittingEmptySubsequences: true) {
            let p = strip(String(line))
            if !p.isEmpty { parts.append(p) }
        }
        return parts.joined(separator: "\n")
    }

    /// The raw content between `<NAME>` and `</NAME>` (the first occurrence).
    static func field(_ name: String, in raw: String) -> String? {
        guard let open = raw.range(of: "<\(name)>"),
            let close = raw.range(of: "</\(name)>", range: open.upperBound..<raw.endIndex)
        else { return nil }
        return String(raw[open.upperBound..<close.lowerBound])
    }

    static func strip(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
