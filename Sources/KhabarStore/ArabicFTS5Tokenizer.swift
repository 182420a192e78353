import ArabicText
import GRDB

/// The FTS5 tokenizer of the archive (`tokenize='khabar_arabic'`): ArabicText's tokenizer
/// (`.khabar` mode), then the `search` normalizer and the `search` stemmer, all over the UTF-8 bytes
/// SQLite hands in, with no `String` per token.
///
/// Documents and queries go through the same function, so «بالمفاوضات», «المُفاوَضات» and
/// «المفاوضات» are the same term. Offsets given to FTS5 are those of the original token, so
/// `snippet()` and `highlight()` mark the words as written.
///
/// Indexed: words (Arabic, Latin, other), numbers, hashtags and mentions (without `#`/`@`), URLs and
/// e-mail addresses; punctuation and symbols are not. Parts joined by `_` are separate terms
/// (`#مواقع_التواصل` → مواقع, تواصل), as SQLite's `unicode61` splits them.
public final class ArabicFTS5Tokenizer: FTS5CustomTokenizer {
    /// The name the FTS5 table declares.
    public static let name = "khabar_arabic"

    private let tokenizer = ArabicTokenizer(.khabar)
    private let normalizer = ArabicNormalizer(.search)
    private let stemmer = ArabicStemmer(.search)
    private var tokens: [Token] = []
    /// One token's normalized bytes, reused for every token (a new sink per token was two
    /// allocations per token, a tenth of a search's snippet time).
    private let scratch = ByteSink(capacity: 256)
    /// Terms the archive writer computed ahead of its insert, for this connection (none outside SQLite).
    private let replay: TermReplay?

    public init(db: Database, arguments: [String]) throws {
        replay = TermReplay.of(db)
    }

    public init() {
        replay = nil
    }

    public func tokenize(
        context: UnsafeMutableRawPointer?,
        tokenization: FTS5Tokenization,
        pText: UnsafePointer<CChar>?,
        nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return 0 }
        let input = UnsafeBufferPointer(
            start: UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self), count: Int(nText))
        // A document the writer is inserting comes with its terms already made (on another core):
        // hand those over instead of tokenizing again. They are used only for these exact bytes.
        if tokenization.contains(.document), let terms = replay?.terms(for: input) {
            return terms.forEach { term, start, end in
                term.withMemoryRebound(to: CChar.self) { t in
                    tokenCallback(context, 0, t.baseAddress, CInt(t.count), CInt(start), CInt(end))
                }
            }
        }
        return forEachTerm(input) { term, start, end in
            term.withMemoryRebound(to: CChar.self) { t in
                tokenCallback(context, 0, t.baseAddress, CInt(t.count), CInt(start), CInt(end))
            }
        }
    }

    /// Calls `body` with each index term of `input` (normalized, stemmed bytes) and the UTF-8 range of
    /// the token it came from; stops at the first non-zero result and returns it.
    public func forEachTerm(
        _ input: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> CInt
    ) -> CInt {
        tokens.removeAll(keepingCapacity: true)
        tokenizer.tokenize(input, into: &tokens)
        return forEachTerm(input, tokens: tokens, body)
    }

    /// ``forEachTerm(_:_:)`` over tokens already made by `ArabicTokenizer(.khabar)` from `input`
    /// (a document's token layer).
    public func forEachTerm(
        _ input: UnsafeBufferPointer<UInt8>, tokens: [Token], _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> CInt
    ) -> CInt {
        for token in tokens {
            var range = token.utf8Range
            switch token.kind {
            case .arabicWord, .latinWord, .otherWord, .number, .url, .email: break
            case .hashtag, .mention: range = (range.lowerBound + 1)..<range.upperBound
            case .punctuation, .symbol: continue
            }
            // Parts joined by underscores (#مواقع_التواصل, snake_case) are separate terms, in order.
            var partStart = range.lowerBound
            for i in range.lowerBound...range.upperBound where i == range.upperBound || input[i] == 0x5F {
                let part = partStart..<i
                partStart = i + 1
                if part.isEmpty { continue }
                let rc = emit(input, part, body)
                if rc != 0 { return rc }
            }
        }
        return 0
    }

    /// Normalizes and stems one token part and hands it to `body` with its own UTF-8 range.
    @inline(__always)
    private func emit(
        _ input: UnsafeBufferPointer<UInt8>, _ part: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> CInt
    ) -> CInt {
        scratch.count = 0
        normalizer.normalize(UnsafeBufferPointer(rebasing: input[part]), into: scratch)
        let s = scratch.buffer
        let stem = stemmer.stemRange(s, 0..<s.count)
        if stem.isEmpty { return 0 }
        return body(UnsafeBufferPointer(rebasing: s[stem]), part.lowerBound, part.upperBound)
    }

    /// The index terms of a string, for tests and diagnostics.
    public func terms(_ text: String) -> [String] {
        var text = text
        var out: [String] = []
        _ = text.withUTF8 { p in
            forEachTerm(p) { term, _, _ in
                out.append(String(decoding: term, as: UTF8.self))
                return 0
            }
        }
        return out
    }
}
