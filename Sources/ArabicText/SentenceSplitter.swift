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
    ///
    /// One byte scan finds line breaks and the marks that matter (terminals, quotation marks, brackets);
    /// each is mapped to its token by a galloping search, so the work per ordinary token is nil.
    public func split(_ p: UnsafeBufferPointer<UInt8>, tokens: [Token], baseUTF8: Int = 0) -> [Sentence] {
        var out: [Sentence] = []
        guard !tokens.isEmpty else { return out }
        let scan = SentenceMarks(p, tokens: tokens, baseUTF8: baseUTF8, newlineIsBreak: newlineIsBreak)
        var stack: [(mark: Int, code: UInt32)] = []
        var delta: [Int8] = []
        var m = 0  // next mark
        var paragraphStart = 0
        for paragraphEnd in scan.paragraphEnds {
            let firstMark = m
            while m < scan.marks.count && Int(scan.marks[m].token) < paragraphEnd { m += 1 }
            splitParagraph(p, tokens, paragraphStart..<paragraphEnd, scan, firstMark..<m, baseUTF8, &stack, &delta, into: &out)
            paragraphStart = paragraphEnd
        }
        return out
    }

    private func splitParagraph(
        _ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ range: Range<Int>, _ scan: SentenceMarks, _ marks: Range<Int>,
        _ base: Int, _ stack: inout [(mark: Int, code: UInt32)], _ delta: inout [Int8], into out: inout [Sentence]
    ) {
        guard !range.isEmpty else { return }
        // Pair the quotation marks and brackets of the paragraph (rule S3): +1 after an opener, -1 at
        // its closer; unpaired marks change nothing.
        delta.removeAll(keepingCapacity: true)
        delta.append(contentsOf: repeatElement(0, count: marks.count))
        stack.removeAll(keepingCapacity: true)
        var straight: Int? = nil
        for i in marks {
            let mark = scan.marks[i]
            switch mark.kind {
            case .opener:
                stack.append((i, mark.code))
            case .closer:
                var at = stack.count - 1
                while at >= 0 && at >= stack.count - 8 && SentenceMarks.closer(of: stack[at].code) != mark.code { at -= 1 }
                if at >= 0 && at >= stack.count - 8 {
                    delta[stack[at].mark - marks.lowerBound] += 1
                    delta[i - marks.lowerBound] -= 1
                    stack.removeSubrange(at...)
                }
            case .straightQuote:
                if let o = straight {
                    delta[o - marks.lowerBound] += 1
                    delta[i - marks.lowerBound] -= 1
                    straight = nil
                } else {
                    straight = i
                }
            case .terminal:
                break
            }
        }
        var start = range.lowerBound
        var depth = 0
        var i = marks.lowerBound
        while i < marks.upperBound {
            let mark = scan.marks[i]
            let d = Int(delta[i - marks.lowerBound])
            if d < 0 { depth += d }  // a closer is outside what it closes
            let k = Int(mark.token)
            if mark.kind == .terminal && depth == 0 && !scan.isAbbreviation(p, t, i, range, base) {
                // Take the terminals and unpaired closers right after it (rule S1).
                var end = k + 1
                var j = i + 1
                while j < marks.upperBound && Int(scan.marks[j].token) == end
                    && (scan.marks[j].kind == .terminal || (scan.marks[j].kind == .closer && delta[j - marks.lowerBound] == 0))
                {
                    end += 1
                    j += 1
                }
                if end > start {
                    append(t, start..<end, into: &out)
                    start = end
                }
                i = j
                continue
            }
            if d > 0 { depth += d }
            i += 1
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
