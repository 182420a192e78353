extension ArticleResolution {
    /// What a title chain says about the person it introduces.
    struct Chain {
        var end: Int            // atom after the chain
        var role: String
        var english: String
        var country: String?
        var orgCode: String?
        var former = false
        var isSpoke = false
    }

    /// Reads a chain of titles and qualifiers from atom `p` (a title or spoke cue):
    /// titles, demonyms, countries/cities (genitive), organisations, group cues, "former", and up to
    /// four other words when a demonym or country closes them (وزير الطاقة والصناعة … السعودي).
    func chain(_ p: Int) -> Chain? {
        guard let first = role(atoms[p]) else { return nil }
        var c = Chain(end: p + 1, role: first.role, english: first.english, isSpoke: first.kind == .spoke)
        var q = p + 1
        var steps = 0
        while q < atoms.count, steps < 10 {
            steps += 1
            let a = atoms[q]
            if let cue = role(a) {
                switch cue.kind {
                case .title, .spoke:
                    if c.role.isEmpty { c.role = cue.role }
                    if cue.kind == .spoke { c.isSpoke = true }
                case .former:
                    c.former = true
                case .group:
                    if c.isSpoke || c.role.isEmpty || cue.role == "GOVMIL" { c.role = cue.role.isEmpty ? c.role : cue.role }
                case .people, .agent, .media, .head, .place:
                    return finish(c, q)
                }
                q += 1; continue
            }
            if let d = demonym(a) { if c.country == nil { c.country = d.country }; q += 1; continue }
            if let (_, e) = entry(a) {
                // Genitive place right after a title (وزير خارجية إيران، حاكم دبي), once.
                if e.type == .GPE || e.type == .LOC, role(atoms[q - 1]) != nil, let cc = e.country ?? countryOf(a), c.country == nil || c.country == cc {
                    c.country = cc
                    q += 1; continue
                }
                if e.type == .ORG {
                    if c.orgCode == nil { c.orgCode = e.code(on: day) }
                    q += 1; continue
                }
                break
            }
            // Other words, closed by a demonym or country within four words.
            var k = q, skipped = 0
            while k < atoms.count, skipped < 4, atoms[k].target == nil, !isPunct(k), !isStop(atoms[k].start) {
                k += 1; skipped += 1
            }
            if skipped > 0, k < atoms.count, demonym(atoms[k]) != nil || (entry(atoms[k]).map { $0.1.type == .GPE } ?? false) {
                q = k; continue
            }
            break
        }
        return finish(c, q)
    }

    private func finish(_ c: Chain, _ q: Int) -> Chain {
        var c = c
        c.end = q
        return c
    }

    /// The code a chain gives: the organisation's, else country + role (former → ELI).
    func code(of c: Chain) -> String {
        if let o = c.orgCode {
            if c.role == "MIL", !o.hasSuffix("MIL") { return String(o.prefix(3)) + "MIL" }
            return o
        }
        let country = c.country ?? (c.role.isEmpty ? nil : mainCountry)
        if c.former { return Self.compose(country, "ELI") }
        return Self.compose(country, c.role)
    }

    /// A2/A4: title chain, optional comma, then a registry person or a run of name words.
    mutating func titleRule(_ p: Int) -> Int? {
        guard let c = chain(p) else { return nil }
        var q = c.end
        if isComma(q) { q += 1 }
        let start = atoms[p].start
        if q < atoms.count, let (i, e) = entry(atoms[q]), e.type == .PER {
            let code = e.source == .petrarch ? code(of: c) : e.code(on: day)
            let end = atoms[q].end
            mention(start, end, type: .PER, actor: actor(i, code: code), rule: "title+registry")
            nestInner(p, q)
            rememberPerson(atoms[q].start, end, id: e.id)
            return q + 1
        }
        if q < atoms.count, let run = nameRun(atoms[q].start, strongContext: c.country != nil || c.orgCode != nil) {
            let nameAr = surface(run.lowerBound, run.upperBound)
            let id = "per:" + run.map { String(decoding: bare($0), as: UTF8.self) }.joined(separator: "-")
            let a = Actor(id: id, nameAr: nameAr, nameEn: "", type: .PER, cameo: code(of: c))
            mention(start, run.upperBound, type: .PER, actor: a, rule: "title+name")
            nestInner(p, q)
            rememberPerson(run.lowerBound, run.upperBound, id: id)
            return atomOfWord[run.upperBound - 1] + 1
        }
        // A4: no name; the chain itself names a person of a country or organisation.
        if c.country != nil || c.orgCode != nil, c.end > p + 1 {
            let end = atoms[c.end - 1].end
            let code = code(of: c)
            let country = r.registry.countryIndex[String(code.prefix(3))] != nil ? String(code.prefix(3)) : nil
            var a = nominalActor(country: country, role: String(code.dropFirst(country == nil ? 0 : 3)), english: c.english,
                                 type: .PER, from: start, to: end)
            a.cameo = code
            mention(start, end, type: .PER, actor: a, rule: "title")
            nestInner(p, c.end)
            return c.end
        }
        return nil
    }

    /// A3: name words, an optional comma, then a title chain (سارة ساندرز، المتحدثة باسم البيت الأبيض).
    mutating func appositionRule(_ p: Int) -> Int? {
        guard let run = nameRun(atoms[p].start, strongContext: false, unknownFirst: true), run.count >= 2 else { return nil }
        var q = atomOfWord[run.upperBound - 1] + 1
        let comma = isComma(q)
        if comma { q += 1 }
        guard comma || isNameWord(run.lowerBound) else { return nil }
        guard q < atoms.count, let cue = role(atoms[q]), cue.kind == .title || cue.kind == .spoke, let c = chain(q),
              c.country != nil || c.orgCode != nil
        else { return nil }
        let id = "per:" + run.map { String(decoding: bare($0), as: UTF8.self) }.joined(separator: "-")
        let a = Actor(id: id, nameAr: surface(run.lowerBound, run.upperBound), nameEn: "", type: .PER, cameo: code(of: c))
        mention(run.lowerBound, atoms[c.end - 1].end, type: .PER, actor: a, rule: "apposition")
        nestInner(q, c.end)
        rememberPerson(run.lowerBound, run.upperBound, id: id)
        return c.end
    }

    /// Up to four name words from word `w`: unmatched Arabic or Latin words that are not function
    /// words; the first must be a known name token unless the context is strong and two words follow;
    /// from the third on, only known name tokens or words after a particle.
    func nameRun(_ w: Int, strongContext: Bool, unknownFirst: Bool = false) -> Range<Int>? {
        var k = w, count = 0
        while k < words.count, count < 4 {
            let kind = words[k].kind
            guard kind == .arabic || kind == .latin, atoms[atomOfWord[k]].target == nil, !covered[k], !isStop(k) else { break }
            // After two words, only known name words or words after a particle (بن، عبد، أبو) go on.
            if count >= 2, !isNameWord(k), !isParticle(k - 1), !isParticle(k) { break }
            if !isParticle(k) { count += 1 }
            k += 1
        }
        guard count >= 1, k > w else { return nil }
        if isParticle(k - 1) { k -= 1 }
        guard k > w else { return nil }
        if isNameWord(w) || (unknownFirst && k - w >= 2) { return w..<k }
        if strongContext && k - w >= 2 && isNameWord(w + 1) { return w..<k }
        return nil
    }
}
