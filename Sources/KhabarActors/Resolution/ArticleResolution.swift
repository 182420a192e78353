/// The working state of one article's resolution: words, matched atoms, mentions and actors.
/// The rules live in extensions (`ArticleResolution+Titles.swift`, `+Nominals.swift`, `+Names.swift`).
struct ArticleResolution {
    struct Atom {
        var start: Int
        var end: Int
        var target: PhraseIndex.Target?
        var reading: Int
        var alternatives: [PhraseIndex.Target] = []
    }

    let r: ActorResolver
    let bytes: [UInt8]
    let words: [Word]
    let day: Int
    var atoms: [Atom] = []
    /// The atom index of each word.
    var atomOfWord: [Int] = []
    /// Words already inside a mention.
    var covered: [Bool]
    var mentions: [ActorMention] = []
    var actors: [Actor] = []
    var actorIndex: [String: Int] = [:]
    /// Country (alpha-3) mentioned most, for cues that name none.
    var mainCountry: String?
    /// People found so far: name word keys (full sequence) → actor id.
    var personNames: [([UInt64], String)] = []

    init(resolver: ActorResolver, text: String, day: Int) {
        r = resolver
        bytes = Array(text.utf8)
        words = bytes.withUnsafeBufferPointer { resolver.splitter.split(bytes: $0) }
        covered = Array(repeating: false, count: words.count)
        self.day = day
    }

    // MARK: - atoms

    /// A1: the registry phrases, longest first, left to right.
    mutating func findAtoms() {
        atomOfWord = Array(repeating: 0, count: words.count)
        var i = 0
        while i < words.count {
            if let m = r.index.match(words, at: i) {
                atoms.append(Atom(start: m.start, end: m.end, target: m.target, reading: m.reading, alternatives: m.alternatives))
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
        for p in atoms.indices where !atoms[p].alternatives.isEmpty {
            let all = [atoms[p].target!] + atoms[p].alternatives
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

    func isQuote(_ p: Int) -> Bool { isPunct(p) && r.quoteBytes.contains(words[atoms[p].start].bare) }

    /// The word's written key is a function word.
    func isStop(_ w: Int) -> Bool {
        // علي (the name) folds to the preposition على; the written yeh tells them apart.
        if words[w].utf8End - words[w].utf8Start == 6, bytes[words[w].utf8End - 1] == 0x8A, bytes[words[w].utf8End - 2] == 0xD9,
           bytes[words[w].utf8Start] == 0xD8, bytes[words[w].utf8Start + 1] == 0xB9 {
            return false
        }
        return r.stopKeys.contains(words[w].keys[0]) || words[w].keys.dropFirst().contains { r.stopKeys.contains($0) && words[w].bare.count <= 8 }
    }

    func isNameWord(_ w: Int) -> Bool { words[w].keys.contains { r.nameKeys.contains($0) } }

    func isParticle(_ w: Int) -> Bool { r.particleKeys.contains(words[w].keys[0]) }

    // MARK: - output

    func surface(_ from: Int, _ to: Int) -> String {
        String(decoding: bytes[words[from].utf8Start..<words[to - 1].utf8End], as: UTF8.self)
    }

    /// Adds (or reuses) an actor and a mention over words `from..<to`.
    mutating func mention(_ from: Int, _ to: Int, type: ActorMention.EntityType, actor: Actor?, rule: String) {
        guard from < to else { return }
        var id: String?
        if var a = actor {
            if let k = actorIndex[a.id] {
                id = actors[k].id
            } else {
                if a.nameEn.isEmpty, let t = r.transliterator { a.nameEn = t.transliterate(a.nameAr); a.transliterated = true }
                actorIndex[a.id] = actors.count
                actors.append(a)
                id = a.id
            }
        }
        mentions.append(ActorMention(start: words[from].scalarStart, end: words[to - 1].scalarEnd, text: surface(from, to),
                                     type: type, actor: id, rule: rule))
        for w in from..<to { covered[w] = true }
    }

    /// The actor of a registry entry with the code it has on the article's day (or `code`).
    func actor(_ i: Int, code: String? = nil) -> Actor {
        let e = r.registry.entries[i]
        return Actor(id: e.id, nameAr: e.arabic[0], nameEn: e.nameEn, type: e.type, cameo: code ?? e.code(on: day))
    }

    static func entityType(_ t: ActorType) -> ActorMention.EntityType {
        switch t { case .PER: .PER; case .ORG: .ORG; case .GPE, .LOC: .LOC }
    }

    func result() -> ActorAnalysis {
        ActorAnalysis(actors: actors, mentions: mentions.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end })
    }
}
