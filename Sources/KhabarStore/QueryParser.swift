import ArabicText

/// The lexical pieces of a query.
enum QueryToken: Equatable {
    case word(String, prefix: Bool)
    case phrase(String)
    case or, not, minus, open, close
}

/// Splits a query into words, phrases and operators. Words are whatever the archive's tokenizer
/// indexes; other characters only separate words.
enum QueryLexer {
    static func lex(_ text: String) throws -> [QueryToken] {
        var out: [QueryToken] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var word = String.UnicodeScalarView()
        func flushWord(prefix: Bool = false) {
            guard !word.isEmpty else { return }
            let w = String(word)
            word.removeAll()
            switch w {
            case "OR": out.append(.or)
            case "NOT": out.append(.not)
            case "AND": break
            default:
                for (k, piece) in pieces(w).enumerated() {
                    let last = k == pieces(w).count - 1
                    out.append(.word(piece, prefix: prefix && last))
                }
            }
        }
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "\"", "«", "“":
                flushWord()
                let close: Unicode.Scalar = c == "«" ? "»" : (c == "“" ? "”" : "\"")
                var j = i + 1
                var body = String.UnicodeScalarView()
                while j < scalars.count && scalars[j] != close && !(close != "\"" && scalars[j] == "\"") {
                    body.append(scalars[j]); j += 1
                }
                if j >= scalars.count { throw SearchQueryError("a quote opened at character \(i + 1) is not closed") }
                let words = pieces(String(body))
                if !words.isEmpty { out.append(.phrase(words.joined(separator: " "))) }
                i = j + 1
            case "(": flushWord(); out.append(.open); i += 1
            case ")": flushWord(); out.append(.close); i += 1
            case "*": flushWord(prefix: true); i += 1
            case "-" where word.isEmpty && (i + 1 < scalars.count) && !scalars[i + 1].properties.isWhitespace
                            && scalars[i + 1] != "-":
                out.append(.minus); i += 1
            default:
                if c.properties.isWhitespace { flushWord() } else { word.append(c) }
                i += 1
            }
        }
        flushWord()
        return out
    }

    /// The words of a piece of text as the archive indexes them (its surface forms, not stems).
    static func pieces(_ text: String) -> [String] {
        var out: [String] = []
        for t in ArabicTokenizer(.khabar).tokenize(text) {
            switch t.kind {
            case .punctuation, .symbol: continue
            default: out.append(t.text(in: text))
            }
        }
        return out
    }
}

/// query := or ; or := and ("OR" and)* ; and := unary+ ; unary := ("NOT"|"-") primary | primary ;
/// primary := word | phrase | "(" or ")". `a NOT b` and `a -b` exclude b from a; a query made only of
/// exclusions is refused.
struct QueryParser {
    let tokens: [QueryToken]
    var i = 0

    init(tokens: [QueryToken]) { self.tokens = tokens }

    mutating func parseQuery() throws -> SearchQuery.Node {
        if tokens.isEmpty { throw SearchQueryError("the query has no word to search for") }
        let node = try parseOr(depth: 0)
        if i < tokens.count {
            throw SearchQueryError(tokens[i] == .close ? "a ')' has no matching '('" : "unexpected \(describe(tokens[i]))")
        }
        return node
    }

    mutating func parseOr(depth: Int) throws -> SearchQuery.Node {
        if depth > 16 { throw SearchQueryError("parentheses are nested too deeply") }
        var parts = [try parseAnd(depth: depth)]
        while i < tokens.count, tokens[i] == .or {
            i += 1
            guard i < tokens.count, tokens[i] != .or, tokens[i] != .close else {
                throw SearchQueryError("OR needs a term on both sides")
            }
            parts.append(try parseAnd(depth: depth))
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    mutating func parseAnd(depth: Int) throws -> SearchQuery.Node {
        var positive: [SearchQuery.Node] = []
        var negative: [SearchQuery.Node] = []
        while i < tokens.count {
            switch tokens[i] {
            case .or, .close:
                return try combine(positive, negative)
            case .not, .minus:
                i += 1
                guard i < tokens.count, tokens[i] != .or, tokens[i] != .close, tokens[i] != .not, tokens[i] != .minus else {
                    throw SearchQueryError("NOT (or -) needs a term after it")
                }
                negative.append(try parsePrimary(depth: depth))
            default:
                positive.append(try parsePrimary(depth: depth))
            }
        }
        return try combine(positive, negative)
    }

    func combine(_ positive: [SearchQuery.Node], _ negative: [SearchQuery.Node]) throws -> SearchQuery.Node {
        if positive.isEmpty {
            throw SearchQueryError(negative.isEmpty ? "an operator has no term to apply to" : "a query cannot only exclude: add a word to search for before NOT")
        }
        var node: SearchQuery.Node = positive.count == 1 ? positive[0] : .and(positive)
        for n in negative { node = .not(node, n) }
        return node
    }

    mutating func parsePrimary(depth: Int) throws -> SearchQuery.Node {
        let t = tokens[i]
        i += 1
        switch t {
        case .word(let w, let prefix):
            if let rest = Self.withoutConjunction(w) { return .or([.term(w, prefix: prefix), .term(rest, prefix: prefix)]) }
            return .term(w, prefix: prefix)
        case .phrase(let p): return .phrase(p)
        case .open:
            let node = try parseOr(depth: depth + 1)
            guard i < tokens.count, tokens[i] == .close else { throw SearchQueryError("a '(' is not closed") }
            i += 1
            return node
        default:
            throw SearchQueryError("unexpected \(describe(t))")
        }
    }

    /// A word typed with a conjunction (و or ف) and at least 3 letters after it, without the
    /// conjunction: searched as well, so «وجوه» typed as «ووجوه» still finds what «وجوه» finds (the
    /// stemmer strips one conjunction only).
    static func withoutConjunction(_ w: String) -> String? {
        guard let first = w.unicodeScalars.first, first == "و" || first == "ف" else { return nil }
        let rest = String(w.unicodeScalars.dropFirst())
        let letters = rest.unicodeScalars.filter { (0x0621...0x064A).contains($0.value) }.count
        return letters >= 3 ? rest : nil
    }

    func describe(_ t: QueryToken) -> String {
        switch t {
        case .or: return "OR"
        case .not: return "NOT"
        case .minus: return "-"
        case .open: return "'('"
        case .close: return "')'"
        case .word(let w, _): return "'\(w)'"
        case .phrase(let p): return "\"\(p)\""
        }
    }
}
