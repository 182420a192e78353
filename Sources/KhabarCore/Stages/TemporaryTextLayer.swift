// Temporary: replaced by ArabicTokenizer / SentenceSplitter once they land in ArabicText.
enum TemporaryTextLayer {
    static func tokens(_ text: String) -> [TokenSpan] {
        var out: [TokenSpan] = []
        var start = -1
        var i = 0
        for s in text.unicodeScalars {
            if s.properties.isWhitespace {
                if start >= 0 { out.append(TokenSpan(start: start, end: i, kind: "word")); start = -1 }
            } else if start < 0 { start = i }
            i += 1
        }
        if start >= 0 { out.append(TokenSpan(start: start, end: i, kind: "word")) }
        return out
    }

    static func sentences(_ text: String) -> [SentenceSpan] {
        var out: [SentenceSpan] = []
        var start = 0
        var i = 0
        for s in text.unicodeScalars {
            if s == "\n" {
                if i > start { out.append(SentenceSpan(start: start, end: i)) }
                start = i + 1
            }
            i += 1
        }
        if i > start { out.append(SentenceSpan(start: start, end: i)) }
        return out
    }
}
