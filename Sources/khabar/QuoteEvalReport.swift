import KhabarQuotes

/// Accumulates `khabar eval quotes` counts and error examples across articles.
struct QuoteEvalReport {
    let loose: Double
    let strict: Double
    var articles = 0
    var goldCount = 0
    var predictedCount = 0
    var looseMatched = 0
    var strictMatched = 0
    var speakerRight = 0
    /// Matched quotes whose gold speaker is the predicted speaker or the origin of its `via` chain.
    var chainSpeakerRight = 0
    /// Category → examples ("article: text").
    var errors: [String: [String]] = [:]

    init(loose: Double, strict: Double) {
        self.loose = loose
        self.strict = strict
    }

    struct Summary {
        var looseP, looseR, looseF1, strictP, strictR, strictF1, speaker: Double
    }

    var summary: Summary {
        func prf(_ m: Int) -> (Double, Double, Double) {
            let p = predictedCount > 0 ? Double(m) / Double(predictedCount) : 0
            let r = goldCount > 0 ? Double(m) / Double(goldCount) : 0
            return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
        }
        let l = prf(looseMatched)
        let s = prf(strictMatched)
        let sp = looseMatched > 0 ? Double(speakerRight) / Double(looseMatched) : 0
        return Summary(looseP: l.0, looseR: l.1, looseF1: l.2, strictP: s.0, strictR: s.1, strictF1: s.2, speaker: sp)
    }

    /// Scores one article. Predicted quotes with the same words are counted once (the lede repeats the first
    /// paragraph, and the gold annotates a repeated statement once).
    mutating func add(article: String, gold: [QuoteScorer.Item], predicted quotes: [Quote]) {
        articles += 1
        var seen = Set<[String]>()
        var predicted: [QuoteScorer.Item] = []
        var origins: [String?] = []
        var predictedWords: [[String]] = []
        for q in quotes {
            let w = QuoteScorer.words(q.content.text)
            if w.isEmpty || seen.contains(w) { continue }
            seen.insert(w)
            predicted.append(QuoteScorer.Item(text: q.content.text, speaker: q.speaker?.span.text, kind: q.kind))
            origins.append(q.via.last?.span.text)
            predictedWords.append(w)
        }
        let goldWords = gold.map { QuoteScorer.words($0.text) }
        goldCount += gold.count
        predictedCount += predicted.count
        let loosePairs = QuoteScorer.match(gold: goldWords, predicted: predictedWords, threshold: loose)
        let strictPairs = QuoteScorer.match(gold: goldWords, predicted: predictedWords, threshold: strict)
        looseMatched += loosePairs.count
        strictMatched += strictPairs.count
        let tag = article.replacingOccurrences(of: ".json", with: "")
        var matchedG = Set<Int>()
        var matchedP = Set<Int>()
        for pair in loosePairs {
            matchedG.insert(pair.gold)
            matchedP.insert(pair.predicted)
            let g = gold[pair.gold]
            let p = predicted[pair.predicted]
            let origin = origins[pair.predicted].map { QuoteScorer.Item(text: p.text, speaker: $0) }
            if QuoteScorer.speakerMatches(gold: g, predicted: p) {
                speakerRight += 1
                chainSpeakerRight += 1
            } else if let o = origin, QuoteScorer.speakerMatches(gold: g, predicted: o) {
                chainSpeakerRight += 1
                note(
                    "speaker is the chain origin",
                    "\(tag): gold «\(g.speaker ?? "")» = via «\(o.speaker ?? "")», speaker «\(p.speaker ?? "none")»")
            } else {
                note(
                    "wrong speaker",
                    "\(tag): gold «\(g.speaker ?? "")» got «\(p.speaker ?? "none")» — «\(short(g.text))»")
            }
            let precisionSide = QuoteScorer.overlap(
                gold: predictedWords[pair.predicted], predicted: goldWords[pair.gold])
            if pair.overlap < strict {
                note("boundary too short", "\(tag): gold «\(short(g.text))» got «\(short(p.text))»")
            } else if precisionSide < strict {
                note("boundary too long", "\(tag): gold «\(short(g.text))» got «\(short(p.text))»")
            }
            if let gk = g.kind, let pk = p.kind, gk != pk {
                note("kind \(gk.rawValue)→\(pk.rawValue)", "\(tag): «\(short(g.text))»")
            }
        }
        for (k, g) in gold.enumerated() where !matchedG.contains(k) {
            note("missed \(g.kind?.rawValue ?? "?")", "\(tag): «\(short(g.text))» (speaker «\(g.speaker ?? "")»)")
        }
        for (k, p) in predicted.enumerated() where !matchedP.contains(k) {
            note("spurious", "\(tag): «\(short(p.text))» (speaker «\(p.speaker ?? "none")»)")
        }
    }

    mutating func note(_ category: String, _ example: String) {
        errors[category, default: []].append(example)
    }

    func short(_ s: String) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 70 ? String(flat.prefix(70)) + "…" : flat
    }

    func printErrors(examples: Int) {
        print("errors by category (loose matching):")
        for (category, list) in errors.sorted(by: { $0.value.count > $1.value.count }) {
            print("  \(category): \(list.count)")
            for e in list.prefix(examples) { print("    - \(e)") }
        }
    }
}
