import ArgumentParser
import Foundation
import KhabarActors
import KhabarNER

/// `khabar eval actors --gold DIR`: per article, gold actors found (a predicted mention with an actor
/// overlaps an occurrence of the gold mention's surface in the text; among several, the one starting
/// where the gold mention starts, then the largest overlap), English-name and CAMEO-code accuracy over
/// the found ones. Names match when one's words contain the other's (case, accents, punctuation,
/// parentheses and al/the folded).
struct EvalActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors", abstract: "Actor recall, English-name and CAMEO-code accuracy against gold/dev.")

    @Option(help: "Folder of gold JSON files (their \"doc\" is relative to the data folder two levels up).")
    var gold: String
    @Option(help: "The data folder the gold \"doc\" paths are relative to (default: gold/../..).")
    var data: String?
    @Option(help: "Fail below this recall.") var minRecall: Double = 0
    @Option(help: "Fail below this CAMEO-code accuracy (over found actors).") var minCodeAccuracy: Double = 0
    @Option(help: "Fail below this English-name accuracy (over found actors).") var minNameAccuracy: Double = 0
    @Flag(help: "Print every error.") var verbose = false
    @Flag(help: "Give the resolver the NER tagger's spans too, as khabar analyze does.") var tagger = false

    func run() throws {
        let resolver = try ActorResolver.shared()
        let dataDir = data ?? ((gold as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        guard let listing = try? FileManager.default.contentsOfDirectory(atPath: gold) else {
            throw ValidationErrorLine("\(gold): not a readable folder of gold JSON files")
        }
        let files = listing.filter { $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else { throw ValidationErrorLine("\(gold): no gold JSON files") }
        let nerTagger = tagger ? try NERTagger.bundled() : nil
        var total = 0, found = 0, nameOK = 0, codeOK = 0, failed = 0
        var errors: [String: [String]] = [:]
        let start = Date()
        for f in files {
            let path = (gold as NSString).appendingPathComponent(f)
            do {
                let g = try GoldActors(path: path)
                let docPath = (dataDir as NSString).appendingPathComponent(g.doc)
                let article = try AntArticle(path: docPath)
                let text = article.text
                let day = AntArticle.day(path: docPath, time: article.time) ?? ActorResolver.today()
                let spans = nerTagger.map { t in
                    t.entities(inText: text).map {
                        EntitySpan(start: $0.scalarRange.lowerBound, end: $0.scalarRange.upperBound, type: $0.type.description)
                    }
                } ?? []
                let result = resolver.resolve(text, entities: spans, date: day)
                let scalars = Array(text.unicodeScalars)
                var aFound = 0, aName = 0, aCode = 0
                for ga in g.actors {
                    total += 1
                    let spans = Self.occurrences(Array(ga.mention.unicodeScalars), in: scalars)
                    var best: (ActorMention, Double)?
                    for m in result.mentions where m.actor != nil {
                        for s in spans {
                            let inter = min(m.end, s.upperBound) - max(m.start, s.lowerBound)
                            guard inter > 0 else { continue }
                            // Same start first (the gold mention is the title + name), then span overlap.
                            let score = (m.start == s.lowerBound ? 1.0 : 0.0)
                                + Double(inter) / Double(max(m.end, s.upperBound) - min(m.start, s.lowerBound))
                            if score > (best?.1 ?? 0) { best = (m, score) }
                        }
                    }
                    guard let (m, _) = best, let actor = result.actor(m.actor) else {
                        errors["missed \(ga.type)", default: []].append("\(f): \(ga.mention) [\(ga.cameo)] \(ga.english)")
                        continue
                    }
                    found += 1; aFound += 1
                    if Self.sameName(actor.nameEn, ga.english) { nameOK += 1; aName += 1 }
                    else { errors["name", default: []].append("\(f): \(ga.mention): \(actor.nameEn)\(actor.transliterated ? " (translit.)" : "") ≠ \(ga.english)") }
                    if actor.cameo == ga.cameo { codeOK += 1; aCode += 1 }
                    else {
                        let cat = actor.cameo.isEmpty ? "code missing" : (ga.cameo.isEmpty ? "code where gold has none" :
                            (actor.cameo.prefix(3) == ga.cameo.prefix(3) ? "code role" : "code country"))
                        errors[cat, default: []].append("\(f): \(ga.mention): \(actor.cameo) ≠ \(ga.cameo) (\(m.rule))")
                    }
                }
                print("\(f)\tgold \(g.actors.count)\tfound \(aFound)\tname \(aName)\tcode \(aCode)\tpredicted actors \(result.actors.count)")
            } catch {
                failed += 1
                print("error: \(error)")
            }
        }
        for (cat, list) in errors.sorted(by: { $0.key < $1.key }) {
            print("-- \(cat): \(list.count)")
            for e in (verbose ? list : Array(list.prefix(8))) { print("   \(e)") }
        }
        let recall = Double(found) / Double(max(total, 1))
        let nameAcc = Double(nameOK) / Double(max(found, 1))
        let codeAcc = Double(codeOK) / Double(max(found, 1))
        let secs = Date().timeIntervalSince(start)
        print(String(format: "eval actors: %d articles (%d unreadable), %d gold actors: recall %.3f (%d), English name %.3f, CAMEO code %.3f over found (code right over all gold %.3f), %.2fs",
                     files.count, failed, total, recall, found, nameAcc, codeAcc, Double(codeOK) / Double(max(total, 1)), secs))
        if recall < minRecall || codeAcc < minCodeAccuracy || nameAcc < minNameAccuracy {
            throw ValidationErrorLine("eval actors: below threshold (recall ≥ \(minRecall), code ≥ \(minCodeAccuracy), name ≥ \(minNameAccuracy))")
        }
    }

    /// Every occurrence of `needle` in `hay`, as scalar ranges.
    static func occurrences(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= hay.count else { return [] }
        var out: [Range<Int>] = []
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { out.append(i..<(i + needle.count)) }
            i += 1
        }
        return out
    }

    /// English names match when, lower-cased without accents, punctuation, parentheses, the
    /// particles al/el/the and a plural -s, one's words contain the other's.
    static func sameName(_ a: String, _ b: String) -> Bool {
        func words(_ s: String) -> Set<String> {
            var s = s
            while let r = s.range(of: #"\([^)]*\)"#, options: .regularExpression) { s.removeSubrange(r) }
            s = s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            let parts = s.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            // Plural -s folded (Houthis = Houthi).
            return Set(parts.filter { !["al", "el", "the", "of", "ad", "bin", "ibn"].contains($0) }
                .map { $0.count > 4 && $0.hasSuffix("s") && !$0.hasSuffix("ss") ? String($0.dropLast()) : $0 })
        }
        let x = words(a), y = words(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        return x.isSubset(of: y) || y.isSubset(of: x)
    }
}

/// The actors of one gold file (gold/GUIDELINES.md).
struct GoldActors {
    struct Item { var mention: String; var type: String; var english: String; var cameo: String }
    var doc: String
    var actors: [Item]

    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path),
              let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let doc = obj["doc"] as? String else {
            throw ValidationErrorLine("\(path): not a gold JSON file with a \"doc\" field")
        }
        self.doc = doc
        actors = ((obj["actors"] as? [[String: Any]]) ?? []).compactMap { a in
            guard let m = a["mention"] as? String else { return nil }
            return Item(mention: m, type: a["type"] as? String ?? "", english: a["canonical_en"] as? String ?? "",
                        cameo: a["cameo"] as? String ?? "")
        }
    }
}
