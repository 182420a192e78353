/// The fast path of ``LuceneAnalyzer``: a token written only in two-byte Arabic-block letters (almost
/// every token of Arabic text) is hashed for the stop list, normalized and measured in one pass, and
/// stemmed on raw pointers. It gives exactly what the general path gives.
extension LuceneAnalyzer {
    /// Tokenizes and analyzes in one pass: a run of Arabic letters (U+0600–U+067F) and marks is
    /// normalized and hashed while it is scanned; if the word really ends there (the tokenizer's own
    /// rules decide) it is finished on the spot, otherwise the token goes through the general path.
    /// Gives exactly what tokenizing first gives.
    func analyzeFused(
        _ p: UnsafeBufferPointer<UInt8>, stopwords: ByteWordSet, normalized: ByteSink, folded: ByteSink,
        general: (Int, Int) -> Void, emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let t = WordBreak.Tables.shared
        let fused = Self.fusedTable
        let n = p.count
        let checkStop = chain == .analyzer
        let stem = chain != .norm
        let stops = stopwords.view
        // A fused token is at most 255 bytes and normalization never lengthens it. Its own buffer:
        // the general path may grow `normalized` and move its storage.
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: 512)
        defer { out.deallocate() }
        var i = 0
        while i < n {
            let b = p[i]
            if b == 0x20 || b == 0x0A {
                i += 1
                continue
            }
            fast: if (b == 0xD8 || b == 0xD9) && i + 1 < n {
                let b1 = p[i + 1]
                guard b1 & 0xC0 == 0x80, t.arabic[(b == 0xD9 ? 64 : 0) + Int(b1 & 0x3F)] == .aLetter else { break fast }
                let start = i
                var o = 0
                var h = ByteWordSet.seed
                var j = i
                while j + 1 < n && j - i < 255 {
                    let c0 = p[j], c1 = p[j + 1]
                    guard c0 & 0xFE == 0xD8 && c1 & 0xC0 == 0x80 else { break }
                    let f = fused[Int(c0 & 1) << 6 | Int(c1 & 0x3F)]
                    if f == Self.fusedStop { break }
                    h = (h ^ (UInt64(c0) << 8 | UInt64(c1))) &* ByteWordSet.prime
                    if f != Self.fusedDelete {
                        out[o] = UInt8(f >> 8)
                        out[o + 1] = UInt8(f & 0xFF)
                        o += 2
                    }
                    j += 2
                }
                let end = j - i >= 255 ? -1 : Self.tokenEnd(t, p, j)
                guard end == j else {
                    i = LuceneTokenizer.step(t, p, start) { s, e, _ in general(s, e) }
                    continue
                }
                i = j
                if checkStop && stops.contains(p, start..<j, hash: ByteWordSet.finish(h)) { continue }
                if !stem {
                    emit(UnsafeBufferPointer(start: out, count: o))
                } else {
                    let (s, e) = ArabicStemmer.luceneStemLetters(out, o)
                    emit(UnsafeBufferPointer(start: out + s, count: e - s))
                }
                continue
            }
            i = LuceneTokenizer.step(t, p, i) { s, e, _ in general(s, e) }
        }
    }

    static let fusedStop: UInt16 = 0
    static let fusedDelete: UInt16 = 1

    /// For U+0600–U+067F (index `(lead & 1) << 6 | (second & 0x3F)`): `fusedStop` where the character
    /// does not continue a word (not a letter or mark), `fusedDelete` where Lucene's normalization
    /// drops it, else the UTF-8 of what it becomes. Built once from the word-break and normalizer
    /// tables, never written after.
    nonisolated(unsafe) static let fusedTable: UnsafePointer<UInt16> = {
        let t = UnsafeMutablePointer<UInt16>.allocate(capacity: 128)
        let lucene = NormalizerTables.table(for: .lucene)
        for k in 0..<128 {
            let cp = 0x0600 + k
            let c = WordBreak.arabic[k]
            guard c == .aLetter || c == .extend else {
                t[k] = fusedStop
                continue
            }
            let action = lucene[cp]
            if action == NormalizerTables.delete {
                t[k] = fusedDelete
            } else if action == NormalizerTables.keep {
                t[k] = UInt16(0xC0 | (cp >> 6)) << 8 | UInt16(0x80 | (cp & 0x3F))
            } else {
                t[k] = UInt16((action >> 16) & 0xFF) << 8 | UInt16((action >> 8) & 0xFF)
            }
        }
        return UnsafePointer(t)
    }()

    /// Where the word that has run over Arabic letters up to `j` ends, by the tokenizer's rules.
    @inline(__always)
    static func tokenEnd(_ t: WordBreak.Tables, _ p: UnsafeBufferPointer<UInt8>, _ j: Int) -> Int {
        if j >= p.count { return j }
        let b = p[j]
        if b == 0x20 || b == 0x0A || b == 0x2C { return j }
        return LuceneTokenizer.wordEnd(t, p, from: j, last: .aLetter).0
    }

    /// Analyzes one token if it is all two-byte Arabic-block scalars; returns false (doing nothing)
    /// otherwise. `normalized` receives the normalized token; `emit` gets the output term.
    @inline(__always)
    static func analyzeArabicToken(
        _ token: UnsafeBufferPointer<UInt8>, chain: Chain, stopwords: ByteWordSet, hasExclusions: Bool,
        table: UnsafePointer<UInt32>, normalized: ByteSink, emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Bool {
        let n = token.count
        guard n & 1 == 0, let base = token.baseAddress, !hasExclusions else { return false }
        normalized.count = 0
        normalized.ensure(n)
        let out = normalized.pointer
        var o = 0
        var h = ByteWordSet.seed
        var i = 0
        while i < n {
            let b0 = base[i], b1 = base[i + 1]
            // Lead bytes D8/D9 only (U+0600–U+067F): digits (D9 A0–A9) need folding, so go general.
            guard b0 == 0xD8 || b0 == 0xD9, b1 & 0xC0 == 0x80, !(b0 == 0xD9 && b1 >= 0xA0 && b1 <= 0xA9) else {
                return false
            }
            h = (h ^ (UInt64(b0) << 8 | UInt64(b1))) &* ByteWordSet.prime
            let action = table[Int(b0 & 0x1F) << 6 | Int(b1 & 0x3F)]
            if action == NormalizerTables.keep {
                out[o] = b0
                out[o + 1] = b1
                o += 2
            } else if action != NormalizerTables.delete {
                // Lucene's replacements stay in the Arabic block: always two bytes.
                out[o] = UInt8((action >> 16) & 0xFF)
                out[o + 1] = UInt8((action >> 8) & 0xFF)
                o += 2
            }
            i += 2
        }
        if chain == .analyzer && stopwords.contains(token, 0..<n, hash: ByteWordSet.finish(h)) { return true }
        normalized.count = o
        if chain == .norm {
            emit(UnsafeBufferPointer(start: out, count: o))
        } else {
            let (s, e) = ArabicStemmer.luceneStemLetters(out, o)
            emit(UnsafeBufferPointer(start: out + s, count: e - s))
        }
        return true
    }
}

extension ArabicStemmer {
    /// ``luceneStem(_:_:)`` for a word of `count` bytes that are all two-byte letters; returns byte
    /// offsets of the stem.
    @inline(__always)
    static func luceneStemLetters(_ p: UnsafePointer<UInt8>, _ count: Int) -> (Int, Int) {
        var s = 0
        var e = count
        var len = count >> 1
        if len >= 4 {
            let c0 = UInt16(p[0]) << 8 | UInt16(p[1]), c1 = UInt16(p[2]) << 8 | UInt16(p[3])
            if c0 == alef && c1 == lam {
                s = 4; len -= 2
            } else if c1 == alef && len >= 5 && (c0 == waw || c0 == beh || c0 == kaf || c0 == feh)
                && UInt16(p[4]) << 8 | UInt16(p[5]) == lam
            {
                s = 6; len -= 3
            } else if c0 == lam && c1 == lam {
                s = 4; len -= 2
            } else if c0 == waw {
                s = 2; len -= 1
            }
        }
        if e > s { e = luceneSuffixEnd(p, start: s, end: e, letters: len) }
        return (s, e)
    }
}
