import ArabicText

/// Snippets made in Swift from a hit's stored text: the best window of ``SnippetMaker/tokens``
/// tokens, the words that match the query between ``SearchHit/markOpen`` and
/// ``SearchHit/markClose``.
///
/// FTS5's `snippet()` needs the row's cursor inside a `MATCH`, so every returned row re-ran the
/// whole full-text query; that was most of a search's time. Here the query's positive terms are
/// turned into index terms once (the same tokenizer as the index: normalized, stemmed bytes), and
/// each hit's text is tokenized until the best possible window is found: the first window holding
/// every distinct term (then it stops), else the window with the most distinct terms, then the most
/// matches — FTS5's own scoring — among the first ``SnippetMaker/horizon`` tokens (past them, only
/// until the first match: a search shows 20 snippets, and reading whole articles for each was most
/// of its time).
struct SnippetMaker {
    /// Window length in tokens (FTS5's `snippet(…, 16)`).
    static let tokens = 16
    /// Tokens searched for the best window when no window holds every term.
    static let horizon = 128
    /// Bytes tokenized at a time (cut back to a space).
    static let piece = 1024

    private var exact: [[UInt8]] = []
    private var prefixes: [[UInt8]] = []
    private let tokenizer = ArabicFTS5Tokenizer()

    init(_ query: SearchQuery) {
        collect(query.root)
    }

    /// Positive terms only: what a `NOT` excludes is not highlighted.
    private mutating func collect(_ node: SearchQuery.Node) {
        switch node {
        case .term(let word, let prefix): add(word, prefix: prefix)
        case .phrase(let text): add(text, prefix: false)
        case .and(let parts), .or(let parts): parts.forEach { collect($0) }
        case .not(let keep, _): collect(keep)
        }
    }

    private mutating func add(_ text: String, prefix: Bool) {
        for term in tokenizer.terms(text) {
            let bytes = Array(term.utf8)
            if prefix { if !prefixes.contains(bytes) { prefixes.append(bytes) } } else if !exact.contains(bytes) { exact.append(bytes) }
        }
    }

    private var termCount: Int { exact.count + prefixes.count }

    /// Which query term an index term is (`-1`: none).
    private func match(_ term: UnsafeBufferPointer<UInt8>) -> Int {
        for (i, t) in exact.enumerated() where t.count == term.count && t.elementsEqual(term) { return i }
        for (i, p) in prefixes.enumerated() where p.count <= term.count && p.elementsEqual(term.prefix(p.count)) {
            return exact.count + i
        }
        return -1
    }

    /// The snippet of `text`.
    func snippet(_ text: String) -> String {
        var text = text
        return text.withUTF8 { snippet(bytes: $0).snippet }
    }

    /// The snippet of a text given as UTF-8 bytes (a search reads them in place from SQLite, without
    /// making a `String` of the whole article): the same as ``snippet(_:)`` of
    /// `String(decoding: utf8, as: UTF8.self)`. Only the bytes the window search read are checked;
    /// if they are not valid UTF-8 (text that Khabar did not write), the text is repaired as a
    /// `String` would be and the snippet made from that.
    func snippet(utf8: UnsafeBufferPointer<UInt8>) -> String {
        let (snippet, read) = snippet(bytes: utf8)
        if UTF8Repair.isWellFormed(UnsafeBufferPointer(rebasing: utf8[..<read])) { return snippet }
        return self.snippet(String(decoding: utf8, as: UTF8.self))
    }

    private struct Token {
        var start: Int, end: Int, term: Int
    }

    /// The snippet, and how many bytes from the start were tokenized to find it.
    private func snippet(bytes: UnsafeBufferPointer<UInt8>) -> (snippet: String, read: Int) {
        let width = Self.tokens
        var seen: [Token] = []
        var best: (score: Int, first: Int, last: Int)? = nil
        var stopAt = Int.max
        let everything = max(1, termCount)
        // The text is tokenized in pieces cut at spaces, so that stopping early also skips the
        // tokenization of the rest (the tokenizer reads its whole input before the first term).
        var base = 0
        var finished = true
        let visit = { (term: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> CInt in
            let id = match(term)
            seen.append(Token(start: base + start, end: base + end, term: id))
            let i = seen.count - 1
            if i >= stopAt { return 1 }
            if i == Self.horizon, best != nil, stopAt == .max { stopAt = i + width }
            guard id >= 0 else { return 0 }
            // The window ending at this match: distinct terms × 1000 + matches, as FTS5 scores.
            var distinct = 0, hits = 0, first = i
            var mask: UInt64 = 0
            for j in stride(from: i, through: max(0, i - width + 1), by: -1) where seen[j].term >= 0 {
                hits += 1
                first = j
                let bit: UInt64 = 1 << UInt64(min(seen[j].term, 63))
                if mask & bit == 0 { mask |= bit; distinct += 1 }
            }
            let score = distinct * 1000 + hits
            if best == nil || score > best!.score { best = (score, first, i) }
            // Every term in one window cannot be beaten: read just enough to centre it, then stop.
            if stopAt == .max && (distinct >= everything || i >= Self.horizon) { stopAt = i + width }
            return 0
        }
        while base < bytes.count {
            var end = min(bytes.count, base + Self.piece)
            if end < bytes.count {
                var cut = end
                while cut > base && bytes[cut] != 0x20 && bytes[cut] != 0x0A { cut -= 1 }
                if cut > base { end = cut }
            }
            let stopped = tokenizer.forEachTerm(UnsafeBufferPointer(rebasing: bytes[base..<end]), visit) != 0
            base = end
            if stopped {
                finished = false
                break
            }
        }
        if seen.isEmpty { return ("", base) }
        let (first, last) = best.map { ($0.first, $0.last) } ?? (0, 0)
        let spare = width - (last - first + 1)
        var lo = max(0, first - spare / 2)
        let hi = min(seen.count - 1, lo + width - 1)
        lo = max(0, min(lo, hi - width + 1))
        var out: [UInt8] = []
        out.reserveCapacity(seen[hi].end - seen[lo].start + 16)
        let ellipsis = Array("…".utf8)
        if lo > 0 { out += ellipsis }
        var cursor = seen[lo].start
        for t in seen[lo...hi] where t.term >= 0 {
            out += bytes[cursor..<t.start]
            out += Array(SearchHit.markOpen.utf8)
            out += bytes[t.start..<t.end]
            out += Array(SearchHit.markClose.utf8)
            cursor = t.end
        }
        out += bytes[cursor..<seen[hi].end]
        if hi < seen.count - 1 || !finished { out += ellipsis }
        return (String(decoding: out, as: UTF8.self), base)
    }
}
