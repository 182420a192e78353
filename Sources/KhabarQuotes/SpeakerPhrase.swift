/// A speaker mention found by rule: token bounds (inclusive) and the agreement it shows.
struct SpeakerPhrase: Sendable {
    var first: Int
    var last: Int
    /// Scalar start (inside `first` when a glued ل was stripped).
    var startScalar: Int
    var gender: Gender
    var number: GrammaticalNumber
}

/// Reads the speaker noun phrase that follows a cue (VSO) or an attribution phrase.
///
/// Rules:
/// - N1 Skip adverbs between cue and subject (قال أيضًا …).
/// - N2 No phrase when the next word is a complementizer, a preposition, a ل-addressee (لصحيفة), a colon or
///   a quotation opening more than a short name: the subject is then a pronoun (continuation).
/// - N3 The phrase runs over words, short quoted names (وكالة "بلومبرغ") and appositions after a comma
///   (المتحدث باسم الخارجية الإيرانية، إسماعيل بقائي); it stops at a complementizer, sentence punctuation,
///   a colon, a stop word (خلال، عبر، إلى، على، عن …), في + a setting noun (في بيان), a ل-word after a comma
///   or naming a medium (لصحيفة الإندبندنت), another cue verb, or after 12 words.
/// - N4 Gender: a head ending in ة (or a feminine title) is feminine; a known masculine title is masculine;
///   a plural head (مصادر، شهود) is plural; otherwise unknown (a bare name).
struct SpeakerPhraseReader: Sendable {
    let stream: TokenStream
    let marks: QuoteMarks
    let lexicon: CueLexicon
    let sources: [SourcePhrases.Match?]

    static let maxWords = 12
    /// Words that cannot open a subject (a preposition or particle right after the cue).
    static let openingStops: WordSet = {
        var s: [WordKey] = [
            "في", "وفي", "من", "مع", "الي", "علي", "عن", "ان", "بان", "ما", "لا", "قد", "هو", "هي",
            "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي",
        ]
        // Prepositions carrying a pronoun (عنها، له، فيه، منه، عليه، اليه، معه).
        for p in ["عن", "ل", "في", "من", "علي", "الي", "مع", "ب"] {
            for suffix in ["ه", "ها", "هم", "هما", "نا"] {
                s.append(WordKey(p == "علي" || p == "الي" ? String(p.dropLast()) + "ي" + suffix : p + suffix))
            }
        }
        return WordSet(s)
    }()

    /// - Parameter transitive: the cue takes an object (وصف، اعتبر، اتهم): an apposition after a comma that
    ///   starts with a definite noun (وصف الرئيس، الجاسوس السابق، بأنه) is then the object, not the subject.
    func read(from start: Int, limit: Int, transitive: Bool = false) -> SpeakerPhrase? {
        let tokens = stream.tokens
        var j = start
        while j < limit, tokens[j].cls == .word, WordClasses.leadingAdverbs.contains(tokens[j].key) { j += 1 }
        guard j < limit, let firstToken = tokens[safe: j] else { return nil }
        if firstToken.cls == .punctuation {
            // A short quoted name can open the phrase ("بزنس إنسايدر").
            guard marks.closeOf[j] > j, marks.closeOf[j] - j <= 5, marks.closeOf[j] < limit else { return nil }
        } else if firstToken.cls != .word || isStop(j, afterComma: false) || Self.openingStops.contains(firstToken.key)
            || lexicon.form(firstToken) != nil || isAddressee(firstToken.key)
        {
            return nil
        }
        let first = j
        var last = -1
        var words = 0
        while j < limit && words < Self.maxWords {
            let t = tokens[j]
            if t.cls == .newline { break }
            if t.cls == .punctuation {
                let close = marks.closeOf[j]
                if close > j {
                    // A short quoted name inside the phrase; a longer quotation is content.
                    guard close - j <= 5, tokens[close].cls == .punctuation else { break }
                    last = close
                    j = close + 1
                    continue
                }
                // «د. سامي الخطيب»: an abbreviation's full stop stays inside the phrase.
                if stream.isInitialStop(j) {
                    last = j
                    j += 1
                    continue
                }
                if WordClasses.isComma(t.first) || t.first == "(" || t.first == ")" || t.first == "-" {
                    if t.first == "(" || t.first == ")" {
                        j += 1
                        continue
                    }
                    // Apposition continues only with a word that is not a stop.
                    let n = j + 1
                    guard n < limit, tokens[n].cls == .word, !isStop(n, afterComma: true) else { break }
                    if transitive && tokens[n].key.hasPrefix("ال") { break }
                    j = n
                    continue
                }
                break
            }
            if j > first && isStop(j, afterComma: false) { break }
            if j > first, let f = lexicon.form(t), !WordClasses.masculineHeads.contains(t.key),
                f.form != .participle || t.key.hasSuffix("ا") || !(isWordKey(j - 1, "غير") || t.key.hasPrefix("ال"))
            {
                break
            }
            last = j
            words += 1
            j += 1
        }
        guard last >= first else { return nil }
        let (gender, number) = agreement(first: first, last: last)
        return SpeakerPhrase(
            first: first, last: last, startScalar: tokens[first].range.lowerBound, gender: gender, number: number)
    }

    /// N2/N3 stops.
    func isStop(_ j: Int, afterComma: Bool) -> Bool {
        let t = stream.tokens[j]
        guard t.cls == .word else { return true }
        let key = t.key
        if WordClasses.complementizers.contains(key) || WordClasses.phraseStops.contains(key) { return true }
        // An accusative statement noun (أصدرت الوزارة بيانًا، بيانا) is an object, not part of the subject.
        if key.hasSuffix("ا"), WordClasses.settingNouns.contains(key.droppingLast()) { return true }
        // «ونشر خميس الزهراني، المدير التنفيذي …، تغريدة»: a statement noun after a comma is the object.
        if afterComma && WordClasses.settingNouns.contains(key) { return true }
        if key == "في" || key == "وفي" {
            if let n = stream.tokens[safe: j + 1], n.cls == .word {
                return WordClasses.settingNouns.contains(n.key) || afterComma
            }
            return true
        }
        if key == "ب" || key == "ل" || key == "و" || key == "من" && isComplementizer(j + 1) { return true }
        // A ب-phrase (بالأسباب، بمحاولة) is never a subject.
        if key.hasPrefix("ب") && key.count > 3 && key.droppingFirst().hasPrefix("ال") { return true }
        if key.hasPrefix("ل") && key.count > 2 {
            if afterComma { return true }
            let rest = key.droppingFirst()
            if WordClasses.addresseeNouns.contains(rest) { return true }
            if rest.hasPrefix("ل"), WordClasses.addresseeNouns.contains("ا" + rest) { return true }
        }
        if sources[j] != nil { return true }
        return false
    }

    /// A ل-word that opens an addressee, not a subject: ل + ال (للصحفيين) or ل + a noun with a pronoun
    /// (لنظيره); names that begin with ل (لافروف) have neither.
    func isAddressee(_ key: WordKey) -> Bool {
        guard key.hasPrefix("ل"), key.count > 3 else { return false }
        if key.hasPrefix("لل") { return true }
        return key.hasSuffix("ه") && !key.hasSuffix("ته") && key.count > 4 || key.hasSuffix("ها") || key.hasSuffix("هم")
    }

    func isWordKey(_ j: Int, _ key: WordKey) -> Bool {
        guard let t = stream.tokens[safe: j], t.cls == .word else { return false }
        return t.key == key
    }

    func isComplementizer(_ j: Int) -> Bool {
        guard let t = stream.tokens[safe: j], t.cls == .word else { return false }
        return WordClasses.complementizers.contains(t.key)
    }

    /// N4.
    func agreement(first: Int, last: Int) -> (Gender, GrammaticalNumber) {
        var j = first
        while j <= last && stream.tokens[j].cls != .word { j += 1 }
        guard j <= last else { return (.unknown, .unknown) }
        let head = stream.tokens[j]
        if WordClasses.pluralHeads.contains(head.key) { return (.unknown, .plural) }
        if WordClasses.masculineHeads.contains(head.key) { return (.masculine, .singular) }
        let lastScalar = stream.scalars[head.range.upperBound - 1]
        if lastScalar == "ة" || head.key.hasSuffix("تها") { return (.feminine, .singular) }
        return (.unknown, .unknown)
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
