/// Best label sequence under a first-order model with BIO constraints: `I-X` may only follow
/// `B-X` or `I-X`, and never starts a sentence. Linear in the number of tokens.
enum Viterbi {
    static let labels = NERLabel.count

    /// Whether `next` may follow `prev` (`prev == labels` means the sentence start).
    static let allowed: [Bool] = {
        var a = [Bool](repeating: true, count: (labels + 1) * labels)
        for prev in 0...labels {
            for next in 0..<labels {
                let l = NERLabel(index: UInt8(next))
                guard let t = l.type, !l.isBegin else { continue }
                let ok = prev < labels && NERLabel(index: UInt8(prev)).type == t
                a[prev * labels + next] = ok
            }
        }
        return a
    }()

    /// For each label `y`, the labels that may precede it (in increasing order): `previous[y * L ..< y * L + previousCount[y]]`.
    static let previous: (labels: [Int], counts: [Int]) = {
        var list = [Int](repeating: 0, count: labels * labels), counts = [Int](repeating: 0, count: labels)
        for y in 0..<labels {
            for p in 0..<labels where allowed[p * labels + y] {
                list[y * labels + counts[y]] = p
                counts[y] += 1
            }
        }
        return (list, counts)
    }()

    /// Decodes `n` tokens. `emissions[i * L + y]` is token i's score for label y;
    /// `transitions[(prev) * L + y]` with row L for the start.
    ///
    /// Each label's best predecessor is searched among the allowed ones only (``previous``), in
    /// increasing order with a strict comparison, so ties go to the smallest label as before.
    static func decode(emissions: [Float], count n: Int, transitions: [Float]) -> [UInt8] {
        let L = labels
        guard n > 0 else { return [] }
        var out = [UInt8](repeating: 0, count: n)
        let minusInf = -Float.greatestFiniteMagnitude
        let (prevList, prevCounts) = previous
        withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * L) { buffer in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n * L) { back in
                var score = buffer.baseAddress!, next = score + L
                allowed.withUnsafeBufferPointer { ok in
                    transitions.withUnsafeBufferPointer { tr in
                        emissions.withUnsafeBufferPointer { em in
                            prevList.withUnsafeBufferPointer { prev in
                                prevCounts.withUnsafeBufferPointer { counts in
                                    for y in 0..<L {
                                        score[y] = ok[L * L + y] ? tr[L * L + y] + em[y] : minusInf
                                    }
                                    for i in 1..<max(n, 1) {
                                        for y in 0..<L {
                                            var best = minusInf
                                            var arg = 0
                                            for k in 0..<counts[y] {
                                                let p = prev[y * L + k]
                                                let s = score[p] + tr[p * L + y]
                                                if s > best { best = s; arg = p }
                                            }
                                            next[y] = best + em[i * L + y]
                                            back[i * L + y] = UInt8(arg)
                                        }
                                        swap(&score, &next)
                                    }
                                }
                            }
                        }
                    }
                }
                var y = 0
                for k in 1..<L where score[k] > score[y] { y = k }
                var i = n - 1
                while true {
                    out[i] = UInt8(y)
                    if i == 0 { break }
                    y = Int(back[i * L + y])
                    i -= 1
                }
            }
        }
        return out
    }
}
