/// A hash of normalized token n-grams: the first token's key leads to the phrases that start with
/// it, longest first. Keys are those of ``MatchKeys`` (normalized, article-less, FNV-1a).
///
/// Built with `add` and `finish`; `finish` lays the index out flat for matching: a ``KeyTable``
/// from a first key to its bucket, and one array of small phrase records (`Slot`) in bucket order
/// (bucket `b` is `slots[bucketStarts[b]..<bucketStarts[b + 1]]`), each pointing at its keys in
/// one flat key array. A match reads a few adjacent records and copies no phrase.
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
    // The flat layout made by `finish`.
    private var bucketOf = KeyTable([])
    /// Each first key and its bucket number (for a caller's merged key table).
    private(set) var firstKeyBuckets: [(UInt64, Int32)] = []
    private var bucketStarts: [Int32] = []
    /// A phrase as matching needs it: where its keys are, how many, and what it names.
    private struct Slot {
        var keyStart: Int32
        var count: Int32
        var phrase: Int32
        var priority: Int16
        var definite: Bool
        var target: Target
    }
    private var slots: [Slot] = []
    private var flatKeys: [UInt64] = []
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

    /// Sorts each bucket longest first and lays the index out flat (call once after adding).
    mutating func finish() {
        let ph = phrases
        for (k, v) in byFirst {
            byFirst[k] = v.sorted { a, b in
                let pa = ph[Int(a)], pb = ph[Int(b)]
                return pa.keys.count != pb.keys.count ? pa.keys.count > pb.keys.count : pa.priority < pb.priority
            }
        }
        var pairs: [(UInt64, Int32)] = []
        bucketStarts = [0]
        slots = []
        flatKeys = []
        var keyStart: [Int32] = []
        for p in phrases {
            keyStart.append(Int32(flatKeys.count))
            flatKeys.append(contentsOf: p.keys)
        }
        for (k, v) in byFirst {
            pairs.append((k, Int32(bucketStarts.count - 1)))
            for pi in v {
                let p = phrases[Int(pi)]
                slots.append(Slot(keyStart: keyStart[Int(pi)], count: Int32(p.keys.count), phrase: pi, priority: Int16(p.priority),
                                  definite: p.definite, target: p.target))
            }
            bucketStarts.append(Int32(slots.count))
        }
        bucketOf = KeyTable(pairs)
        firstKeyBuckets = pairs
    }

    /// The best phrase starting at `words[i]`, if any. `accept` filters targets.
    func match(_ words: [Word], at i: Int, accept: (Target) -> Bool = { _ in true }) -> Match? {
        match(words, at: i, bucket: { bucketOf[words[i].keys[$0]] }, accept: accept)
    }

    /// The same with the bucket of each reading of `words[i]` given (`bucket(r)`, nil when its key
    /// starts no phrase), for callers that looked the keys up already.
    @inline(__always)
    func match(_ words: [Word], at i: Int, bucket: (Int) -> Int32?, accept: (Target) -> Bool = { _ in true }) -> Match? {
        guard words[i].kind != .punctuation else { return nil }
        var bestEnd = -1, bestPhrase = -1, bestReading = 0
        var bestPriority = Int.max
        let keys = words[i].keys
        for r in 0..<keys.count {
            guard let bucket = bucket(r) else { continue }
            for b in Int(bucketStarts[Int(bucket)])..<Int(bucketStarts[Int(bucket) + 1]) {
                let p = slots[b]
                let ks = Int(p.keyStart)
                let n = Int(p.count)
                if bestPhrase >= 0, n < bestEnd - i { break }
                guard i + n <= words.count, accept(p.target), !p.definite || words[i].definite else { continue }
                var ok = true
                var j = 1
                while j < n {
                    if words[i + j].kind == .punctuation || !words[i + j].keys.contains(flatKeys[ks + j]) { ok = false; break }
                    j += 1
                }
                guard ok else { continue }
                let priority = Int(p.priority)
                if bestPhrase >= 0 {
                    let bl = bestEnd - i
                    if n > bl || (n == bl && r == bestReading && priority < bestPriority) {
                        bestEnd = i + n; bestPhrase = Int(p.phrase); bestReading = r; bestPriority = priority
                    }
                } else {
                    bestEnd = i + n; bestPhrase = Int(p.phrase); bestReading = r; bestPriority = priority
                }
            }
        }
        guard bestPhrase >= 0 else { return nil }
        return Match(start: i, end: bestEnd, target: phrases[bestPhrase].target, reading: bestReading,
                     alternatives: phrases[bestPhrase].alternatives)
    }
}
