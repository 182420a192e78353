/// R1–R3, R5, R7, R9: quotes introduced by cue verbs.
extension QuoteRun {
    mutating func findCueQuotes() {
        var i = 0
        while i < tokens.count {
            if tokens[i].cls == .word, !consumed[i], let form = lexicon.form(tokens[i]) {
                handleCue(i, form)
            }
            i += 1
        }
    }

    /// Prepositions that belong to the cue when a complementizer follows (أشار إلى أن، شدد على أن).
    static let cuePrepositions: WordSet = ["الي", "علي", "عن", "من"]

    mutating func handleCue(_ i: Int, _ form: CueForm) {
        // R9 narrator formulas; a word with tanween (حذرًا) is a noun or adjective, not a verb.
        if WordClasses.narratorFormulas.contains(tokens[i].key) { return }
        if tokens[i].range.contains(where: { (0x064B...0x064D).contains(stream.scalars[$0].value) })
            && form.form != .participle
        {
            return
        }
        var cueLast = i
        if isWord(i + 1, Self.cuePrepositions) && isComplementizer(i + 2) { cueLast = i + 1 }
        let windowEnd = min(tokens.count, cueLast + 1 + Self.openerWindow)
        var phrase: SpeakerPhrase?
        // A verb before its subject is singular (VSO): after قالوا / أكدا the phrase is not the subject.
        if form.form == .past || form.form == .imperfect, form.number != .plural && form.number != .dual {
            phrase = reader.read(
                from: cueLast + 1, limit: windowEnd,
                transitive: CueVerbs.transitiveLemmas.contains(form.lemma) && !form.object)
        }
        // Inside a quotation, an imperfect cue (تشير إلى أن) describes, it does not attribute.
        if form.form == .imperfect, insideQuotation(i) { return }
        var via: [QuoteSource] = []
        var j = phrase.map { $0.last + 1 } ?? cueLast + 1
        var contentStart = -1
        var quoteOpen = -1
        var colon = false
        while j < windowEnd {
            let t = tokens[j]
            if isBoundary(j) { break }
            if t.cls == .word {
                // «، وأن …» coordinates an earlier complement; it opens nothing for this cue.
                if isComplementizer(j) && (t.key.hasPrefix("و") || t.key.hasPrefix("ف")) { break }
                if isComplementizer(j) {
                    contentStart = j + 1
                    break
                }
                if isNewClauseVerb(j) || Self.clauseCutWords.contains(t.key) { break }
                // «أعلن عن تقديم …», «أعرب عن قلقه»: a nominal complement, no statement (R9).
                if t.key == "عن", Self.nominalLemmas.contains(form.lemma),
                    !((j + 1)...(j + 4)).contains(where: isComplementizer)
                {
                    break
                }
                if let m = sources[j], m.chain || form.lemma == "نقل" {
                    if let (source, next) = readVia(m, link: j) {
                        via.append(source)
                        j = next
                        continue
                    }
                }
                if form.lemma == "نقل" && (t.key == "عن" || t.key == "وعن"),
                    let (source, next) = readVia(
                        SourcePhrases.Match(
                            last: j, sourceStart: j + 1, sourceScalar: tokens[safe: j + 1]?.range.lowerBound ?? 0,
                            chain: true), link: j)
                {
                    via.append(source)
                    j = next
                    continue
                }
                j += 1
                continue
            }
            if t.first == ":" {
                contentStart = j + 1
                colon = true
                break
            }
            // Leaving the quotation the cue sits in.
            if marks.openOf[j] >= 0 { break }
            let close = marks.closeOf[j]
            if close > j {
                // A short quoted name followed by a complementizer is part of the setting (لـ"العربية" إن).
                if close - j <= 4 && (isComplementizer(close + 1) || isComplementizer(close + 2)) {
                    j = close + 1
                    continue
                }
                // A quoted term where a term is expected, or a whole quotation (5+ words) after the setting.
                if quotedTermAllowed(open: j, after: phrase?.last ?? cueLast) || wholeQuotation(open: j, close: close) {
                    quoteOpen = j
                    break
                }
                j = close + 1
                continue
            }
            j += 1
        }

        var content: Range<Int>?
        var kind = QuoteKind.indirect
        var first = -1
        var last = -1
        if contentStart >= 0 {
            var s = contentStart
            while s < tokens.count, tokens[s].cls == .punctuation, WordClasses.isComma(tokens[s].first) { s += 1 }
            guard s < tokens.count, !isBoundary(s) else { return }
            // A doubled opening mark (""أنا) starts at its paired twin.
            if marks.closeOf[s] < 0, QuoteMarks.isMark(tokens[s].first),
                marks.closeOf[s + 1 < tokens.count ? s + 1 : s] > s
            {
                s += 1
            }
            let close = marks.closeOf[s]
            if close > s && clauseEndsAfter(close) {
                guard let r = insideMarks(open: s, close: close) else { return }
                content = r
                kind = .direct
                first = s
                last = min(close, tokens.count - 1)
            } else {
                guard var e = contentEnd(from: s) else { return }
                // «الزوجان، اللذان قالت الشرطة إنهما …، يحملان»: in a relative clause the content ends at a comma.
                if isWord(i - 1, Self.relatives) || isWord(i - 2, Self.relatives),
                    let comma = (s...e).first(where: {
                        tokens[$0].cls == .punctuation && WordClasses.isComma(tokens[$0].first)
                    }),
                    comma > s
                {
                    e = comma - 1
                }
                content = tokens[s].range.lowerBound..<tokens[e].range.upperBound
                kind = contentKind(first: s, last: e)
                if kind == .direct, marks.closeOf[s] == e, let inside = insideMarks(open: s, close: e) {
                    content = inside
                }
                if colon && kind == .indirect { kind = .direct }
                first = s
                last = e
            }
        } else if quoteOpen >= 0 {
            // R3 a quoted term.
            let close = marks.closeOf[quoteOpen]
            guard let r = insideMarks(open: quoteOpen, close: close) else { return }
            content = r
            kind = .direct
            first = quoteOpen
            last = min(close, tokens.count - 1)
        } else if form.form == .past || form.form == .imperfect, let (o, c) = quoteBefore(cue: i), let p = phrase {
            // R5 cue after the quote.
            guard let r = insideMarks(open: o, close: c) else { return }
            content = r
            kind = .direct
            first = o
            last = c
            phrase = p
        }
        let nested = isNested(i)
        guard let contentRange = content else {
            // No statement: still remember the explicit subject of a speech verb (وحذر X … وقال: "…").
            if let p = phrase, !nested, form.form == .past || form.form == .imperfect, sentenceStart(i) == i {
                recent.append(makeSpeaker(p))
            }
            return
        }

        // R4 speaker.
        var record: SpeakerRecord?
        if let p = phrase {
            // «بعضهم وصف زيلينسكي بـ"الديكتاتور"»: after a transitive cue the phrase is the object.
            // «أن روسيا تتهم مقاتلي المعارضة بأنها …»: with a subject before, the phrase after is the object.
            if CueVerbs.transitiveLemmas.contains(form.lemma), !form.object, let s = subjectBefore(i) {
                record = makeSpeaker(s)
            } else {
                record = makeSpeaker(p)
            }
        } else if form.form == .masdar, let p = masdarSource(i) {
            record = makeSpeaker(p)
        } else if form.form != .participle, let p = subjectBefore(i) {
            record = makeSpeaker(p)
        } else if let p = sentenceOpeningSubject(i, gender: form.gender) {
            record = makeSpeaker(p)
        }
        var speaker: QuoteSpeaker?
        if let r = record {
            speaker = r.speaker
            if !nested { recent.append(r) }
        } else {
            speaker = lastSpeaker(gender: form.gender, number: form.number)
        }
        // «نقلت رويترز عن مسؤول»: what follows continues the cited source.
        if !nested, let origin = via.last, origin.link.hasSuffix("عن") {
            recent.append(SpeakerRecord(speaker: QuoteSpeaker(span: origin.span), gender: .unknown, number: .unknown))
        }
        guard let cueSpan = span(i, cueLast) else { return }
        for k in i...cueLast { consumed[k] = true }
        let quote = Quote(content: scalarSpan(contentRange), kind: kind, cue: cueSpan, speaker: speaker, via: via)
        found.append(Found(quote: quote, contentFirst: first, contentLast: last))
    }

    /// True when token `i` lies inside the content of a quote already found (a nested attribution).
    func isNested(_ i: Int) -> Bool {
        for f in found.suffix(4) where f.contentFirst <= i && i <= f.contentLast { return true }
        return false
    }

    /// A quotation of five words or more not governed by a preposition (مع "إيه بي سي نيوز" is a name).
    func wholeQuotation(open: Int, close: Int) -> Bool {
        guard (open..<min(close, tokens.count)).lazy.filter({ self.tokens[$0].cls == .word }).count >= 5 else {
            return false
        }
        if let prev = tokens[safe: open - 1], prev.cls == .word {
            if ["مع", "ل", "في", "عن", "من", "ب", "الي", "علي"].contains(prev.key) { return false }
        }
        return true
    }

    /// True when token `i` sits inside a pair of real quotation marks.
    func insideQuotation(_ i: Int) -> Bool {
        var k = i - 1
        var depth = 0
        while k >= 0 && i - k < 300 {
            if tokens[k].cls == .newline { return false }
            if marks.openOf[k] >= 0 {
                k = marks.openOf[k] - 1
                continue
            }
            if marks.closeOf[k] > i { return true }
            depth += 1
            k -= 1
        }
        return false
    }

    /// R3: a quoted term directly after the cue/subject, after a comma, or after ب (بـ"الديكتاتور").
    func quotedTermAllowed(open: Int, after: Int) -> Bool {
        if open == after + 1 { return true }
        guard let prev = tokens[safe: open - 1] else { return false }
        if prev.cls == .punctuation { return WordClasses.isComma(prev.first) }
        return prev.key.hasPrefix("ب") || prev.key == "ب"
    }

    /// R5: the quotation closing right before the cue («…»، قال X).
    func quoteBefore(cue i: Int) -> (Int, Int)? {
        // The comma is required: «"سيلفي الحرب" تنقل …» is a subject in quotes, not a statement.
        var k = i - 1
        guard let comma = tokens[safe: k], comma.cls == .punctuation, WordClasses.isComma(comma.first) else {
            return nil
        }
        k -= 1
        guard let t = tokens[safe: k], t.cls == .punctuation, QuoteMarks.isMark(t.first) else { return nil }
        let open = marks.openOf[k]
        guard open >= 0, k - open > 2 else { return nil }
        return (open, k)
    }

    /// R7: the source named after a chain phrase; returns the link and the token after it.
    mutating func readVia(_ m: SourcePhrases.Match, link: Int) -> (QuoteSource, Int)? {
        var m = m
        // «نقلت الوكالة عن، سيرجي رودسكوي، …»: a stray comma after the link.
        if let t = tokens[safe: m.sourceStart], t.cls == .punctuation, WordClasses.isComma(t.first) {
            m.sourceStart += 1
        }
        let limit = min(tokens.count, m.sourceStart + 14)
        guard let p = reader.read(from: m.sourceStart, limit: limit) ?? gluedSource(m) else { return nil }
        let start = m.sourceStart == m.last ? m.sourceScalar : tokens[p.first].range.lowerBound
        let r = start..<tokens[p.last].range.upperBound
        let linkSpan = tokens[link].range.lowerBound..<tokens[m.last].range.upperBound
        var next = p.last + 1
        // «عن المسؤول قوله»: the masdar belongs to the link.
        if let t = tokens[safe: next], t.cls == .word, lexicon.form(t)?.form == .masdar { next += 1 }
        for k in link..<next { consumed[k] = true }
        let description = SourceDescription.describe(tokens: Array(tokens[p.first...p.last]), text: stream.text(r))
        return (QuoteSource(span: scalarSpan(r), link: stream.text(linkSpan), description: description), next)
    }

    /// A source inside the phrase's own last token (وفقًا لاحصاءات): that token, plus what follows it.
    func gluedSource(_ m: SourcePhrases.Match) -> SpeakerPhrase? {
        guard m.sourceStart == m.last else { return nil }
        let tail = reader.read(from: m.last + 1, limit: min(tokens.count, m.last + 10))
        let last = tail?.last ?? m.last
        return SpeakerPhrase(first: m.last, last: last, startScalar: m.sourceScalar, gender: .unknown, number: .unknown)
    }
}
