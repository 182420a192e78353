import ArabicText

/// The working state of one article's resolution: words, matched atoms, mentions and actors.
/// The rules live in extensions (`ArticleResolution+Titles.swift`, `+Nominals.swift`, `+Names.swift`).
struct ArticleResolution {
    /// A registry phrase or a single unmatched word (a plain value; a phrase's other targets are
    /// only needed by ``findAtoms()``, which keeps them aside).
    struct Atom {
        var start: Int
        var end: Int
        var target: PhraseIndex.Target?
        var reading: Int
    }

    let r: ActorResolver
    let bytes: [UInt8]
    let words: [Word]
    /// The words' bare forms (``Word/bareRange``).
    let bareBytes: [UInt8]
    let day: Int
    var atoms: [Atom] = []
    /// The atom index of each word.
    var atomOfWord: [Int] = []
    /// Words already inside a mention.
    var covered: [Bool]
    var mentions: [ActorMention] = []
    var actors: [Actor] = []
    /// FNV-1a of each actor's id (UTF-8), parallel to `actors`, for ``actorIndex(_:)``.
    var actorHashes: [UInt64] = []
    /// Every id so far is plain (see ``isPlainID(_:)``), so equal ids are equal bytes.
    var plainIDs = true
    /// Country (alpha-3) mentioned most, for cues that name none.
    var mainCountry: String?
    /// People found so far: name word keys (full sequence) → actor id.
    var personNames: [([UInt64], String)] = []
    /// What the resolver's word lists say of each word (``WordFlags``), read once per word.
    let flags: [WordFlags]

    /// Bits of a word from the resolver's key sets.
    struct WordFlags: OptionSet {
        let rawValue: UInt8
        /// A function word (see ``isStop(_:)``).
        static let stop = WordFlags(rawValue: 1)
        /// One of its readings is a known name token.
        static let name = WordFlags(rawValue: 2)
        /// Its written key is a name particle (بن، عبد، أبو …).
        static let particle = WordFlags(rawValue: 4)
        /// Its written key is a locative word.
        static let locative = WordFlags(rawValue: 8)
        /// One of its readings is a locative word.
        static let anyLocative = WordFlags(rawValue: 16)
        /// A quotation mark.
        static let quote = WordFlags(rawValue: 32)
    }

    /// The phrase bucket of each reading of each word (`WordKeys.capacity` slots a word; -1: none).
    let readingBuckets: [Int32]

    init(resolver: ActorResolver, text: String, tokens: [Token]? = nil, day: Int) {
        r = resolver
        bytes = Array(text.utf8)
        var bare: [UInt8] = []
        words = bytes.withUnsafeBufferPointer { resolver.splitter.split(bytes: $0, tokens: tokens, bare: &bare) }
        bareBytes = bare
        covered = Array(repeating: false, count: words.count)
        self.day = day
        var flags: [WordFlags] = []
        flags.reserveCapacity(words.count)
        var buckets = [Int32](repeating: -1, count: words.count * WordKeys.capacity)
        for (w, word) in words.enumerated() {
            var f: WordFlags = []
            let keys = word.keys
            if word.kind == .punctuation, ActorResolver.isQuoteMark(bare[word.bareRange]) { f.insert(.quote) }
            for i in 0..<keys.count {
                guard let v = resolver.lexicon[keys[i]] else { continue }
                typealias L = ActorResolver.Lexicon
                if i == 0 {
                    if v & L.stop != 0 { f.insert(.stop) }
                    if v & L.particle != 0 { f.insert(.particle) }
                    if v & L.locative != 0 { f.insert(.locative) }
                } else if v & L.stop != 0, word.bareRange.count <= 8 {
                    // A stripped reading that is a function word counts for short words only.
                    f.insert(.stop)
                }
                if v & L.name != 0 { f.insert(.name) }
                if v & L.locative != 0 { f.insert(.anyLocative) }
                let b = v >> L.bucketShift
                if b > 0 { buckets[w * WordKeys.capacity + i] = b - 1 }
            }
            flags.append(f)
        }
        self.flags = flags
        readingBuckets = buckets
    }

    // MARK: - atoms

    /// A1: the registry phrases, longest first, left to right.
    mutating func findAtoms() {
        atomOfWord = Array(repeating: 0, count: words.count)
        var i = 0
        /// Atoms whose spelling names several targets, with those other targets.
        var alternatives: [(atom: Int, targets: [PhraseIndex.Target])] = []
        while i < words.count {
            let base = i * WordKeys.capacity
            if let m = r.index.match(words, at: i, bucket: { readingBuckets[base + $0] >= 0 ? readingBuckets[base + $0] : nil }) {
                if !m.alternatives.isEmpty { alternatives.append((atoms.count, m.alternatives)) }
                atoms.append(Atom(start: m.start, end: m.end, target: m.target, reading: m.reading))
                i = m.end
            } else {
                atoms.append(Atom(start: i, end: i + 1, target: nil, reading: 0))
                i += 1
            }
            for w in atoms.last!.start..<atoms.last!.end { atomOfWord[w] = atoms.count - 1 }
        }
        var counts: [String: Int] = [:]
        for a in atoms {
            if let c = countryOf(a) { counts[c, default: 0] += 1 }
        }
        mainCountry = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        // Same spelling, several actors: take the one whose country the article mentions most.
        for (p, others) in alternatives {
            let all = [atoms[p].target!] + others
            var probe = atoms[p]
            var best = all[0], bestCount = -1
            for t in all {
                probe.target = t
                let c = counts[countryOf(probe) ?? ""] ?? 0
                if c > bestCount { best = t; bestCount = c }
            }
            atoms[p].target = best
        }
    }

    /// The country an atom names (country, city, demonym, or a person/organisation's code).
    func countryOf(_ a: Atom) -> String? {
        switch a.target {
        case .actor(let i)?:
            let e = r.registry.entries[i]
            if let c = e.country { return c }
            let code = e.code(on: day)
            let c3 = String(code.prefix(3))
            return r.registry.countryIndex[c3] != nil ? c3 : nil
        case .demonym(let d)?:
            return r.registry.demonyms[d].country
        default:
            return nil
        }
    }

    func role(_ a: Atom) -> RoleCue? {
        if case .role(let i)? = a.target { return r.registry.roles[i] }
        return nil
    }

    func entry(_ a: Atom) -> (Int, RegistryEntry)? {
        if case .actor(let i)? = a.target { return (i, r.registry.entries[i]) }
        return nil
    }

    func demonym(_ a: Atom) -> Demonym? {
        if case .demonym(let d)? = a.target { return r.registry.demonyms[d] }
        return nil
    }

    func isComma(_ p: Int) -> Bool { p < atoms.count && atoms[p].target == nil && words[atoms[p].start].isComma }

    func isPunct(_ p: Int) -> Bool { p < atoms.count && words[atoms[p].start].kind == .punctuation }

    func isQuote(_ p: Int) -> Bool { isPunct(p) && flags[atoms[p].start].contains(.quote) }

    /// The word's written key is a function word.
    func isStop(_ w: Int) -> Bool {
        // علي (the name) folds to the preposition على; the written yeh tells them apart.
        if words[w].utf8End - words[w].utf8Start == 6, bytes[words[w].utf8End - 1] == 0x8A, bytes[words[w].utf8End - 2] == 0xD9,
           bytes[words[w].utf8Start] == 0xD8, bytes[words[w].utf8Start + 1] == 0xB9 {
            return false
        }
        return flags[w].contains(.stop)
    }

    /// The bare form of word `w` (``Word/bareRange``).
    func bare(_ w: Int) -> ArraySlice<UInt8> { bareBytes[words[w].bareRange] }

    func isNameWord(_ w: Int) -> Bool { flags[w].contains(.name) }

    func isParticle(_ w: Int) -> Bool { flags[w].contains(.particle) }

    /// The word's written key is a locative word (في، إلى، العاصمة …).
    func isLocativeWord(_ w: Int) -> Bool { flags[w].contains(.locative) }

    /// One of the word's readings is a locative word (وفي، بالعاصمة …).
    func hasLocativeReading(_ w: Int) -> Bool { flags[w].contains(.anyLocative) }

    // MARK: - output

    func surface(_ from: Int, _ to: Int) -> String {
        String(decoding: bytes[words[from].utf8Start..<words[to - 1].utf8End], as: UTF8.self)
    }

    /// Adds (or reuses) an actor and a mention over words `from..<to`.
    mutating func mention(_ from: Int, _ to: Int, type: ActorMention.EntityType, actor: Actor?, rule: String) {
        guard from < to else { return }
        var id: String?
        if let a = actor {
            if let k = actorIndex(a.id) {
                id = actors[k].id
            } else {
                // An empty English name is transliterated in `result()`, once per actor kept.
                actorHashes.append(MatchKeys.hash(a.id.utf8))
                if plainIDs && !Self.isPlainID(a.id) { plainIDs = false }
                actors.append(a)
                id = a.id
            }
        }
        mentions.append(ActorMention(start: words[from].scalarStart, end: words[to - 1].scalarEnd, text: surface(from, to),
                                     type: type, actor: id, rule: rule))
        for w in from..<to { covered[w] = true }
    }

    /// The index of the actor whose id equals `id` (as `String`s compare: canonical equivalence).
    /// Byte-equal ids are found by their hash; when every id is plain, no other id can be equal.
    func actorIndex(_ id: String) -> Int? {
        let h = MatchKeys.hash(id.utf8)
        for k in actorHashes.indices where actorHashes[k] == h && actors[k].id.utf8.elementsEqual(id.utf8) { return k }
        if plainIDs && Self.isPlainID(id) { return nil }
        return actors.firstIndex { $0.id == id }
    }

    /// An id whose scalars are all below U+0300 or plain Arabic letters (``LetterCode``): such a
    /// string is in NFC and has no combining mark, so it equals another plain id only byte for byte.
    static func isPlainID(_ id: String) -> Bool {
        id.unicodeScalars.allSatisfy { $0.value < 0x300 || LetterCode.code(scalar: $0.value) != nil }
    }

    /// The actor of a registry entry with the code it has on the article's day (or `code`).
    func actor(_ i: Int, code: String? = nil) -> Actor {
        let e = r.registry.entries[i]
        return Actor(id: e.id, nameAr: e.arabic[0], nameEn: e.nameEn, type: e.type, cameo: code ?? e.code(on: day))
    }

    static func entityType(_ t: ActorType) -> ActorMention.EntityType {
        switch t { case .PER: .PER; case .ORG: .ORG; case .GPE, .LOC: .LOC }
    }

    /// The actors (empty English names transliterated from the Arabic) and the mentions in text order.
    func result() -> ActorAnalysis {
        var actors = actors
        if let t = r.transliterator {
            for i in actors.indices where actors[i].nameEn.isEmpty {
                actors[i].nameEn = t.transliterate(actors[i].nameAr)
                actors[i].transliterated = true
            }
        }
        return ActorAnalysis(actors: actors, mentions: mentions.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end })
    }
}
