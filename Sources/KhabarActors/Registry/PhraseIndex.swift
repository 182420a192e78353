/// A hash of normalized token n-grams: the first token's key leads to the phrases that start with
/// it, longest first. Keys are those of ``MatchKeys`` (normalized, article-less, FNV-1a).
///
/// Matching at a word tries each reading of the word (written form first, then its
/// proclitic-stripped readings) and keeps the longest phrase whose following tokens match any
/// reading of the following words; at equal length, the earlier reading and then the lower
/// priority win. Phrase length is bounded, so a scan is linear in the number of words.
struct PhraseIndex: Sendable {
    enum Target: Sendable, Hashable {
        case actor(Int), demonym(Int), role(Int)
    }
    struct Phrase: Sendable {
        var keys: [UInt64]
        var target: Target
        var priority: Int
        /// Other targets with the same spelling and priority (القنيطرة: Quneitra and Kenitra).
        var alternatives: [Target] = []
        /// The spelling starts with the article: the text word must carry it too (الوادي ≠ وادي).
        var definite = false
    }
    struct Match: Sendable {
        var start: Int
        var end: Int
        var target: Target
        /// 0 when the first word matched as written, > 0 when through a stripped reading.
        var reading: Int
        var alternatives: [Target]
    }

    private(set) var phrases: [Phrase] = []
    private var byFirst: [UInt64: [Int32]] = [:]
    static let maxLength = 10

    init() {}

    mutating func add(tokens: [[UInt8]], target: Target, priority: Int, definite: Bool = false) {
        guard !tokens.isEmpty, tokens.count <= Self.maxLength else { return }
        let keys = tokens.map { MatchKeys.hash($0) }
        if let bucket = byFirst[keys[0]] {
            for i in bucket where phrases[Int(i)].keys == keys {
                // Same spelling twice: keep the better priority; equal priorities are alternatives.
                let old = phrases[Int(i)]
                if old.priority == priority, old.target != target, !old.alternatives.contains(target) {
                    phrases[Int(i)].alternatives.append(target)
                    phrases[Int(i)].definite = old.definite && definite
                }
                if old.priority <= priority { return }
                phrases[Int(i)] = Phrase(keys: keys, target: target, priority: priority, definite: definite)
                return
            }
        }
        phrases.append(Phrase(keys: keys, target: target, priority: priority, definite: definite))
        byFirst[keys[0], default: []].append(Int32(phrases.count - 1))
    }

    /// Sorts each bucket longest first (call once after adding).
    mutating func finish() {
        let ph = phrases
        for (k, v) in byFirst {
            byFirst[k] = v.sorted { a, b in
                let pa = ph[Int(a)], pb = ph[Int(b)]
                return pa.keys.count != pb.keys.count ? pa.keys.count > pb.keys.count : pa.priority < pb.priority
            }
        }
    }

    /// The best phrase starting at `words[i]`, if any. `accept` filters targets.
    func match(_ words: [Word], at i: Int, accept: (Target) -> Bool = { _ in true }) -> Match? {
        guard words[i].kind != .punctuation else { return nil }
        var best: Match?
        var bestPriority = Int.max
        for (r, key) in words[i].keys.enumerated() {
            guard let bucket = byFirst[key] else { continue }
            for pi in bucket {
                let p = phrases[Int(pi)]
                let n = p.keys.count
                if let b = best, n < b.end - b.start { break }
                guard i + n <= words.count, accept(p.target), !p.definite || words[i].definite else { continue }
                var ok = true
                var j = 1
                while j < n {
                    let w = words[i + j]
                    if w.kind == .punctuation || !w.keys.contains(p.keys[j]) { ok = false; break }
                    j += 1
                }
                guard ok else { continue }
                if let b = best {
                    let bl = b.end - b.start
                    if n > bl || (n == bl && r == b.reading && p.priority < bestPriority) {
                        best = Match(start: i, end: i + n, target: p.target, reading: r, alternatives: p.alternatives); bestPriority = p.priority
                    }
                } else {
                    best = Match(start: i, end: i + n, target: p.target, reading: r, alternatives: p.alternatives); bestPriority = p.priority
                }
            }
        }
        return best
    }
}
