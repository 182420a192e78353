/// Splits text into typed tokens with UTF-8 byte offsets and Unicode-scalar offsets into the original.
///
/// Two modes:
/// - **`khabar`** (default), for analysis. Rules:
///   - T1 Arabic words: Arabic letters with their harakat, tatweel, ZWNJ and other marks; a change of
///     script ends a word (`عام2022` → `عام` `2022`)
///   - T2 Latin words: Latin letters (with marks), digits after letters (`G20`), an internal apostrophe
///     (`O'Brien`); other scripts give `otherWord` (Han and Hiragana one character a token)
///   - T3 numbers: digits of any script with internal `.` `,` `٫` `٬` between digits and a trailing
///     `%` or `٪` (`2022`, `٢٫٥`, `1,000`, `3.5%`)
///   - T4 URLs (`http://`, `https://`, `www.`) up to white space or «»"<>, less trailing punctuation;
///     e-mail addresses; `#hashtags` (Arabic too) and `@mentions`
///   - T5 punctuation: one mark a token, `...` one token; symbols (currency, math, emoji) one a token
///   - T6 white space, bidi and zero-width controls separate tokens and are not tokens
/// - **`lucene`**: exactly the boundaries of Lucene's `StandardTokenizer` (see `LuceneTokenizer`): only
///   letter/digit tokens, punctuation dropped, `عام2022` one token.
///
/// Linear in the input, one pass over bytes; ill-formed bytes read as U+FFFD symbols.
///
/// ```swift
/// let text = "قال: «٢٫٥%» في 2022."
/// ArabicTokenizer().tokenize(text).map { $0.text(in: text) }   // ["قال", ":", "«", "٢٫٥%", "»", "في", "2022", "."]
/// ```
public struct ArabicTokenizer: Sendable {
    public enum Mode: String, CaseIterable, Sendable {
        case khabar, lucene
    }

    public let mode: Mode

    public init(_ mode: Mode = .khabar) {
        self.mode = mode
    }

    /// Tokenizes a string.
    public func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { p in
            var out: [Token] = []
            out.reserveCapacity(p.count / 5)
            tokenize(p, into: &out)
            return out
        }
    }

    /// Tokenizes UTF-8 bytes, appending to `out`. Offsets are shifted by `baseUTF8` / `baseScalar`,
    /// for callers that stream a large input in pieces.
    public func tokenize(
        _ p: UnsafeBufferPointer<UInt8>, baseUTF8: Int = 0, baseScalar: Int = 0, into out: inout [Token]
    ) {
        var counter = ScalarCounter()
        switch mode {
        case .lucene:
            LuceneTokenizer.forEachToken(p) { s, e, c in
                let a = counter.scalarOffset(p, at: s)
                let b = counter.scalarOffset(p, at: e)
                let kind = Self.kind(ofWordStartingAt: s, in: p, wordClass: c)
                out.append(Token(kind: kind, utf8Range: (baseUTF8 + s)..<(baseUTF8 + e),
                                 scalarRange: (baseScalar + a)..<(baseScalar + b)))
            }
        case .khabar:
            KhabarScanner.forEachToken(p) { s, e, kind in
                let a = counter.scalarOffset(p, at: s)
                let b = counter.scalarOffset(p, at: e)
                out.append(Token(kind: kind, utf8Range: (baseUTF8 + s)..<(baseUTF8 + e),
                                 scalarRange: (baseScalar + a)..<(baseScalar + b)))
            }
        }
    }

    /// The kind of a Lucene token, from its first character.
    static func kind(ofWordStartingAt s: Int, in p: UnsafeBufferPointer<UInt8>, wordClass c: WordClass) -> TokenKind {
        if c == .numeric { return .number }
        let (cp, _) = decodeScalar(p, at: s)
        if CodePoint.isArabicLetter(cp) { return .arabicWord }
        if KhabarScanner.isLatin(cp) { return .latinWord }
        return .otherWord
    }
}
