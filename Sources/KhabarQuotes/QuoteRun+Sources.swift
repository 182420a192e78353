import ArabicText

/// R6 attribution phrases and R8 paragraph continuations.
extension QuoteRun {
    mutating func findSourcePhraseQuotes() {
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard !consumed[i], tokens[i].cls == .word, let m = sources[i] else { continue }
            handleSourcePhrase(i, m)
            i = max(i, m.last)
        }
    }

    mutating func handleSourcePhrase(_ i: Int, _ m: SourcePhrases.Match) {
        // «بحسب ما ذكرته …», «حسبما أعلن …»: the verb belongs to the cue.
        var cueLast = m.last
        var from = m.sourceStart
        if m.sourceStart > m.last {
            if isWord(from, "ما") { from += 1 }
            if tokens[i].key.hasSuffix("ما") || isWord(from - 1, "ما") {
                if let t = tokens[safe: from], t.cls == .word {
                    cueLast = from
                    from += 1
                }
            }
        }
        let limit = min(tokens.count, from + 14)
        let phrase: SpeakerPhrase?
        if m.sourceStart == m.last {
            phrase = gluedSource(m)
        } else {
            phrase = reader.read(from: from, limit: limit)
        }
        guard let p = phrase, let head = tokens[safe: p.first], head.cls == .word || p.first == m.last,
            !TokenStream.isDigit(head.first)
        else { return }
        let sStart = sentenceStart(i)
        // A cue quote of this sentence already holds the content: the phrase is one more link of its chain.
        if let k = found.lastIndex(where: {
            $0.contentFirst >= sStart && $0.contentFirst < i && $0.contentLast + 3 >= i
        }) {
            let lower = p.first == m.last ? m.sourceScalar : tokens[p.first].range.lowerBound
            let r = lower..<tokens[p.last].range.upperBound
            let text = stream.text(r)
            let linkSpan = tokens[i].range.lowerBound..<tokens[cueLast].range.upperBound
            found[k].quote.via.append(
                QuoteSource(
                    span: scalarSpan(r), link: stream.text(linkSpan),
                    description: SourceDescription.describe(tokens: Array(tokens[p.first...p.last]), text: text)))
            for c in i...max(cueLast, p.last) { consumed[c] = true }
            return
        }
        var first = -1
        var last = -1
        // The phrase opens its sentence: the content follows the source.
        let opensSentence = (sStart..<i).allSatisfy {
            tokens[$0].cls != .word || Self.particles.contains(tokens[$0].key)
        }
        if opensSentence {
            var s = p.last + 1
            // «وحسب بيان النائب العام الاثنين، فإن …»: the source's setting runs to the comma.
            if let comma = (s..<min(tokens.count, s + 5)).first(where: {
                tokens[$0].cls == .punctuation && WordClasses.isComma(tokens[$0].first)
            }),
                !(s..<comma).contains(where: { isBoundary($0) })
            {
                s = comma
            }
            while s < tokens.count, tokens[s].cls == .punctuation, WordClasses.isComma(tokens[s].first) { s += 1 }
            if isWord(s, Self.fronted) { s += 1 }
            guard s < tokens.count, !isBoundary(s), let e = contentEnd(from: s) else { return }
            first = s
            last = e
        } else {
            var e = i - 1
            while e >= sStart, tokens[e].cls == .punctuation, marks.openOf[e] < 0 { e -= 1 }
            var s = sStart
            // A dateline («دبي، الإمارات (CNN)—») is not content.
            for d in sStart..<i
            where tokens[d].cls == .punctuation && (tokens[d].first == "—" || tokens[d].first == "–") {
                s = d + 1
            }
            while s <= e, tokens[s].cls == .word, Self.particles.contains(tokens[s].key) { s += 1 }
            guard s <= e else { return }
            first = s
            last = e
        }
        let r = tokens[first].range.lowerBound..<tokens[last].range.upperBound
        var kind = contentKind(first: first, last: last)
        var contentRange = r
        if kind == .direct, marks.closeOf[first] == last, let inside = insideMarks(open: first, close: last) {
            contentRange = inside
        } else if kind == .direct {
            kind = .mixed
        }
        guard let cueSpan = span(i, cueLast) else { return }
        let record = makeSpeaker(p)
        recent.append(record)
        var via: [QuoteSource] = []
        var k = p.last + 1
        if let t = tokens[safe: k], t.cls == .punctuation, WordClasses.isComma(t.first) { k += 1 }
        if k < tokens.count, let chain = sources[k], chain.chain,
            let (source, _) = readVia(chain, link: k)
        {
            via.append(source)
        }
        for c in i...max(cueLast, p.last) { consumed[c] = true }
        let quote = Quote(
            content: scalarSpan(contentRange), kind: kind, cue: cueSpan, speaker: record.speaker, via: via)
        found.append(Found(quote: quote, contentFirst: first, contentLast: last))
    }

    /// Complementizers after a fronted source (وحسب البيان، فإن …).
    static let fronted: WordSet = ["فان", "فانه", "فانها", "فانهم", "ان", "بان"]

    /// R8: a paragraph that is one quotation, right after a paragraph with a quote, continues its speaker.
    mutating func findContinuationParagraphs() {
        guard !found.isEmpty else { return }
        var starts: [Int] = tokens.isEmpty ? [] : [0]
        for (k, t) in tokens.enumerated() where t.cls == .newline && k + 1 < tokens.count { starts.append(k + 1) }
        let taken = Set(found.map { $0.contentFirst })
        var byEnd = found.sorted { $0.contentLast < $1.contentLast }
        var added: [Found] = []
        var idx = 0
        var previous: Found?
        for p in starts {
            while idx < byEnd.count && byEnd[idx].contentLast < p {
                previous = byEnd[idx]
                idx += 1
            }
            let close = marks.closeOf[p]
            guard close > p, !taken.contains(p), let prev = previous else { continue }
            guard clauseEndsAfter(close), let r = insideMarks(open: p, close: close) else { continue }
            // The previous quote must end in the paragraph just before.
            var k = p - 2
            while k >= 0 && tokens[k].cls != .newline { k -= 1 }
            guard prev.contentLast > k else { continue }
            let cue = TextSpan(start: tokens[p].range.lowerBound, end: tokens[p].range.lowerBound, text: "")
            var speaker = prev.quote.speaker
            speaker?.inferred = true
            let quote = Quote(content: scalarSpan(r), kind: .direct, cue: cue, speaker: speaker, via: prev.quote.via)
            let f = Found(quote: quote, contentFirst: p, contentLast: min(close, tokens.count - 1))
            added.append(f)
            previous = f
        }
        byEnd.removeAll()
        found.append(contentsOf: added)
    }
}
