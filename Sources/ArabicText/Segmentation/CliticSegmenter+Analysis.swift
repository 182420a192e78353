/// The analysis of one run of Arabic letters (marks already set aside): every way of cutting it into
/// proclitics + stem + pronoun is tried, those that break a rule or fail the corpus checks are
/// dropped, and the best-supported one wins. At most 15 × 13 candidates, each checked in time
/// linear in the word: the whole analysis is linear in the word's length.
extension CliticSegmenter {
    typealias R = SegmentationRules
    /// The word's letters (surface spelling, marks set aside), read in place.
    typealias Word = UnsafeBufferPointer<UInt32>

    /// Minimum corpus count for a stem to count as a real word.
    static let minStemCount = 3
    /// A pronoun split needs the stem at least this fraction as frequent as the whole word.
    static let suffixStemRatio = 0.1
    /// A proclitic split needs the stem at least this fraction as frequent as the whole word.
    static let prefixStemRatio = 0.02
    /// ك (as, like) forms no frequent fixed phrases outside R4 (كما، كذلك): its stem must be at
    /// least this many times as frequent as the whole word (كريس is a name, not ك + ريس).
    static let kafStemRatio = 5.0
    /// Unit evidence (ال+word, impossible clitic orders) tolerated, as a fraction of the word's count.
    static let unitTolerance = 0.02
    /// Unit evidence tolerated whatever the word's count: a form seen only at the lexicon's cutoff
    /// (3 times) is as likely a stray name (كونري، بلحسن) as evidence.
    static let unitFloor = 3.0
    /// What a closed-class stem (R6, R7) counts as.
    static let closedClassCount = 1000

    /// Appends to `out` the split positions (letter indices, increasing, inside `lo..<hi`) of
    /// `w[lo..<hi]`.
    func analyze(_ w: Word, _ lo: Int, _ hi: Int, ending: WordUnits.Tanween = .none, into out: inout [Int]) {
        let n = hi - lo
        guard n >= 2 else { return }
        // Fast exit: no proclitic letter first and no pronoun letter last, or an article word.
        let canPrefix = R.isProcliticLetter(w[lo])
        if !canPrefix && (!R.isPronounEnding(w[hi - 1]) || (w[lo] == R.alef && w[lo + 1] == R.lam)) { return }
        let whole = keyHash(w, lo..<hi)
        if R.unsplittable.contains(whole) { return }
        let wholeCount = count(whole)

        // R3: preposition / conjunction + pronoun, nothing between.
        if canPrefix {
            for p in R.proclitics where p.count < n && hasPrefix(w, lo, hi, p) && p.last != R.kaf && p.last != R.seen {
                let rest = keyHash(w, (lo + p.count)..<hi)
                let prep = p.last == R.beh || p.last == R.lam
                if (prep && R.prepositionPronouns.contains(rest)) || R.conjunctionPronouns.contains(rest) {
                    for k in 1...p.count { out.append(lo + k) }
                    return
                }
            }
        }

        // The best analysis: proclitic length, stem range, whether a pronoun follows.
        var bestScore = -1.0
        var bestP = 0
        var bestS = 0..<0
        var bestE = false
        for pi in -1..<R.proclitics.count {
            let p = pi < 0 ? Clitic.empty : R.proclitics[pi]
            guard p.count < n, hasPrefix(w, lo, hi, p) else { continue }
            if ending == .accusativeOrNominative && p.contains(where: R.isPreposition) { continue }
            // The proclitic checks, made once per proclitic and only when a candidate needs them.
            var procliticsPass: Bool? = p.isEmpty ? true : nil
            let restLo = lo + p.count
            var suffixGate: Bool? = nil
            for ei in -1..<R.pronouns.count {
                let e = ei < 0 ? Clitic.empty : R.pronouns[ei]
                if p.isEmpty && e.isEmpty { continue }
                if ending != .none && !e.isEmpty { continue }
                guard hi - restLo > e.count, hasSuffix(w, restLo, hi, e) else { continue }
                let sLo = restLo
                let sHi = hi - e.count
                let s = sLo..<sHi
                if p.last == R.seen && !(s.count >= 3 && R.isImperfectPrefix(w[sLo])) { continue }
                if !e.isEmpty && s.count >= 2 && w[sLo] == R.alef && w[sLo + 1] == R.lam { continue }
                guard s.count >= 2 else { continue }
                let stem = keyHash(w, s)
                if e.count == 1 && e[0] == 0x064A && !R.particles.contains(stem) { continue }
                if s.count == 2 && !R.shortStems.contains(stem) { continue }
                if !e.isEmpty {
                    if suffixGate == nil { suffixGate = suffixGatePasses(w, restLo, hi) }
                    if suffixGate == false { continue }
                }
                var c =
                    lexicon == nil
                    ? rulesOnlyStemCount(w, p: p, s: s, e: e, stem: stem)
                    : stemCount(w, p: p, s: s, suffixed: !e.isEmpty)
                if R.particles.contains(stem) { c = max(c, Self.closedClassCount) }
                guard c >= Self.minStemCount else { continue }
                if !e.isEmpty && Double(c) < Self.suffixStemRatio * Double(wholeCount) { continue }
                if !p.isEmpty && Double(c) < Self.prefixStemRatio * Double(wholeCount) { continue }
                if p.last == R.kaf && Double(c) < Self.kafStemRatio * Double(wholeCount) { continue }
                var score = Double(c)
                for cp in p { score *= R.weight(cp) }
                if score > bestScore {
                    if procliticsPass == nil {
                        // R10, then R4 again: nothing is split inside a function word left after a
                        // conjunction (و + كان, not و + ك + ان).
                        procliticsPass =
                            procliticGatesPass(w, lo, hi, p)
                            && !(p.count > 1
                                && (1..<p.count).contains(where: { R.unsplittable.contains(keyHash(w, (lo + $0)..<hi)) }
                                ))
                    }
                    if procliticsPass == false { break }
                    bestScore = score
                    bestP = p.count
                    bestS = s
                    bestE = !e.isEmpty
                }
            }
        }
        if bestScore >= 0 {
            // R13 و / ف + X is segmented as و / ف + the segmentation of X (وبحلول → و+ب+حلول).
            if bestP >= 1 && (w[lo] == R.waw || w[lo] == R.feh) {
                out.append(lo + 1)
                let mark = out.count
                analyze(w, lo + 1, hi, ending: ending, into: &out)
                if out.count > mark || (bestP == 1 && !bestE) { return }
                for k in 2...max(2, bestP) where k <= bestP { out.append(lo + k) }
            } else {
                for k in 1...max(1, bestP) where k <= bestP { out.append(lo + k) }
            }
            if bestE { out.append(bestS.upperBound) }
            return
        }
        // R11 unseen words: proclitics before ال or لل are split (بالمؤخرات، للقشور).
        if lexicon != nil, wholeCount == 0, let cut = unseenArticleSplit(w, lo, hi) {
            for k in (lo + 1)...cut { out.append(k) }
            return
        }
        // R11: a word the corpus never saw, starting with و, whose remainder it never saw either,
        // is و + a new name (وسخالين): the conjunction is far likelier than a name in و.
        if lexicon != nil, n >= 4, w[lo] == R.waw, w[lo + 1] != R.waw, wholeCount == 0,
            count(keyHash(w, (lo + 1)..<hi)) == 0
        {
            out.append(lo + 1)
            analyze(w, lo + 1, hi, into: &out)
        }
    }

    /// The end of the proclitics when the word is proclitics + ال… or ل + لل…, else `nil`.
    private func unseenArticleSplit(_ w: Word, _ lo: Int, _ hi: Int) -> Int? {
        for p in R.proclitics.reversed() where p.last != R.seen && hasPrefix(w, lo, hi, p) {
            let s = lo + p.count
            guard hi - s >= 4 else { continue }
            if w[s] == R.alef && w[s + 1] == R.lam && p.last != R.lam { return s }
            if w[s] == R.lam && p.last == R.lam { return s }
        }
        return nil
    }

    // MARK: corpus checks

    /// R10 for each proclitic of `p` in turn: the word from that clitic on must not show evidence
    /// of being one word (ال+word, or a proclitic that could not precede that clitic).
    private func procliticGatesPass(_ w: Word, _ lo: Int, _ hi: Int, _ p: Clitic) -> Bool {
        guard lexicon != nil else { return true }
        for (i, clitic) in p.enumerated() {
            let r = (lo + i)..<hi
            var unit = count(keyHash(w, r, head: Self.article))
            for q in R.blockers(clitic) where !(q[0] == R.lam && w[r.lowerBound] == R.lam) {
                unit += count(keyHash(w, r, head: q))
            }
            if Double(unit) > max(Self.unitFloor, Self.unitTolerance * Double(count(keyHash(w, r)))) { return false }
        }
        return true
    }

    /// A word that takes the article (البنك، الملك) is not stem + pronoun.
    private func suffixGatePasses(_ w: Word, _ lo: Int, _ hi: Int) -> Bool {
        guard lexicon != nil else { return true }
        let unit = count(keyHash(w, lo..<hi, head: Self.article))
        return Double(unit) <= max(Self.unitFloor, Self.unitTolerance * Double(count(keyHash(w, lo..<hi))))
    }

    /// The stem's count, trying the spellings a suffix or لل hides: ت → ة (حياته ← حياة),
    /// و → وا (ينفقوها), ا → ى (ألغاها), ؤ ئ → ء (حلفاؤها، أسمائهم), ل → ال after ل (للسلام).
    private func stemCount(_ w: Word, p: Clitic, s: Range<Int>, suffixed: Bool) -> Int {
        var c = count(keyHash(w, s))
        if suffixed {
            switch w[s.upperBound - 1] {
            case 0x062A: c = max(c, count(keyHash(w, s, last: CodePoint.tehMarbuta)))
            case 0x0648: c = max(c, count(keyHash(w, s, append: R.alef)))
            case 0x0627: c = max(c, count(keyHash(w, s, last: CodePoint.alefMaksura)))
            case 0x0624, 0x0626: c = max(c, count(keyHash(w, s, last: CodePoint.hamza)))
            default: break
            }
        }
        if p.last == R.lam && w[s.lowerBound] == R.lam {
            c = max(c, count(keyHash(w, s, head: Self.alefHead)))
        }
        return c
    }

    /// R7: without a lexicon a stem is accepted only when its shape vouches for it.
    private func rulesOnlyStemCount(_ w: Word, p: Clitic, s: Range<Int>, e: Clitic, stem: UInt64) -> Int {
        if R.functionWords.contains(stem) || R.particles.contains(stem) { return Self.closedClassCount }
        if !p.isEmpty && e.isEmpty && s.count >= 4 && w[s.lowerBound] == R.alef && w[s.lowerBound + 1] == R.lam {
            return 2 * Self.closedClassCount  // proclitic + article word (بالمفاوضات), preferred
        }
        if p.last == R.lam && e.isEmpty && s.count >= 3 && w[s.lowerBound] == R.lam {
            return 2 * Self.closedClassCount  // ل + ال contracted (للسلام)
        }
        // Shape alone vouches less than a known word.
        let shape = Self.closedClassCount / 2
        let last = w[s.upperBound - 1]
        // س + an imperfect verb, which never ends in ة (سياسة، سيادة are nouns).
        if p.contains(R.seen) { return last == CodePoint.tehMarbuta ? 0 : shape }
        // و + three letters or more (ف + … is far more often a word: فترة، فكرة، فريق).
        if p.count == 1 && p[0] == R.waw && s.count >= 3 && e.isEmpty { return shape }
        // A preposition before a hamza-initial word (بأن، بإجراء، لأول).
        if e.isEmpty && p.count >= 1 && R.isPreposition(p[p.count - 1]) && s.count >= 3
            && (w[s.lowerBound] == CodePoint.alefHamzaAbove || w[s.lowerBound] == CodePoint.alefHamzaBelow
                || w[s.lowerBound] == CodePoint.alefMadda)
        {
            return shape
        }
        // ه after a feminine noun whose ة became ت (حياته، زوجته).
        if e.count == 1 && e[0] == 0x0647 && s.count >= 3 && last == 0x062A { return shape }
        if s.count >= 3 && R.rulesOnlySuffixes.contains(e) { return shape }
        return 0
    }

    // MARK: hashing and matching

    static let article = Clitic("ال")
    static let alefHead = Clitic("ا")

    @inline(__always)
    func count(_ hash: UInt64) -> Int { lexicon?.count(hash: hash) ?? 0 }

    @inline(__always)
    func keyHash(_ w: Word, _ r: Range<Int>, head: Clitic = .empty, last: UInt32? = nil, append: UInt32? = nil)
        -> UInt64
    {
        var k = LexiconKey()
        for cp in head { k.addArabicLetter(cp) }
        let end = last == nil ? r.upperBound : r.upperBound - 1
        var i = r.lowerBound
        while i < end {
            k.addArabicLetter(w[i])
            i += 1
        }
        if let last, !r.isEmpty { k.addArabicLetter(last) }
        if let append { k.addArabicLetter(append) }
        return k.value
    }

    @inline(__always)
    func hasPrefix(_ w: Word, _ lo: Int, _ hi: Int, _ p: Clitic) -> Bool {
        guard hi - lo >= p.count else { return false }
        for (i, cp) in p.enumerated() where w[lo + i] != cp { return false }
        return true
    }

    @inline(__always)
    func hasSuffix(_ w: Word, _ lo: Int, _ hi: Int, _ e: Clitic) -> Bool {
        guard hi - lo >= e.count else { return false }
        for (i, cp) in e.enumerated() where w[hi - e.count + i] != cp { return false }
        return true
    }
}
