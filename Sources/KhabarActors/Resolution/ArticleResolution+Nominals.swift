extension ArticleResolution {
    /// A5: a group or people cue with its country: demonym (up to two words later), country or city
    /// name, في + place, a person (إدارة ترامب) or a title chain (إدارة الرئيس الأمريكي دونالد ترامب).
    mutating func nominalRule(_ p: Int) -> Int? {
        guard let cue = role(atoms[p]) else { return nil }
        if cue.kind == .people, atoms[p].end - atoms[p].start == 1, !words[atoms[p].start].definite,
           bare(atoms[p].start).suffix(2) == [0xD9, 0x8A], isAdjectivePosition(p) {
            return nil  // مؤتمر صحفي: a nisba adjective after an indefinite noun, not a person
        }
        let start = atoms[p].start
        let type: ActorType = cue.type ?? .ORG
        var q = p + 1
        // Numbers before people cues are part of them (5 وزراء) — handled by the caller's span start.
        var country: String?
        var endAtom = p
        var skip = 0
        if cue.kind == .agent {
            guard q < atoms.count, let d = demonym(atoms[q]) else { return nil }
            country = d.country; endAtom = q; skip = 3
        }
        while q < atoms.count, skip <= 2 {
            let a = atoms[q]
            if let d = demonym(a) { country = d.country; endAtom = q; break }
            if let (_, e) = entry(a) {
                if e.type == .GPE || e.type == .LOC { country = e.country ?? countryOf(a); endAtom = q; break }
                if e.type == .PER, skip == 0, let c = countryOf(a) {
                    // A5: إدارة ترامب → the person's government
                    let mentionEnd = a.end
                    let en = (r.registry.entries[entryIndex(a)].nameEn.split(separator: " ").last.map(String.init) ?? "") + " " + cue.english
                    let act = Actor(id: "nom:\(c)\(cue.role):\(en.lowercased())", nameAr: surface(start, mentionEnd), nameEn: en,
                                    type: .ORG, cameo: Self.compose(c, cue.role.isEmpty ? "GOV" : cue.role))
                    mention(start, mentionEnd, type: .ORG, actor: act, rule: "nominal+person")
                    return q  // the person itself is resolved next
                }
                break
            }
            if let t = role(a), t.kind == .group, skip < 2 {
                // قوات النظام السوري، قوات الأمن العراقية: the first cue's role, the later country
                skip += 1; q += 1; continue
            }
            if let t = role(a), t.kind == .title, skip == 0, let c = chain(q) {
                // إدارة الرئيس الأمريكي دونالد ترامب
                var qq = c.end
                if isComma(qq) { qq += 1 }
                var end = atoms[c.end - 1].end
                var person: RegistryEntry?
                if qq < atoms.count, let (_, e) = entry(atoms[qq]), e.type == .PER { end = atoms[qq].end; person = e }
                else if qq < atoms.count, let run = nameRun(atoms[qq].start, strongContext: true) { end = run.upperBound }
                let cc = c.country ?? mainCountry
                var act = nominalActor(country: cc, role: cue.role, english: cue.english, type: type, from: start, to: end)
                if let pe = person, let surname = pe.nameEn.split(separator: " ").last {
                    // إدارة الرئيس الأمريكي دونالد ترامب → "Trump administration"
                    act.nameEn = "\(surname) \(cue.english)"
                    act.id = "nom:\(act.cameo):\(surname.lowercased())-\(cue.english.lowercased())"
                }
                mention(start, end, type: Self.entityType(type), actor: act, rule: "nominal+title")
                return q  // the title chain is resolved next
            }
            if a.target == nil, !isPunct(q) {
                // في + place
                if isLocativeWord(a.start), q + 1 < atoms.count, let (_, e) = entry(atoms[q + 1]),
                   e.type == .GPE || e.type == .LOC {
                    country = e.country ?? countryOf(atoms[q + 1]); endAtom = q + 1; break
                }
                if isStop(a.start) { break }
                skip += 1; q += 1; continue
            }
            break
        }
        if country == nil {
            // A definite group cue alone (السلطات، الشرطة) or a people cue: the article's main country.
            guard cue.kind != .agent, endAtom == p, (atoms[p].start..<atoms[p].end).contains(where: { words[$0].definite }) || cue.kind == .people
            else { return nil }
            // Without a role (مصادر, خبراء, ناشطون) the cue says nothing about a country.
            country = cue.role.isEmpty ? nil : (nearbyCountry(before: p) ?? mainCountry)
        }
        var from = start
        if from > 0, words[from - 1].kind == .number { from -= 1 }
        let end = atoms[endAtom].end
        let act = nominalActor(country: country, role: cue.role, english: cue.english, type: type, from: from, to: end)
        mention(from, end, type: Self.entityType(type), actor: act, rule: "nominal")
        return endAtom + 1
    }

    /// The country of the nearest country-linked atom in the same sentence (up to 25 atoms back).
    func nearbyCountry(before p: Int) -> String? {
        var k = p - 1, n = 0
        while k >= 0, n < 25 {
            let w = words[atoms[k].start], b = bare(atoms[k].start)
            if w.kind == .punctuation, b == [0x2E] || b == [0xD8, 0x9F] || b == [0x21] { return nil }
            if let c = countryOf(atoms[k]) { return c }
            k -= 1; n += 1
        }
        return nil
    }

    func entryIndex(_ a: Atom) -> Int {
        if case .actor(let i)? = a.target { return i }
        return 0
    }


    /// A6: وكالة/صحيفة/شركة … + a registry organisation, a quoted name or up to three words, then an
    /// optional demonym or country.
    mutating func headRule(_ p: Int) -> Int? {
        guard let cue = role(atoms[p]) else { return nil }
        let start = atoms[p].start
        var q = p + 1
        if isQuote(q), q + 1 < atoms.count, let (i, e) = entry(atoms[q + 1]), e.type == .ORG {
            mention(start, atoms[q + 1].end, type: .ORG, actor: actor(i), rule: "head+registry")
            return q + 2
        }
        if q < atoms.count, let (i, e) = entry(atoms[q]), e.type == .ORG || (cue.kind == .place && e.type != .PER) {
            mention(start, atoms[q].end, type: Self.entityType(e.type), actor: actor(i, code: e.country ?? e.code(on: day)), rule: "head+registry")
            return q + 1
        }
        var nameWords: [Int] = []
        let definiteCue = (atoms[p].start..<atoms[p].end).contains { words[$0].definite }
        if definiteCue && cue.kind != .media {
            // الشركة، المنظمة: an anaphor, not a new name.
        } else if isQuote(q) {
            var k = q + 1
            while k < atoms.count, !isQuote(k), nameWords.count < 6, atoms[k].target == nil || entry(atoms[k]) != nil {
                nameWords.append(contentsOf: atoms[k].start..<atoms[k].end); k += 1
            }
            if isQuote(k), !nameWords.isEmpty { q = k + 1 } else { nameWords = [] }
        } else {
            while q < atoms.count, nameWords.count < 3, atoms[q].target == nil, !isPunct(q), !isStop(atoms[q].start),
                  words[atoms[q].start].kind != .number || !nameWords.isEmpty || cue.kind == .media {
                nameWords.append(atoms[q].start); q += 1
            }
        }
        var country: String?
        if q < atoms.count, let d = demonym(atoms[q]) { country = d.country; q += 1 }
        else if q < atoms.count, let (_, e) = entry(atoms[q]), e.type == .GPE { country = e.country; q += 1 }
        if nameWords.isEmpty && country == nil {
            // A definite media cue alone (وكالة الأنباء الرسمية): the article's main country.
            guard cue.kind == .media, definiteCue, let mc = mainCountry else { return nil }
            country = mc
        }
        let end = atoms[q - 1].end
        if nameWords.isEmpty {
            let act = nominalActor(country: country, role: cue.role, english: cue.english, type: .ORG, from: start, to: end)
            mention(start, end, type: .ORG, actor: act, rule: "head")
            return q
        }
        let cc = country ?? mainCountry
        let nameAr = nameWords.map { String(decoding: bytes[words[$0].utf8Start..<words[$0].utf8End], as: UTF8.self) }.joined(separator: " ")
        let id = "org:" + nameWords.map { String(decoding: bare($0), as: UTF8.self) }.joined(separator: "-")
        let type = cue.type ?? .ORG
        let act = Actor(id: id, nameAr: nameAr, nameEn: "", type: type, cameo: Self.compose(cc, cue.role))
        // Places get a transliterated English name like every unnamed actor (in `result()`).
        mention(start, end, type: Self.entityType(type), actor: act, rule: "head+name")
        return q
    }
}
