/// R4: subjects found before the cue, at the sentence opening, or after عن for a masdar.
extension QuoteRun {
    /// R4 for a cue with no subject of its own: the subject of the verb (or fronted noun) opening the sentence.
    ///
    /// The sentence opens either with a verb and its subject (أصدرت الوزارة بيانًا قالت فيه، وتحدثت ميركل منتقدة)
    /// or with a subject that is a title, body or medium (الصحيفة وضعت … وكتبت إنه). The cue itself must not
    /// open the sentence, and the subject must agree in gender with the cue.
    func sentenceOpeningSubject(_ i: Int, gender: Gender) -> SpeakerPhrase? {
        let s = sentenceStart(i)
        guard s + 1 < i, let t = tokens[safe: s], t.cls == .word else { return nil }
        if Self.particles.contains(t.key) || reader.isStop(s, afterComma: false) { return nil }
        let bare = t.key.hasPrefix("و") ? t.key.droppingFirst() : t.key
        // «وفي كانون الأول، نفى …»: a sentence opening with a preposition has no subject there.
        if SpeakerPhraseReader.openingStops.contains(bare) || Self.particles.contains(bare) { return nil }
        let start: Int
        if WordClasses.speakerHeads.contains(t.key) || WordClasses.speakerHeads.contains(bare) {
            start = s
        } else if !t.key.hasPrefix("ال") && !bare.hasPrefix("ال") && t.key.count >= 3
            && lexicon.form(t)?.form != .participle
        {
            start = s + 1
        } else {
            return nil
        }
        guard let p = reader.read(from: start, limit: i), p.last < i, p.gender.agrees(with: gender) else { return nil }
        if start == s + 1 {
            // A verb-initial sentence: its subject must look like a speaker (a head word or a short name).
            let h = tokens[p.first].key
            let hasHead = (p.first...p.last).contains {
                tokens[$0].cls == .word && WordClasses.speakerHeads.contains(tokens[$0].key)
            }
            guard hasHead || p.last - p.first <= 2 || h.hasPrefix("ال") else { return nil }
        }
        return p
    }

    /// R4 SVO: a short subject before the cue in the same clause (البيان قال إن، الرياض قالت).
    func subjectBefore(_ i: Int) -> SpeakerPhrase? {
        var end = i - 1
        if isWord(end, "قد") { end -= 1 }
        var k = end
        var words = 0
        while k >= 0 && words <= 6 {
            let t = tokens[k]
            if t.cls != .word {
                if marks.closeOf[k] > k || (t.cls == .punctuation && QuoteMarks.isMark(t.first)) {
                    k -= 1
                    continue
                }
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
        if lexicon.form(head) != nil { return nil }
        let afterComplementizer = (isComplementizer(first - 1) || isWord(first - 1, Self.kana)) && words <= 3
        let headKey = head.key.hasPrefix("و") ? head.key.droppingFirst() : head.key
        guard
            head.key.hasPrefix("ال") || head.key.hasPrefix("#") || afterComplementizer
                || WordClasses.speakerHeads.contains(head.key) || WordClasses.speakerHeads.contains(headKey)
                || hints.contains(where: { $0.range.contains(head.range.lowerBound) })
        else { return nil }
        for m in first...end where tokens[m].cls == .word {
            if reader.isStop(m, afterComma: false) && m > first { return nil }
        }
        let (g, n) = reader.agreement(first: first, last: end)
        return SpeakerPhrase(first: first, last: end, startScalar: head.range.lowerBound, gender: g, number: n)
    }

    /// Relative pronouns: a cue right after one sits in a relative clause.
    static let relatives: WordSet = ["الذي", "التي", "اللذان", "اللتان", "الذين", "اللذين", "اللتين", "اللواتي"]

    /// Cues whose «عن + noun» complement is an event, not a statement.
    static let nominalLemmas: WordSet = ["اعلن", "اعرب", "كشف", "تحدث"]

    /// Auxiliaries that announce a fronted subject (وكانت رجوي قد أكدت).
    static let kana: WordSet = ["كان", "وكان", "كانت", "وكانت", "فكان", "فكانت"]

    static let particles: WordSet = [
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
                return SpeakerPhrase(
                    first: k + 1, last: i - 1, startScalar: tokens[k + 1].range.lowerBound, gender: g, number: n)
            }
            k -= 1
        }
        return nil
    }

}
