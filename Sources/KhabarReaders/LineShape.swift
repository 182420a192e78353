/// What a line of text looks like: the cues the plain-text reader uses to tell tags, headlines,
/// source lines, headings and paragraphs apart.
struct LineShape {
    let text: String
    /// Whitespace-separated words.
    let words: Int
    /// Ends with sentence or clause punctuation (. ! ? ؟ : ; ؛ … , ، and closing quotes/brackets).
    let endsWithPunctuation: Bool
    /// Ends with a full stop or an ellipsis (a sentence, not a headline).
    let endsWithFullStop: Bool

    init(_ text: String) {
        self.text = text
        words = text.split(whereSeparator: \.isWhitespace).count
        let last = text.unicodeScalars.last.map { Character($0) }
        endsWithPunctuation = last.map { Self.terminal.contains($0) } ?? false
        endsWithFullStop = last == "." || last == "…"
    }

    static let terminal: Set<Character> = [
        ".", "!", "?", "؟", ":", ";", "؛", "…", ",", "،", "\"", "»", "”", ")", "'", "]",
    ]

    /// A short line without final punctuation: a tag line before the headline (≤ 3 words).
    var isTagLike: Bool { words <= 3 && !endsWithPunctuation }

    /// A possible headline: ≤ 25 words, not ending like a sentence.
    var isTitleLike: Bool { words >= 1 && words <= 25 && !endsWithFullStop }

    /// A possible section heading: ≤ 12 words, ≤ 120 characters, no final punctuation.
    var isHeadingLike: Bool { words >= 1 && words <= 12 && text.count <= 120 && !endsWithPunctuation }
}

/// A source / byline line: `راديو الناس|`, `| راديو الناس`, `المصدر: رويترز`, `(رويترز)`,
/// `بقلم: فلان`, `كتب: فلان`. Returns the source or the author it names.
enum BylineLine {
    enum Kind { case source, author }

    static let sourcePrefixes = ["المصدر:", "المصدر :", "مصدر:", "المصدر -", "Source:"]
    static let authorPrefixes = ["بقلم:", "بقلم :", "بقلم", "كتب:", "كتبت:", "كتب -", "By "]

    static func parse(_ line: String) -> (kind: Kind, value: String)? {
        let t = line.trimming(" \t")
        guard !t.isEmpty, t.count <= 80 else { return nil }
        if t.hasSuffix("|") || t.hasPrefix("|") {
            let parts = t.split(separator: "|").map { $0.trimming(" \t") }.filter { !$0.isEmpty }
            guard let first = parts.first, first.split(separator: " ").count <= 6 else { return nil }
            return (.source, first)
        }
        for p in sourcePrefixes where t.hasPrefix(p) {
            let v = String(t.dropFirst(p.count)).trimming(" \t")
            return v.isEmpty ? nil : (.source, v)
        }
        for p in authorPrefixes where t.hasPrefix(p) {
            let v = String(t.dropFirst(p.count)).trimming(" \t:")
            return v.isEmpty || v.split(separator: " ").count > 6 ? nil : (.author, v)
        }
        if t.hasPrefix("("), t.hasSuffix(")"), t.split(separator: " ").count <= 4 {
            return (.source, String(t.dropFirst().dropLast()).trimming(" "))
        }
        return nil
    }
}
