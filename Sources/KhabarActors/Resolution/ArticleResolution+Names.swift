extension ArticleResolution {
    /// Records a person's name words so later surname and full-name mentions link to them (A9).
    mutating func rememberPerson(_ from: Int, _ to: Int, id: String) {
        let keys = (from..<to).filter { !isParticle($0) }.map { words[$0].keys[0] }
        guard !keys.isEmpty else { return }
        personNames.append((keys, id))
    }

    /// A9: words not yet in a mention that repeat a found person's full name or surname (last name
    /// word, at least three letters). Ambiguous surnames (two people) are left alone.
    mutating func linkNames() {
        var bySurname: [UInt64: String] = [:], ambiguous = Set<UInt64>()
        var byFirst: [UInt64: [([UInt64], String)]] = [:]  // full names by first key
        for (keys, id) in personNames {
            if keys.count >= 2, !(byFirst[keys[0]]?.contains { $0.0 == keys } ?? false) { byFirst[keys[0], default: []].append((keys, id)) }
            guard keys.count >= 2, let last = keys.last else { continue }
            if let other = bySurname[last], other != id { ambiguous.insert(last) } else { bySurname[last] = id }
        }
        guard !bySurname.isEmpty || !byFirst.isEmpty else { return }
        // A 1,024-bit filter of the keys above (top ten bits of each): most words have no key in it
        // and skip both hash-table lookups.
        var filter = [UInt64](repeating: 0, count: 16)
        func bit(_ k: UInt64) -> (Int, UInt64) { (Int(truncatingIfNeeded: k >> 60), 1 << ((k >> 54) & 63)) }
        for k in byFirst.keys { let (i, m) = bit(k); filter[i] |= m }
        for k in bySurname.keys { let (i, m) = bit(k); filter[i] |= m }
        var w = 0
        while w < words.count {
            defer { w += 1 }
            guard !covered[w], words[w].kind == .arabic || words[w].kind == .latin else { continue }
            guard words[w].keys.contains(where: { let (i, m) = bit($0); return filter[i] & m != 0 }) else { continue }
            var matched = false
            let candidates = words[w].keys.flatMap { byFirst[$0] ?? [] }
            for (keys, id) in candidates where w + keys.count <= words.count {
                if (0..<keys.count).allSatisfy({ !covered[w + $0] && words[w + $0].keys.contains(keys[$0]) }) {
                    mention(w, w + keys.count, type: .PER, actor: actors[actorIndex(id)!], rule: "repeat")
                    w += keys.count - 1
                    matched = true
                    break
                }
            }
            if matched { continue }
            if words[w].bareRange.count >= 6, let id = words[w].keys.lazy.compactMap({ k in ambiguous.contains(k) ? nil : bySurname[k] }).first,
               let k = actorIndex(id) {
                mention(w, w + 1, type: .PER, actor: actors[k], rule: "surname")
            }
        }
    }

    /// A10: tagger spans not covered by a mention become actors of their type (names transliterated).
    mutating func applyTaggerSpans(_ spans: [EntitySpan]) {
        guard !spans.isEmpty else { return }
        for s in spans {
            // Words are in text order and do not overlap: those inside the span are one run, found by
            // binary search; its first and last non-punctuation words bound the mention.
            var lo = 0, hi = words.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if words[mid].scalarStart < s.start { lo = mid + 1 } else { hi = mid }
            }
            var first: Int?, last: Int?
            var k = lo
            while k < words.count, words[k].scalarStart <= s.end {
                if words[k].scalarEnd <= s.end, words[k].kind != .punctuation {
                    if first == nil { first = k }
                    last = k
                }
                k += 1
            }
            guard let a = first, let b = last, !(a...b).contains(where: { covered[$0] }) else { continue }
            let type: ActorType
            switch s.type.uppercased() {
            case "PER", "PERS": type = .PER
            case "ORG": type = .ORG
            case "LOC", "GPE": type = .LOC
            default: continue
            }
            let id = type.rawValue.lowercased() + ":" + (a...b).map { String(decoding: bare($0), as: UTF8.self) }.joined(separator: "-")
            let act = Actor(id: id, nameAr: surface(a, b + 1), nameEn: "", type: type, cameo: "")
            mention(a, b + 1, type: Self.entityType(type), actor: act, rule: "tagger")
            if type == .PER { rememberPerson(a, b + 1, id: id) }
        }
    }
}
