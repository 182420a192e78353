/// A pair of quotation marks found in the text, as token indices.
struct MarkPair: Sendable, Hashable {
    /// Index of the opening mark token.
    var open: Int
    /// Index of the closing mark token, or of the newline / end (`tokens.count`) where an unclosed
    /// opening mark was closed by rule.
    var close: Int
    /// True when no closing mark was found and the pair ends at its paragraph end.
    var unclosed: Bool
}

/// Pairs quotation marks in one linear pass with a bounded stack.
///
/// Rules:
/// - Q1 Families: « » (guillemets), “ ” „ (curly double), " (straight double), ‘ ’ ' (single). A mark closes only
///   an opening mark of its own family.
/// - Q2 Direction from the neighbours: space or punctuation before and a letter after → opening; a letter
///   before and space or punctuation after → closing; otherwise it toggles (closes the same family's open mark
///   on top of the stack, else opens). « is always opening and » always closing.
/// - Q3 A same-family opening mark inside an open quote nests («مبادرة "الحزام و الطريق" لإقامة»).
/// - Q4 A closing mark with no open mark of its family is not a quote mark (an inch sign: `15" `).
/// - Q5 A single quote between two letters is an apostrophe, not a mark.
/// - Q6 Guillemets may span paragraphs; the other families close at their paragraph end. An opening mark
///   never closed ends at its paragraph end (`unclosed`).
/// - Q8 A doubled straight or curly mark (`""أنا`) counts once.
/// - Q7 The stack holds at most ``maxDepth`` marks; deeper marks are ignored (200 nested quotes stay linear).
struct QuoteMarks: Sendable {
    static let maxDepth = 32

    enum Family: Sendable { case guillemet, curly, straight, single }
    enum Direction: Sendable { case open, close, either }

    let pairs: [MarkPair]
    /// For each token, the index of the matching close when the token opens a pair, else -1.
    let closeOf: [Int]
    /// For each token, the index of the matching open when the token closes a pair with a real mark, else -1.
    let openOf: [Int]

    init(_ stream: TokenStream) {
        let tokens = stream.tokens
        var closeOf = [Int](repeating: -1, count: tokens.count)
        var pairs: [MarkPair] = []
        var stack: [(index: Int, family: Family)] = []

        func closeParagraphMarks(at newline: Int, all: Bool) {
            var kept: [(index: Int, family: Family)] = []
            for entry in stack {
                if all || entry.family != .guillemet {
                    closeOf[entry.index] = newline
                    pairs.append(MarkPair(open: entry.index, close: newline, unclosed: true))
                } else {
                    kept.append(entry)
                }
            }
            stack = kept
        }

        for (i, token) in tokens.enumerated() {
            if token.cls == .newline {
                closeParagraphMarks(at: i, all: false)
                continue
            }
            guard token.cls == .punctuation, let family = Self.family(token.first) else { continue }
            // Q8 a doubled mark (""أنا) counts once.
            if let next = tokens[safe: i + 1], next.first == token.first,
                next.range.lowerBound == token.range.upperBound,
                family == .straight || family == .curly
            {
                continue
            }
            let direction = Self.direction(of: token, family: family, in: stream)
            if family == .single && direction == nil { continue }
            let dir = direction ?? .either
            let topMatches = stack.last.map { $0.family == family } ?? false
            let openIndex = stack.lastIndex { $0.family == family }
            switch dir {
            case .open:
                if stack.count < Self.maxDepth { stack.append((i, family)) }
            case .close:
                if let k = openIndex {
                    let open = stack[k].index
                    // Marks opened inside and never closed end here with their parent.
                    for inner in stack[(k + 1)...] {
                        closeOf[inner.index] = i
                        pairs.append(MarkPair(open: inner.index, close: i, unclosed: true))
                    }
                    stack.removeSubrange(k...)
                    closeOf[open] = i
                    pairs.append(MarkPair(open: open, close: i, unclosed: false))
                }
            case .either:
                if topMatches, let top = stack.popLast() {
                    closeOf[top.index] = i
                    pairs.append(MarkPair(open: top.index, close: i, unclosed: false))
                } else if stack.count < Self.maxDepth {
                    stack.append((i, family))
                }
            }
        }
        // End of text: guillemets left open close at their own paragraph end.
        if !stack.isEmpty {
            var paragraphEnd = [Int](repeating: tokens.count, count: tokens.count + 1)
            var next = tokens.count
            for i in stride(from: tokens.count - 1, through: 0, by: -1) {
                if tokens[i].cls == .newline { next = i }
                paragraphEnd[i] = next
            }
            for entry in stack {
                let end = paragraphEnd[entry.index]
                closeOf[entry.index] = end
                pairs.append(MarkPair(open: entry.index, close: end, unclosed: true))
            }
        }
        pairs.sort { $0.open < $1.open }
        var openOf = [Int](repeating: -1, count: tokens.count)
        for p in pairs where !p.unclosed && p.close < tokens.count { openOf[p.close] = p.open }
        self.pairs = pairs
        self.closeOf = closeOf
        self.openOf = openOf
    }

    static func family(_ s: Unicode.Scalar) -> Family? {
        switch s.value {
        case 0x00AB, 0x00BB: return .guillemet
        case 0x201C, 0x201D, 0x201E: return .curly
        case 0x0022: return .straight
        case 0x2018, 0x2019, 0x0027: return .single
        default: return nil
        }
    }

    static func isMark(_ s: Unicode.Scalar) -> Bool { family(s) != nil }

    /// Q2/Q5; nil for an apostrophe.
    static func direction(of token: QToken, family: Family, in stream: TokenStream) -> Direction? {
        if token.first.value == 0x00AB { return .open }
        if token.first.value == 0x00BB { return .close }
        if token.first.value == 0x201E { return .open }
        let i = token.range.lowerBound
        let scalars = stream.scalars
        let before: Unicode.Scalar? = i > 0 ? scalars[i - 1] : nil
        let after: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
        let openBefore = before.map { !TokenStream.isWordScalar($0) } ?? true
        let openAfter = after.map { !TokenStream.isWordScalar($0) } ?? true
        if family == .single && !openBefore && !openAfter { return nil }
        if openBefore && !openAfter { return .open }
        if !openBefore && openAfter { return .close }
        return .either
    }
}
