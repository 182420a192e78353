/// A sentence: where it stands in the text (bytes and scalars, half-open) and which tokens it holds.
public struct Sentence: Sendable, Hashable {
    public var utf8Range: Range<Int>
    public var scalarRange: Range<Int>
    /// Indices into the token array the sentence was split from.
    public var tokenRange: Range<Int>
}

/// Splits text into sentences over the `khabar` token stream.
///
/// Rules:
/// - S1 a sentence ends after `.` `!` `?` `؟` `…` `...` `۔` (and any run of them), taking the closing
///   quotation marks and brackets that follow with it
/// - S2 a paragraph break (a line break; with `newlineIsBreak: false`, only a blank line) always ends
///   a sentence, and closes any open quotation or bracket
/// - S3 no split inside a quotation «» “” "" or brackets () [] that opens and closes within the paragraph
///   (wire tags such as (أ. ف. ب.) and quoted sentences stay whole); a mark never closed is ignored
/// - S4 no split after an abbreviation: a single letter (د. م. ص.ب ق.م أ.ف.ب, initials `J.`), or a listed
///   abbreviation (Dr, Mr, Mrs, Prof, St, Inc, Ltd, Jr, etc, vs, No) — but `م.`/`هـ.` after a number (a year)
///   may end a sentence
/// - S5 decimal numbers (3.5, ٢٫٥) are single tokens and never split
///
/// Linear in the number of tokens.
public struct SentenceSplitter: Sendable {
    public var newlineIsBreak: Bool

    public init(newlineIsBreak: Bool = true) {
        self.newlineIsBreak = newlineIsBreak
    }

    /// Splits a string (tokenizing it in `khabar` mode).
    public func split(_ text: String) -> [Sentence] {
        var text = text
        return text.withUTF8 { p in
            var tokens: [Token] = []
            ArabicTokenizer(.khabar).tokenize(p, into: &tokens)
            return split(p, tokens: tokens)
        }
    }

    /// Splits the text in `p` given its `khabar` tokens (with offsets relative to `p`, or shifted by the
    /// same base for all tokens: then `baseUTF8` must be that base).
    public func split(_ p: UnsafeBufferPointer<UInt8>, tokens: [Token], baseUTF8: Int = 0) -> [Sentence] {
        var out: [Sentence] = []
        guard !tokens.isEmpty else { return out }
        var marks = SentenceMarks()
        var inside: [Bool] = []
        var paragraphStart = 0
        while paragraphStart < tokens.count {
            var paragraphEnd = paragraphStart + 1
            while paragraphEnd < tokens.count && !breaksParagraph(p, tokens, paragraphEnd, baseUTF8) {
                paragraphEnd += 1
            }
            marks.load(p, tokens, paragraphStart..<paragraphEnd, baseUTF8)
            marks.insidePairs(into: &inside)
            splitParagraph(p, tokens, paragraphStart..<paragraphEnd, marks, inside, baseUTF8, into: &out)
            paragraphStart = paragraphEnd
        }
        return out
    }

    /// Whether a paragraph break stands between token `k - 1` and token `k`.
    @inline(__always)
    func breaksParagraph(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ k: Int, _ base: Int) -> Bool {
        var newlines = 0
        for i in (t[k - 1].utf8Range.upperBound - base)..<(t[k].utf8Range.lowerBound - base) {
            let b = p[i]
            if b == 0x0A {
                newlines += 1
                if newlineIsBreak || newlines >= 2 { return true }
            } else if b == 0xE2, i + 2 < p.count, p[i + 1] == 0x80, p[i + 2] == 0xA9 {
                return true  // U+2029 paragraph separator
            }
        }
        return false
    }

    private func splitParagraph(
        _ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ range: Range<Int>, _ marks: SentenceMarks, _ inside: [Bool],
        _ base: Int, into out: inout [Sentence]
    ) {
        var start = range.lowerBound
        var k = range.lowerBound
        while k < range.upperBound {
            if marks.kind(k) == .terminal && !inside[k - range.lowerBound]
                && !marks.isAbbreviation(p, t, k, range, base)
            {
                var end = k + 1
                while end < range.upperBound && !inside[end - range.lowerBound]
                    && (marks.kind(end) == .terminal || marks.kind(end) == .closer)
                {
                    end += 1
                }
                append(t, start..<end, into: &out)
                start = end
                k = end
                continue
            }
            k += 1
        }
        if start < range.upperBound { append(t, start..<range.upperBound, into: &out) }
    }

    @inline(__always)
    private func append(_ t: [Token], _ r: Range<Int>, into out: inout [Sentence]) {
        let a = t[r.lowerBound], b = t[r.upperBound - 1]
        out.append(Sentence(utf8Range: a.utf8Range.lowerBound..<b.utf8Range.upperBound,
                            scalarRange: a.scalarRange.lowerBound..<b.scalarRange.upperBound, tokenRange: r))
    }
}
