/// R1–R5, R7, R9: quotes introduced by cue verbs.
extension QuoteRun {
    mutating func findCueQuotes() {
        var i = 0
        while i < tokens.count {
            if tokens[i].cls == .word, !consumed[i], let form = lexicon.lookup(tokens[i].key) {
                handleCue(i, form)
            }
            i += 1
        }
    }

    /// Prepositions that belong to the cue when a complementizer follows (أشار إلى أن، شدد على أن).
    static let cuePrepositions: Set<String> = ["الي", "علي", "عن", "من"]

    mutating func handleCue(_ i: Int, _ form: CueForm) {
        // R9 narrator formulas; a word with tanween (حذرًا) is a noun or adjective, not a verb.
        if WordClasses.narratorFormulas.contains(tokens[i].key) { return }
        if tokens[i].range.contains(where: { (0x064B...0x064D).contains(stream.scalars[$0].value) }) && form.form != .participle {
            return
        }
        var cueLast = i
        if isWord(i + 1, Self.cuePrepositions) && isComplementizer(i + 2) { cueLast = i + 1 }
        let windowEnd = min(tokens.count, cueLast + 1 + Self.openerWindow)
        var phrase: SpeakerPhrase?
        // A verb before its subject is singular (VSO): after قالوا / أكدا the phrase is not the subject.
        if form.form == .past || form.form == .imperfect, form.number != .plural && form.number != .dual {
            phrase = reader.read(from: cueLast + 1, limit: windowEnd)
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
                if isComplementizer(j) { contentStart = j + 1; break }
                if isNewClauseVerb(j) || Self.clauseCutWords.contains(t.key) { break }
                // «أعلن عن تقديم …», «أعرب عن قلقه»: a nominal complement, no statement (R9).
                if t.key == "عن", Self.nominalLemmas.contains(form.lemma), !((j + 1)...(j + 4)).contains(where: isComplementizer) {
                    break
                }
                if let m = sources[j], m.chain || form.lemma == "نقل" {
                    if let (source, next) = readVia(m, link: j) { via.append(source); j = next; continue }
                }
                if form.lemma == "نقل" && (t.key == "عن" || t.key == "وعن"), let (source, next) = readVia(
                    SourcePhrases.Match(last: j, sourceStart: j + 1, sourceScalar: tokens[safe: j + 1]?.range.lowerBound ?? 0,
                                        chain: true), link: j)
                {
                    via.append(source)
                    j = next
                    continue
                }
                j += 1
                continue
            }
            if t.first == ":" { contentStart = j + 1; colon = true; break }
            // Leaving the quotation the cue sits in.
            if marks.openOf[j] >= 0 { break }
            let close = marks.closeOf[j]
            if close > j {
                // A short quoted name followed by a complementizer is part of the setting (لـ"العربية" إن).
                if close - j <= 4 && (isComplementizer(close + 1) || isComplementizer(close + 2)) {
                    j = close + 1
                    continue
                }
                // A quoted term where a term is expected, or a whole quotation (3+ words) after the setting.
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
            if marks.closeOf[s] < 0, QuoteMarks.isMark(tokens[s].first), marks.closeOf[s + 1 < tokens.count ? s + 1 : s] > s {
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
                    let comma = (s...e).first(where: { tokens[$0].cls == .punctuation && WordClasses.isComma(tokens[$0].first) }),
                    comma > s
                {
                    e = comma - 1
                }
                content = tokens[s].range.lowerBound..<tokens[e].range.upperBound
                kind = contentKind(first: s, last: e)
                if kind == .direct, marks.closeOf[s] == e, let inside = insideMarks(open: s, close: e) { content = inside }
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
            if CueVerbs.transitiveLemmas.contains(form.lemma), !form.object, quoteOpen >= 0, let s = subjectBefore(i) {
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

    /// R4 for a participle (وتحدثت ميركل منتقدة …، قائلة): the subject of the verb opening the sentence.
    ///
    /// The sentence opens either with a verb and its subject (أصدرت الوزارة بيانًا قالت فيه، وتحدثت ميركل منتقدة)
    /// or with a subject that is a title, body or medium (الصحيفة وضعت … وكتبت إنه). The cue itself must not
    /// open the sentence, and the subject must agree in gender with the cue.
    func sentenceOpeningSubject(_ i: Int, gender: Gender) -> SpeakerPhrase? {
        let s = sentenceStart(i)
        guard s + 1 < i, let t = tokens[safe: s], t.cls == .word else { return nil }
        if Self.particles.contains(t.key) || reader.isStop(s, afterComma: false) { return nil }
        let bare = t.key.hasPrefix("و") ? String(t.key.dropFirst()) : t.key
        // «وفي كانون الأول، نفى …»: a sentence opening with a preposition has no subject there.
        if SpeakerPhraseReader.openingStops.contains(bare) || Self.particles.contains(bare) { return nil }
        let start: Int
        if WordClasses.speakerHeads.contains(t.key) || WordClasses.speakerHeads.contains(bare) {
            start = s
        } else if !t.key.hasPrefix("ال") && !bare.hasPrefix("ال") && t.key.count >= 3 && lexicon.lookup(t.key)?.form != .participle {
            start = s + 1
        } else {
            return nil
        }
        guard let p = reader.read(from: start, limit: i), p.last < i, p.gender.agrees(with: gender) else { return nil }
        if start == s + 1 {
            // A verb-initial sentence: its subject must look like a speaker (a head word or a short name).
            let h = tokens[p.first].key
            let hasHead = (p.first...p.last).contains { tokens[$0].cls == .word && WordClasses.speakerHeads.contains(tokens[$0].key) }
            guard hasHead || p.last - p.first <= 2 || h.hasPrefix("ال") else { return nil }
        }
        return p
    }

    /// A quotation of four words or more not governed by a preposition (مع "إيه بي سي نيوز" is a name).
    func wholeQuotation(open: Int, close: Int) -> Bool {
        guard (open..<min(close, tokens.count)).lazy.filter({ self.tokens[$0].cls == .word }).count >= 5 else { return false }
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
            if marks.openOf[k] >= 0 { k = marks.openOf[k] - 1; continue }
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
        var k = i - 1
        if let t = tokens[safe: k], t.cls == .punctuation, WordClasses.isComma(t.first) { k -= 1 }
        guard let t = tokens[safe: k], t.cls == .punctuation, QuoteMarks.isMark(t.first) else { return nil }
        let open = marks.openOf[k]
        guard open >= 0, k - open > 2 else { return nil }
        return (open, k)
    }

    /// R4 SVO: a short subject before the cue in the same clause (البيان قال إن، الرياض قالت).
    func subjectBefore(_ i: Int) -> SpeakerPhrase? {
        var end = i - 1
        if isWord(end, ["قد"]) { end -= 1 }
        var k = end
        var words = 0
        while k >= 0 && words <= 6 {
            let t = tokens[k]
            if t.cls != .word {
                if marks.closeOf[k] > k || (t.cls == .punctuation && QuoteMarks.isMark(t.first)) { k -= 1; continue }
                break
            }
            if isComplementizer(k) || Self.particles.contains(t.key) { break }
            words += 1
            k -= 1
        }
        var first = k + 1
        while first <= end && tokens[first].cls != .word { first += 1 }
        guard first <= end, words >= 1, words <= 6 else { return nil }
        let head = tokens[first]
        if lexicon.lookup(head.key) != nil { return nil }
        let afterComplementizer = (isComplementizer(first - 1) || isWord(first - 1, Self.kana)) && words <= 3
        let headKey = head.key.hasPrefix("و") ? String(head.key.dropFirst()) : head.key
        guard head.key.hasPrefix("ال") || head.key.hasPrefix("#") || afterComplementizer
            || WordClasses.speakerHeads.contains(head.key) || WordClasses.speakerHeads.contains(headKey)
            || hints.contains(where: { $0.range.contains(head.range.lowerBound) })
        else { return nil }
        for m in first...end where tokens[m].cls == .word {
            if reader.isStop(m, afterComma: false) && m > first { return nil }
        }
        let (g, n) = reader.agreement(first: first, last: end)
        return SpeakerPhrase(first: first, last: end, startScalar: head.range.lowerBound, gender: g, number: n)
    }

    /// Cues whose «عن + noun» complement is an event, not a statement.
    static let relatives: Set<String> = ["الذي", "التي", "اللذان", "اللتان", "الذين", "اللذين", "اللتين", "اللواتي"]

    static let nominalLemmas: Set<String> = ["اعلن", "اعرب", "كشف", "تحدث"]

    /// Auxiliaries that announce a fronted subject (وكانت رجوي قد أكدت).
    static let kana: Set<String> = ["كان", "وكان", "كانت", "وكانت", "فكان", "فكانت"]

    static let particles: Set<String> = [
        "و", "ف", "وقد", "قد", "كما", "ثم", "لكن", "ولكن", "فيما", "بينما", "حيث", "اذ", "فقد", "وكان", "كان", "وكانت",
        "كانت", "في", "من", "علي", "الي", "عن", "مع", "لقد", "ولقد", "بعدما", "عندما", "حين", "اما", "واما",
        "لا", "لم", "لن", "ما", "يزال", "زال", "مازال", "لايزال", "يجب", "ربما",
    ]

    /// R4 for a masdar cue (نقلت الوكالة عن ظريف قوله): the mention after عن or على لسان just before it.
    func masdarSource(_ i: Int) -> SpeakerPhrase? {
        var k = i - 1
        while k >= 0 && i - k <= 10 {
            if isBoundary(k) { return nil }
            if tokens[k].cls == .word && (tokens[k].key == "عن" || tokens[k].key == "لسان") {
                guard k + 1 < i else { return nil }
                let (g, n) = reader.agreement(first: k + 1, last: i - 1)
                return SpeakerPhrase(first: k + 1, last: i - 1, startScalar: tokens[k + 1].range.lowerBound, gender: g, number: n)
            }
            k -= 1
        }
        return nil
    }

    /// R7: the source named after a chain phrase; returns the link and the token after it.
    mutating func readVia(_ m: SourcePhrases.Match, link: Int) -> (QuoteSource, Int)? {
        var m = m
        // «نقلت الوكالة عن، سيرجي رودسكوي، …»: a stray comma after the link.
        if let t = tokens[safe: m.sourceStart], t.cls == .punctuation, WordClasses.isComma(t.first) { m.sourceStart += 1 }
        let limit = min(tokens.count, m.sourceStart + 14)
        guard let p = reader.read(from: m.sourceStart, limit: limit) ?? gluedSource(m) else { return nil }
        let start = m.sourceStart == m.last ? m.sourceScalar : tokens[p.first].range.lowerBound
        let r = start..<tokens[p.last].range.upperBound
        let linkSpan = tokens[link].range.lowerBound..<tokens[m.last].range.upperBound
        var next = p.last + 1
        // «عن المسؤول قوله»: the masdar belongs to the link.
        if let t = tokens[safe: next], t.cls == .word, lexicon.lookup(t.key)?.form == .masdar { next += 1 }
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
