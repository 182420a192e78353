import ArabicText

/// One extraction over one text: the token stream, the paired marks, and the quotes found so far.
struct QuoteRun {
    struct SpeakerRecord {
        var speaker: QuoteSpeaker
        var gender: Gender
        var number: GrammaticalNumber
    }

    struct Found {
        var quote: Quote
        /// Token where the content starts (for ordering and paragraph continuation).
        var contentFirst: Int
        var contentLast: Int
    }

    let stream: TokenStream
    let marks: QuoteMarks
    let lexicon = CueLexicon.shared
    let reader: SpeakerPhraseReader
    let hints: [EntityHint]
    /// The attribution phrase starting at each token, if any.
    let sources: [SourcePhrases.Match?]
    var found: [Found] = []
    var consumed: [Bool]
    var recent: [SpeakerRecord] = []

    /// How far after a cue its complementizer or quotation may be (tokens).
    static let openerWindow = 30

    init(text: String, hints: [EntityHint], tokens: [Token]? = nil) {
        let stream = TokenStream(text, tokens: tokens)
        self.stream = stream
        self.marks = QuoteMarks(stream)
        let sources = SourcePhrases.matches(in: stream)
        self.sources = sources
        self.reader = SpeakerPhraseReader(stream: stream, marks: marks, lexicon: CueLexicon.shared, sources: sources)
        self.hints = hints.sorted { $0.range.lowerBound < $1.range.lowerBound }
        self.consumed = [Bool](repeating: false, count: stream.tokens.count)
    }

    var tokens: [QToken] { stream.tokens }

    func finish() -> [Quote] {
        var seen = Set<Range<Int>>()
        var out: [Quote] = []
        let order = found.indices.sorted { (found[$0].quote.content.start, $0) < (found[$1].quote.content.start, $1) }
        for f in order.map({ found[$0] }) {
            let r = f.quote.content.start..<f.quote.content.end
            if r.isEmpty || seen.contains(r) { continue }
            seen.insert(r)
            out.append(f.quote)
        }
        return out
    }

    // MARK: - Spans

    func span(_ a: Int, _ b: Int) -> TextSpan? { stream.span(tokens: a, b) }

    func scalarSpan(_ r: Range<Int>) -> TextSpan {
        TextSpan(start: r.lowerBound, end: r.upperBound, text: stream.text(r))
    }

    /// The speaker value of a phrase, with R10 hints applied.
    func makeSpeaker(_ p: SpeakerPhrase) -> SpeakerRecord {
        var start = p.startScalar
        var end = tokens[p.last].range.upperBound
        var gender = p.gender
        var number = p.number
        var actor: String?
        for h in hints where h.range.lowerBound < end + 1 && h.range.upperBound > start {
            if h.range.lowerBound >= start && h.range.upperBound > end { end = h.range.upperBound }
            if h.range.lowerBound < start && p.first == p.last { start = h.range.lowerBound }
            if h.actor != nil { actor = h.actor }
            if h.gender != .unknown { gender = h.gender }
            if h.number != .unknown { number = h.number }
        }
        let speaker = QuoteSpeaker(span: scalarSpan(start..<end), actor: actor, inferred: false)
        return SpeakerRecord(speaker: speaker, gender: gender, number: number)
    }

    /// R4 continuation: the last speaker agreeing with the cue.
    func lastSpeaker(gender: Gender, number: GrammaticalNumber) -> QuoteSpeaker? {
        for r in recent.reversed() where r.gender.agrees(with: gender) && r.number.agrees(with: number) {
            var s = r.speaker
            s.inferred = true
            return s
        }
        return nil
    }

    // MARK: - Token classes

    func isWord(_ j: Int, _ keys: WordSet) -> Bool {
        guard let t = tokens[safe: j], t.cls == .word else { return false }
        return keys.contains(t.key)
    }

    func isWord(_ j: Int, _ key: WordKey) -> Bool {
        guard let t = tokens[safe: j], t.cls == .word else { return false }
        return t.key == key
    }

    func isComplementizer(_ j: Int) -> Bool { isWord(j, WordClasses.complementizers) }

    func isBoundary(_ j: Int) -> Bool {
        guard let t = tokens[safe: j] else { return true }
        if t.cls == .newline { return true }
        return t.cls == .punctuation && WordClasses.isSentenceEnd(t.first) && !stream.isInitialStop(j)
    }

    /// First token of the sentence holding `j` (after a sentence end or newline outside marks is not tracked).
    func sentenceStart(_ j: Int) -> Int {
        var k = j - 1
        while k >= 0 && j - k < 400 {
            if isBoundary(k) { return k + 1 }
            k -= 1
        }
        return k + 1
    }

    /// A verb form carrying و/ف that starts a new clause (وأضاف), so an earlier cue's search stops there.
    func isNewClauseVerb(_ j: Int) -> Bool {
        guard let t = tokens[safe: j], t.cls == .word, let f = lexicon.form(t) else { return false }
        guard f.form == .past || f.form == .imperfect else { return false }
        return t.key.hasPrefix("و") || t.key.hasPrefix("ف")
    }
}
