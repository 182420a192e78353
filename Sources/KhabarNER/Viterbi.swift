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

    /// The allowed (predecessor, label) pairs, predecessor-major (`p` increasing, then `y`):
    /// `(p, y, p * L + y)` for each, so that one token's nine label searches run side by side
    /// (nine independent chains of comparisons instead of one long one) while each label still
    /// sees its predecessors in increasing order.
    static let pairs: [(from: Int, label: Int, at: Int)] = {
        var list: [(from: Int, label: Int, at: Int)] = []
        for p in 0..<labels {
            for y in 0..<labels where allowed[p * labels + y] { list.append((p, y, p * labels + y)) }
        }
        return list
    }()

    /// Decodes `n` tokens. `emissions[i * L + y]` is token i's score for label y;
    /// `transitions[(prev) * L + y]` with row L for the start.
    ///
    /// Each label's best predecessor is searched among the allowed ones only (``pairs``), in
    /// increasing order with a strict comparison, so ties go to the smallest label as before.
    static func decode(emissions: [Float], count n: Int, transitions: [Float]) -> [UInt8] {
        let L = labels
        guard n > 0 else { return [] }
        var out = [UInt8](repeating: 0, count: n)
        let minusInf = -Float.greatestFiniteMagnitude
        withUnsafeTemporaryAllocation(of: Float.self, capacity: 3 * L) { buffer in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n * L + L) { back in
                var score = buffer.baseAddress!, next = score + L
                let best = score + 2 * L
                allowed.withUnsafeBufferPointer { ok in
                    transitions.withUnsafeBufferPointer { tr in
                        emissions.withUnsafeBufferPointer { em in
                            pairs.withUnsafeBufferPointer { pairs in
                                for y in 0..<L {
                                    score[y] = ok[L * L + y] ? tr[L * L + y] + em[y] : minusInf
                                }
                                for i in 1..<max(n, 1) {
                                    let arg = back.baseAddress! + i &* L
                                    for y in 0..<L {
                                        best[y] = minusInf
                                        arg[y] = 0
                                    }
                                    for (p, y, at) in pairs {
                                        let s = score[p] + tr[at]
                                        if s > best[y] {
                                            best[y] = s
                                            arg[y] = UInt8(truncatingIfNeeded: p)
                                        }
                                    }
                                    for y in 0..<L { next[y] = best[y] + em[i &* L &+ y] }
                                    swap(&score, &next)
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
