extension ArticleResolution {
    /// Walks the atoms once, applying A2–A8; each rule returns the atom after what it consumed.
    mutating func applyRules() {
        var p = 0
        while p < atoms.count {
            let a = atoms[p]
            if let cue = role(a) {
                switch cue.kind {
                case .title, .spoke:
                    if let next = titleRule(p) { p = next; continue }
                case .group, .people, .agent:
                    if let next = nominalRule(p) { p = next; continue }
                case .media, .head, .place:
                    if let next = headRule(p) { p = next; continue }
                case .former:
                    break
                }
            } else if let (i, e) = entry(a) {
                if e.source == .city, a.end - a.start == 1, isAdjectivePosition(p) { p += 1; continue }
                p = registryRule(p, i, e); continue
            } else if let d = demonym(a) {
                // A8; a plural form standing alone names the people (الفلسطينيين → Palestinians).
                if isPluralDemonym(a), !isAdjectivePosition(p), p == 0 || role(atoms[p - 1]) == nil {
                    let en = Self.plural(d.english)
                    let act = Actor(id: "nom:\(d.country):people", nameAr: surface(a.start, a.end), nameEn: en, type: .PER, cameo: d.country)
                    mention(a.start, a.end, type: .PER, actor: act, rule: "demonym people")
                } else if let c = r.registry.countryIndex[d.country] {
                    mention(a.start, a.end, type: .MISC, actor: actor(c), rule: "demonym")
                }
            } else if a.target == nil, let next = appositionRule(p) {
                p = next; continue
            }
            p += 1
        }
    }

    /// A1/A7: a registry actor; capitals used as agents stand for their government.
    mutating func registryRule(_ p: Int, _ i: Int, _ e: RegistryEntry) -> Int {
        let a = atoms[p]
        var code = e.code(on: day)
        var rule = "registry"
        if let cap = e.capitalOf {
            if isLocative(p) { code = cap } else { code = cap + "GOV"; rule = "metonymy" }
        }
        var end = a.end
        var next = p + 1
        if e.type == .PER {
            // A3 for registry people: جون بولتون، مستشار الرئيس … — the mention takes the title chain.
            var q = p + 1
            if isComma(q) { q += 1 }
            if q < atoms.count, let cue = role(atoms[q]), cue.kind == .title || cue.kind == .spoke, let c = chain(q), c.end > q {
                end = atoms[c.end - 1].end
                next = c.end
                nestInner(q, c.end)
            }
        }
        mention(a.start, end, type: Self.entityType(e.type), actor: actor(i, code: code), rule: rule)
        if e.type == .PER { rememberPerson(a.start, a.end, id: e.id) }
        return next
    }

    /// Nested mentions for the organisations, places and countries inside a title chain
    /// (المتحدث باسم الكرملين → the Kremlin too; وزير الخارجية الروسي → Russia too).
    mutating func nestInner(_ from: Int, _ to: Int) {
        var q = from
        while q < to {
            let a = atoms[q]
            if let (i, e) = entry(a) {
                var code = e.code(on: day)
                if let cap = e.capitalOf { code = cap }
                mention(a.start, a.end, type: Self.entityType(e.type), actor: actor(i, code: code), rule: "nested")
                for w in a.start..<a.end { covered[w] = false }
            } else if let d = demonym(a), let c = r.registry.countryIndex[d.country] {
                if q > from, let cue = role(atoms[q - 1]), cue.kind == .group {
                    let act = nominalActor(country: d.country, role: cue.role, english: cue.english, type: .ORG, from: atoms[q - 1].start, to: a.end)
                    mention(atoms[q - 1].start, a.end, type: .ORG, actor: act, rule: "nested")
                    for w in atoms[q - 1].start..<a.end { covered[w] = false }
                }
                mention(a.start, a.end, type: .MISC, actor: actor(c), rule: "nested")
                for w in a.start..<a.end { covered[w] = false }
            }
            q += 1
        }
    }

    /// The one-word atom at `p` agrees in definiteness with the unmatched content word before it, so it
    /// reads as that word's adjective (الشراكة الجديدة, مؤتمر صحفي) rather than a name.
    func isAdjectivePosition(_ p: Int) -> Bool {
        guard p > 0 else { return false }
        let prev = atoms[p - 1]
        guard prev.target == nil || demonym(prev) != nil, words[prev.start].kind == .arabic, !isStop(prev.start),
              !isLocativeWord(prev.start) else { return false }
        return words[prev.start].definite == words[atoms[p].start].definite
    }

    /// The demonym word ends in the sound plural ون / ين (not the dual يين is kept too).
    func isPluralDemonym(_ a: Atom) -> Bool {
        guard a.end - a.start == 1 else { return false }
        let b = bare(a.start)
        guard b.count >= 8 else { return false }
        let tail = Array(b.suffix(4))
        return tail == [0xD9, 0x88, 0xD9, 0x86] || tail == [0xD9, 0x8A, 0xD9, 0x86]
    }

    /// Palestinian → Palestinians, Chinese → Chinese, British → British.
    static func plural(_ adjective: String) -> String {
        if adjective.hasSuffix("ese") || adjective.hasSuffix("sh") || adjective.hasSuffix("ch") || adjective.hasSuffix("ss") || adjective == "US" {
            return adjective == "US" ? "Americans" : adjective
        }
        return adjective + "s"
    }

    /// A place, not an agent: a locative word before it, or the proclitic ب on it (بواشنطن).
    func isLocative(_ p: Int) -> Bool {
        let a = atoms[p]
        if a.reading > 0 {
            let b = bare(a.start)
            let ba: [UInt8] = [0xD8, 0xA8]
            let s = b.startIndex
            if b.starts(with: ba) || (b.count > 4 && (b[s...s + 1] == [0xD9, 0x88] || b[s...s + 1] == [0xD9, 0x81]) && b[s + 2...s + 3] == ba[...]) {
                return true
            }
        }
        // Dateline or apposition with the country: القاهرة، مصر
        var q = p + 1
        if isComma(q) { q += 1 }
        if q < atoms.count, let (_, e) = entry(atoms[q]), e.source == .country, e.country == r.registry.entries[entryIndex(a)].capitalOf {
            return true
        }
        // A locative word up to three atoms back, over a comma or a demonym (في العاصمة الأفغانية، كابل).
        var k = p - 1, steps = 0
        while k >= 0, steps < 3 {
            let prev = atoms[k]
            if prev.target == nil && hasLocativeReading(prev.start) { return true }
            if isComma(k) || demonym(prev) != nil { k -= 1; steps += 1; continue }
            break
        }
        return false
    }

    /// Code of a country with a role ("" role → the country alone; no country → the role alone).
    static func compose(_ country: String?, _ role: String) -> String {
        (country ?? "") + role
    }

    /// `Egyptian authorities` → `egyptian-authorities`: lower case, spaces as hyphens (ASCII by
    /// bytes; anything else through Foundation, as before).
    static func slug(_ english: String) -> String {
        guard english.utf8.allSatisfy({ $0 < 0x80 }) else {
            return english.lowercased().replacingOccurrences(of: " ", with: "-")
        }
        return String(decoding: english.utf8.map { b in b == 0x20 ? 0x2D : (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }, as: UTF8.self)
    }

    /// The actor for a nominal (unnamed) actor of a country and role: "Egyptian authorities".
    func nominalActor(country: String?, role: String, english: String, type: ActorType, from: Int, to: Int) -> Actor {
        let code = Self.compose(country, role)
        let en = country.map { r.registry.adjective($0) + " " + english } ?? english
        return Actor(id: "nom:\(code):\(Self.slug(english))",
                     nameAr: surface(from, to), nameEn: en, type: type, cameo: code)
    }
}
