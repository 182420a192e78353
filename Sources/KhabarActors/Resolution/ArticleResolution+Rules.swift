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
                case .media, .head:
                    if let next = headRule(p) { p = next; continue }
                case .former:
                    break
                }
            } else if let (i, e) = entry(a) {
                registryRule(p, i, e)
            } else if let d = demonym(a) {
                // A8
                if let c = r.registry.countryIndex[d.country] {
                    mention(a.start, a.end, type: .MISC, actor: actor(c), rule: "demonym")
                }
            } else if a.target == nil, let next = appositionRule(p) {
                p = next; continue
            }
            p += 1
        }
    }

    /// A1/A7: a registry actor; capitals used as agents stand for their government.
    mutating func registryRule(_ p: Int, _ i: Int, _ e: RegistryEntry) {
        let a = atoms[p]
        var code = e.code(on: day)
        var rule = "registry"
        if let cap = e.capitalOf {
            if isLocative(p) { code = cap } else { code = cap + "GOV"; rule = "metonymy" }
        }
        mention(a.start, a.end, type: Self.entityType(e.type), actor: actor(i, code: code), rule: rule)
        if e.type == .PER { rememberPerson(a.start, a.end, id: e.id) }
    }

    /// A place, not an agent: a locative word before it, or the proclitic ب on it (بواشنطن).
    func isLocative(_ p: Int) -> Bool {
        let a = atoms[p]
        if a.reading > 0 {
            let b = words[a.start].bare
            let ba: [UInt8] = [0xD8, 0xA8]
            if b.starts(with: ba) || (b.count > 4 && (b[0...1] == [0xD9, 0x88] || b[0...1] == [0xD9, 0x81]) && b[2...3] == ba[...]) {
                return true
            }
        }
        guard p > 0 else { return false }
        let prev = atoms[p - 1]
        return prev.target == nil && r.locativeKeys.contains(words[prev.start].keys[0])
    }

    /// Code of a country with a role ("" role → the country alone; no country → the role alone).
    static func compose(_ country: String?, _ role: String) -> String {
        (country ?? "") + role
    }

    /// The actor for a nominal (unnamed) actor of a country and role: "Egyptian authorities".
    func nominalActor(country: String?, role: String, english: String, type: ActorType, from: Int, to: Int) -> Actor {
        let code = Self.compose(country, role)
        let en = country.map { r.registry.adjective($0) + " " + english } ?? english
        return Actor(id: "nom:\(code):\(english.lowercased().replacingOccurrences(of: " ", with: "-"))",
                     nameAr: surface(from, to), nameEn: en, type: type, cameo: code)
    }
}
