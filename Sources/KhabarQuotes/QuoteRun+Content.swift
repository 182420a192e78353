/// R2: where reported content ends, and what kind it is.
extension QuoteRun {
    static let maxContentTokens = 600

    /// Words after a comma that begin a new attribution or clause and so end the content.
    static let clauseCutWords: WordSet = ["بينما", "وبينما"]
    /// Words after a comma that start the reporter's own comment (، ما أثار، وهو ما، مما).
    static let commentWords: WordSet = ["ما", "مما", "الامر"]

    /// Last token of the content that starts at `s` (inclusive), or nil when empty.
    ///
    /// The content runs to the sentence end or paragraph end, over any quotation (a sentence end inside
    /// marks does not end it), and stops before «، + participle cue» (مضيفًا), «، + attribution phrase»
    /// (بحسب), «، بينما» and an unclosed quotation's paragraph end.
    func contentEnd(from s: Int) -> Int? {
        var j = s
        var last = -1
        let limit = min(tokens.count, s + Self.maxContentTokens)
        while j < limit {
            let t = tokens[j]
            if t.cls == .newline { break }
            if t.cls == .punctuation {
                let close = marks.closeOf[j]
                if close > j {
                    if close >= tokens.count || tokens[close].cls == .newline {
                        last = close - 1
                        break
                    }
                    last = close
                    j = close + 1
                    continue
                }
                // «أمير س.»: a full stop after a one-letter word is an initial, not a sentence end.
                if stream.isInitialStop(j) {
                    j += 1
                    continue
                }
                if WordClasses.isSentenceEnd(t.first) { break }
                if WordClasses.isComma(t.first) && cutsAfterComma(j + 1) { break }
                if t.first == ")" || t.first == "]" { last = j }
                j += 1
                continue
            }
            if j > s && Self.clauseCutWords.contains(t.key) { break }
            if j > s + 2, let m = sources[j], !m.chain { break }
            // «"…" معربة عن الأمل»: a participle cue right after a quotation starts another statement.
            if j > s + 2, marks.openOf[j - 1] >= 0, let f = lexicon.form(t), f.form == .participle { break }
            // «على حد تعبيره / قوله» closes the reported words.
            if t.key == "علي" && isWord(j + 1, "حد") { break }
            last = j
            j += 1
        }
        return last >= s ? last : nil
    }

    /// After a comma: a participle cue, an attribution phrase, or a clause cut word.
    func cutsAfterComma(_ j: Int) -> Bool {
        guard let t = tokens[safe: j], t.cls == .word else { return false }
        if Self.clauseCutWords.contains(t.key) || Self.commentWords.contains(t.key) { return true }
        // «، وهو ما يعيد المخاوف»: the reporter's comment.
        if (t.key == "وهو" || t.key == "وهي") && isWord(j + 1, "ما") { return true }
        // «، ولكنه أقر بأن»: a new cue within two words starts another attribution.
        for k in j...(j + 2) {
            guard let w = tokens[safe: k], w.cls == .word else { break }
            if let f = lexicon.form(w), f.form == .past || f.form == .imperfect,
                isComplementizer(k + 1) || isWord(k + 1, Self.cuePrepositions)
            {
                return true
            }
        }
        if let f = lexicon.form(t), f.form == .participle { return true }
        if let m = sources[j], m.last >= j { return true }
        if t.key == "في" && isWord(j + 1, "حين") { return true }
        return isNewClauseVerb(j)
    }

    /// True when the content tokens hold a quotation and also text outside it.
    func contentKind(first: Int, last: Int) -> QuoteKind {
        var quoted = false
        var unquoted = false
        var j = first
        while j <= last {
            let close = marks.closeOf[j]
            if close > j {
                if close - j > 1 { quoted = true }
                j = close + 1
                continue
            }
            if tokens[j].cls == .word { unquoted = true }
            j += 1
        }
        if quoted && unquoted { return .mixed }
        return quoted ? .direct : .indirect
    }

    /// Scalar range inside a pair of marks, trimmed of the marks (to the paragraph end when unclosed).
    func insideMarks(open: Int, close: Int) -> Range<Int>? {
        let start = tokens[open].range.upperBound
        let end: Int
        if close >= tokens.count {
            end = tokens.last.map { $0.range.upperBound } ?? start
        } else if tokens[close].cls == .newline {
            end = close > open + 1 ? tokens[close - 1].range.upperBound : start
        } else {
            end = tokens[close].range.lowerBound
        }
        guard end > start else { return nil }
        // Trim whitespace at both ends.
        var a = start
        var b = end
        while a < b && TokenStream.isSpace(stream.scalars[a]) { a += 1 }
        while b > a && TokenStream.isSpace(stream.scalars[b - 1]) { b -= 1 }
        return a < b ? a..<b : nil
    }

    /// True when, after the closing mark at `close`, the clause ends (punctuation, sentence end, a cut).
    func clauseEndsAfter(_ close: Int) -> Bool {
        if close >= tokens.count || tokens[close].cls == .newline { return true }
        var j = close + 1
        while j < tokens.count {
            let t = tokens[j]
            if t.cls == .newline || (t.cls == .punctuation && WordClasses.isSentenceEnd(t.first)) { return true }
            if t.cls == .punctuation && WordClasses.isComma(t.first) {
                // «"…"، وهدد …»: after a quotation, a clause joined by و is the reporter's again.
                if let w = tokens[safe: j + 1], w.cls == .word, w.key.hasPrefix("و"), lexicon.form(w) == nil,
                    w.key.count > 2
                {
                    return true
                }
                return cutsAfterComma(j + 1) || isBoundary(j + 1)
            }
            if t.cls == .punctuation {
                j += 1
                continue
            }
            if let f = lexicon.form(t), f.form == .past || f.form == .imperfect { return true }
            return false
        }
        return true
    }
}
