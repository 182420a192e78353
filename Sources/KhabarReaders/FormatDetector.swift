/// Decides an input's format from its first bytes, with the file name's extension as a tie-breaker.
///
/// Rules, on the text after a BOM and leading whitespace:
/// - `{` or `[`: JSON Lines when the first line is a complete object and another line starts with
///   `{`; otherwise JSON;
/// - `<`: TREC when a `<DOC>` tag appears; a feed when `<rss`, `<feed` or `<rdf:RDF` does; HTML when
///   `<html`, `<!doctype html`, `<head`, `<body`, `<div`, `<p>` or `<meta` does (first 4 KiB);
/// - a first line that splits on `,`, `;` or tab into ≥ 2 short header names, one of them a known
///   record field (title, content, text, body, url, …) → CSV; `.csv`/`.tsv` files need only the split;
/// - anything else is plain text.
public enum FormatDetector {
    public static func detect(_ text: String, name: String = "") -> InputFormat {
        detect(Array(text.utf8), name: name)
    }

    /// Detects over bytes; only the first 4 KiB are looked at.
    public static func detect(_ bytes: [UInt8], name: String = "") -> InputFormat {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, ByteText.isSpace(bytes[i]) { i += 1 }
        guard i < bytes.count else { return .text }
        let head = Array(bytes[i..<min(bytes.count, i + 4096)])
        let first = head[0]
        if first == 0x7B || first == 0x5B {
            return isJSONLines(Substring(String(decoding: head, as: UTF8.self))) ? .jsonl : .json
        }
        if first == 0x3C {
            func has(_ s: String) -> Bool {
                head.withUnsafeBufferPointer { ByteSearch.find($0, Array(s.utf8), from: 0, caseInsensitive: true) != nil }
            }
            if has("<doc>") { return .trec }
            if has("<rss") || has("<feed") || has("<rdf:rdf") { return .feed }
            let htmlMarks = ["<html", "<!doctype html", "<head", "<body", "<div", "<p>", "<meta", "<article"]
            if htmlMarks.contains(where: has) { return .html }
            if has("<doc") { return .trec }
        }
        let firstLine = head.prefix { $0 != 0x0A }
        if looksLikeCSVHeader(Substring(String(decoding: firstLine, as: UTF8.self)), name: name) { return .csv }
        return .text
    }

    static func isJSONLines(_ s: Substring) -> Bool {
        let lines = s.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: true)
        guard lines.count >= 2, lines[0].hasPrefix("{") else { return false }
        let firstLine = lines[0].trimmingTrailingSpaces
        return firstLine.hasSuffix("}") && lines[1].drop(while: \.isWhitespace).hasPrefix("{")
    }

    static let knownFields: Set<String> = [
        "title", "headline", "content", "text", "body", "article", "url", "link", "date", "published", "lede",
        "summary", "description", "author", "source",
    ]

    static func looksLikeCSVHeader(_ s: Substring, name: String) -> Bool {
        guard let line = s.split(separator: "\n", maxSplits: 1).first else { return false }
        let extensionSaysCSV = name.lowercased().hasSuffix(".csv") || name.lowercased().hasSuffix(".tsv")
        for delimiter in [",", "\t", ";"] as [Character] {
            let fields = line.split(separator: delimiter, omittingEmptySubsequences: false).map {
                $0.trimming(" \"\r").lowercased()
            }
            guard fields.count >= 2, fields.allSatisfy({ $0.count <= 40 }) else { continue }
            if extensionSaysCSV || fields.contains(where: knownFields.contains) { return true }
        }
        return false
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return s
    }
}

extension StringProtocol {
    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
