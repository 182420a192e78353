/// The feature templates split in two, for ``TypeSums``: those that depend on one token's own
/// units only (its word, affixes, shape, bare form, cluster, gazetteer and induced codes), and
/// the rest, which read the context (bigrams, phrase and cue marks, the sentence start, combined
/// neighbour values).
///
/// The own-unit templates are read at five positions: the token itself, and the token as the
/// previous (−1), next (+1), second previous (−2) and second next (+2) neighbour of another. So
/// a word's weights for them, summed per position (``typeKeys(_:into:)``), are the same wherever
/// the word occurs and can be kept across sentences and documents. The keys of
/// ``contextKeys(_:into:)`` for a sentence plus the five groups of ``typeKeys(_:into:)`` of each
/// token and its neighbours (``TokenUnits/boundary`` and ``TokenUnits/end`` past the edges) are
/// exactly the keys of ``extract(_:document:into:)`` with `document: nil`, in another order.
extension FeatureExtractor {
    /// The positions of ``typeKeys(_:into:)``: which neighbour of the tagged token the word is.
    static let typeGroups = 5  // 0: the token, 1: previous, 2: next, 3: second previous, 4: second next

    /// The own-unit keys of `w` in five groups (`offsets[g] ..< offsets[g + 1]`, see ``typeGroups``).
    func typeKeys(_ w: TokenUnits, into out: inout SentenceFeatures) {
        out.keys.removeAll(keepingCapacity: true)
        out.offsets.removeAll(keepingCapacity: true)
        out.offsets.append(0)
        @inline(__always) func f(_ t: UInt32, _ v: UInt64) { out.keys.append(NERHash.feature(t, v)) }
        // 0: the token itself
        f(2, w.word)
        f(9, w.prefix.0); f(10, w.prefix.1); f(11, w.prefix.2)
        f(12, w.suffix.0); f(13, w.suffix.1); f(14, w.suffix.2)
        f(15, w.shape)
        if set.contains(.stem) { f(20, w.bare) }
        if set.contains(.gazetteer) {
            f(30, UInt64(w.gazetteerWord)); f(31, UInt64(w.gazetteerBare))
            f(37, NERHash.combine(UInt64(w.gazetteerWord | w.gazetteerBare), w.shape))
        }
        if set.contains(.clusters) {
            let c = w.cluster
            f(50, c & 0xFFFF); f(51, (c >> 16) & 0xFFFF); f(52, c >> 32)
        }
        if set.contains(.induced) {
            f(80, UInt64(w.induced)); f(83, NERHash.combine(UInt64(w.induced), w.shape))
        }
        out.offsets.append(out.keys.count)
        // 1: the previous token of the tagged one
        f(3, w.word)
        if set.contains(.stem) { f(21, w.bare) }
        if set.contains(.gazetteer) { f(32, UInt64(w.gazetteerWord | w.gazetteerBare)) }
        if set.contains(.clusters) { f(53, (w.cluster >> 16) & 0xFFFF); f(55, w.cluster >> 32) }
        if set.contains(.induced) { f(81, UInt64(w.induced)) }
        out.offsets.append(out.keys.count)
        // 2: the next token
        f(4, w.word)
        if set.contains(.stem) { f(22, w.bare) }
        if set.contains(.gazetteer) { f(33, UInt64(w.gazetteerWord | w.gazetteerBare)) }
        if set.contains(.clusters) { f(54, (w.cluster >> 16) & 0xFFFF); f(56, w.cluster >> 32) }
        if set.contains(.induced) { f(82, UInt64(w.induced)) }
        out.offsets.append(out.keys.count)
        // 3: the second previous token
        f(5, w.word)
        if set.contains(.clusters) { f(57, w.cluster & 0xFFFF) }
        out.offsets.append(out.keys.count)
        // 4: the second next token
        f(6, w.word)
        if set.contains(.clusters) { f(58, w.cluster & 0xFFFF) }
        out.offsets.append(out.keys.count)
    }

    /// The context keys of every token of a sentence (the templates ``typeKeys(_:into:)`` leaves out).
    func contextKeys(_ u: [TokenUnits], into out: inout SentenceFeatures) {
        out.keys.removeAll(keepingCapacity: true)
        out.offsets.removeAll(keepingCapacity: true)
        out.offsets.append(0)
        let n = u.count
        @inline(__always) func at(_ i: Int) -> TokenUnits {
            i < 0 ? .boundary : i >= n ? .end : u[i]
        }
        for i in 0..<n {
            let w = u[i], p1 = at(i - 1), n1 = at(i + 1), p2 = at(i - 2)
            @inline(__always) func f(_ t: UInt32, _ v: UInt64) { out.keys.append(NERHash.feature(t, v)) }
            f(1, 0)
            f(7, NERHash.combine(p1.word, w.word)); f(8, NERHash.combine(w.word, n1.word))
            f(16, NERHash.combine(p1.shape, w.shape)); f(17, NERHash.combine(w.shape, n1.shape))
            if i == 0 { f(18, 1) }
            if set.contains(.gazetteer) {
                f(34, UInt64(w.phrase) << 1 | (w.phraseBegin ? 1 : 0))
                f(35, UInt64(p1.phrase)); f(36, UInt64(n1.phrase) << 1 | (n1.phraseBegin ? 1 : 0))
            }
            if set.contains(.cues) {
                f(40, UInt64(w.cue)); f(41, UInt64(p1.cue)); f(42, UInt64(p2.cue)); f(43, UInt64(n1.cue))
                f(44, NERHash.combine(UInt64(p1.cue), w.cluster & 0xFFFF))
            }
            if set.contains(.clusters) {
                f(59, NERHash.combine(p1.cluster & 0xFFFF, w.cluster & 0xFFFF))
                f(60, NERHash.combine(w.cluster & 0xFFFF, n1.cluster & 0xFFFF))
            }
            if set.contains(.induced) {
                f(84, NERHash.combine(UInt64(p1.induced), UInt64(w.induced)))
                f(85, NERHash.combine(UInt64(w.induced), UInt64(n1.induced)))
            }
            out.offsets.append(out.keys.count)
        }
    }
}
