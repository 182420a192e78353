import ArabicText
import Foundation
import GRDB

/// The full-text index terms of one column value, made ahead of the insert: what
/// ``ArabicFTS5Tokenizer`` would hand FTS5 for these bytes (each stemmed term with the UTF-8 range of
/// the token it came from), in order.
///
/// The archive writer is one thread (SQLite has one writer); tokenizing, normalizing and stemming
/// every document inside its `INSERT` was a tenth of that thread's time. ``PreparedArticle`` makes
/// the terms on whichever core prepares it, and the writer lends them to the tokenizer through
/// ``TermReplay`` for the duration of the insert.
public struct IndexTerms: Sendable, Equatable {
    /// One term: where it ends in ``bytes`` (it starts where the previous one ended) and the token's
    /// UTF-8 range in the column value.
    struct Entry: Sendable, Equatable {
        var termEnd: UInt32
        var start: UInt32
        var end: UInt32
    }

    /// The terms' bytes, one after the other.
    private(set) var bytes: [UInt8] = []
    private(set) var entries: [Entry] = []
    /// The UTF-8 length of the column value the terms were made from.
    public let sourceCount: Int

    /// The terms of `text`; `tokens`, when given, must be `ArabicTokenizer(.khabar)`'s tokens of it.
    public init(_ text: String, tokens: [Token]? = nil, tokenizer: ArabicFTS5Tokenizer = ArabicFTS5Tokenizer()) {
        var text = text
        var bytes: [UInt8] = [], entries: [Entry] = []
        bytes.reserveCapacity(text.utf8.count)
        entries.reserveCapacity(text.utf8.count / 6)
        let count = text.withUTF8 { p -> Int in
            // Tokens past the end of the text are not its tokens (their ranges would read past it).
            var own: [Token] = []
            let given = tokens.flatMap { ($0.last?.utf8Range.upperBound ?? 0) <= p.count ? $0 : nil }
            if given == nil { ArabicTokenizer(.khabar).tokenize(p, into: &own) }
            _ = tokenizer.forEachTerm(p, tokens: given ?? own) { term, start, end in
                bytes.append(contentsOf: term)
                entries.append(Entry(termEnd: UInt32(bytes.count), start: UInt32(start), end: UInt32(end)))
                return 0
            }
            return p.count
        }
        self.bytes = bytes
        self.entries = entries
        sourceCount = count
    }

    /// The number of terms.
    public var count: Int { entries.count }

    /// Calls `body` with each term and its token's UTF-8 range; stops at the first non-zero result.
    func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> CInt) -> CInt {
        bytes.withUnsafeBufferPointer { all in
            var from = 0
            for e in entries {
                let to = Int(e.termEnd)
                let rc = body(UnsafeBufferPointer(rebasing: all[from..<to]), Int(e.start), Int(e.end))
                if rc != 0 { return rc }
                from = to
            }
            return 0
        }
    }

    /// The terms as strings, for tests and diagnostics.
    public var strings: [String] {
        var out: [String] = []
        _ = forEach { term, _, _ in
            out.append(String(decoding: term, as: UTF8.self))
            return 0
        }
        return out
    }
}

/// Column values a connection is about to insert into the full-text index, with their terms: set by
/// the writer around its `INSERT INTO articles_fts`, read by that connection's tokenizer during the
/// statement (same thread, same call). The tokenizer uses terms only for byte-identical text, so
/// anything else it is asked to tokenize — queries, deletes, a rebuild — is tokenized as usual.
final class TermReplay: @unchecked Sendable {
    private var pending: [(text: String, terms: IndexTerms)] = []
    /// Column values handed over instead of tokenized (for tests). Replays are kept by connection
    /// address, which SQLite may reuse after a connection closes: count differences, not totals.
    private(set) var replayed = 0

    /// Lends one column value's terms to the tokenizer until ``clear()``.
    func lend(_ text: String, _ terms: IndexTerms) {
        pending.append((text, terms))
    }

    /// Ends the loan (after the insert, whether it succeeded or not).
    func clear() {
        pending.removeAll(keepingCapacity: true)
    }

    /// The lent terms made from exactly these bytes, if any.
    func terms(for input: UnsafeBufferPointer<UInt8>) -> IndexTerms? {
        for (text, terms) in pending where terms.sourceCount == input.count {
            let same = text.utf8.withContiguousStorageIfAvailable { p in
                p.count == input.count && (p.count == 0 || memcmp(p.baseAddress!, input.baseAddress!, p.count) == 0)
            }
            if same == true {
                replayed += 1
                return terms
            }
        }
        return nil
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var byConnection: [OpaquePointer: TermReplay] = [:]

    /// The replay of a connection (the writer's and the tokenizer's view of it are the same object).
    static func of(_ db: Database) -> TermReplay? {
        guard let connection = db.sqliteConnection else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if let replay = byConnection[connection] { return replay }
        let replay = TermReplay()
        byConnection[connection] = replay
        return replay
    }
}
