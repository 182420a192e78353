import ArabicText

/// Finds calendar dates written out in Arabic (or English) text: «12 يناير 2018», «28 آب/اغسطس 2013»,
/// «٣ كانون الثاني ٢٠٢٠», «1 جانفي 2019», «March 5, 2020», and numeric `DD/MM/YYYY`, `YYYY/MM/DD`.
///
/// Rules:
/// - Eastern Arabic and Persian digits read as digits; words are compared after
///   `ArabicNormalizer(.search)` (so أبريل = ابريل, يونية = يونيه).
/// - Month names of the three systems: Egyptian/Gulf (يناير … ديسمبر), Levantine/Iraqi (كانون الثاني …
///   كانون الأول; two-word names included) and Maghrebi (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت).
///   Several month words in a row («آب/اغسطس», «يوليو/ تموز») must name the same month.
/// - Day 1–31 before the month, year 1900–2100 after it; a numeric date needs a four-digit year.
/// - Only Gregorian months; Hijri dates are left to the analysis core.
enum ArabicDateText {
    private static let normalizer = ArabicNormalizer(.search)

    private static let oneWordMonths: [String: Int] = {
        let names: [(String, Int)] = [
            ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("إبريل", 4), ("ابريل", 4), ("مايو", 5),
            ("يونيو", 6), ("يونية", 6), ("يوليو", 7), ("يولية", 7), ("أغسطس", 8), ("اغسطس", 8), ("أغطس", 8),
            ("سبتمبر", 9), ("أكتوبر", 10), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
            ("شباط", 2), ("آذار", 3), ("اذار", 3), ("نيسان", 4), ("أيار", 5), ("ايار", 5), ("حزيران", 6),
            ("تموز", 7), ("آب", 8), ("اب", 8), ("أيلول", 9), ("ايلول", 9),
            ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("افريل", 4), ("ماي", 5), ("جوان", 6), ("جويلية", 7),
            ("جويليه", 7), ("أوت", 8), ("اوت", 8),
            ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
            ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
            ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
            ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ]
        var out: [String: Int] = [:]
        for (name, m) in names { out[normalizer.normalize(name)] = m }
        return out
    }()

    /// Two-word Levantine names: first word → (second word → month).
    private static let twoWordMonths: [String: [String: Int]] = {
        let kanun = normalizer.normalize("كانون")
        let tishrin = normalizer.normalize("تشرين")
        let first = normalizer.normalize("الأول")
        let second = normalizer.normalize("الثاني")
        return [kanun: [first: 12, second: 1], tishrin: [first: 10, second: 11]]
    }()

    /// A word or a number, in order.
    private enum Piece: Equatable { case word(String), number(Int, digits: Int), slash, other }

    private static func pieces(_ text: String) -> [Piece] {
        var out: [Piece] = []
        var word = String.UnicodeScalarView()
        var number = 0
        var digits = 0
        func flush() {
            if digits > 0 { out.append(.number(number, digits: digits)); number = 0; digits = 0 }
            if !word.isEmpty { out.append(.word(normalizer.normalize(String(word)))); word = String.UnicodeScalarView() }
        }
        for s in ISODate.westernDigits(text).unicodeScalars {
            let v = s.value
            if v >= 0x30 && v <= 0x39 {
                if !word.isEmpty { flush() }
                if digits < 6 { number = number * 10 + Int(v - 0x30) }
                digits += 1
            } else if s.properties.isAlphabetic {
                if digits > 0 { flush() }
                word.append(s)
            } else {
                flush()
                if s == "/" || s == "-" || s == "." { out.append(.slash) }
                else if !TextFolding.isSpace(v) && s != "," && s != "،" { out.append(.other) }
            }
        }
        flush()
        return out
    }

    /// Month at `i` (one or two words, several names joined by `/` allowed); returns month and next index.
    private static func month(_ p: [Piece], _ i: Int) -> (Int, Int)? {
        var j = i
        var found: Int?
        while j < p.count {
            guard case .word(let w) = p[j] else { break }
            var m: Int?
            var next = j + 1
            if let table = twoWordMonths[w], next < p.count, case .word(let w2) = p[next], let mm = table[w2] {
                m = mm; next += 1
            } else if let mm = oneWordMonths[w] {
                m = mm
            }
            guard let mm = m else { break }
            if let f = found, f != mm { return nil }
            found = mm
            j = next
            if j < p.count, p[j] == .slash { j += 1 }
        }
        guard let m = found else { return nil }
        if j > i, j - 1 < p.count, p[j - 1] == .slash { j -= 1 }
        return (m, j)
    }

    /// The first date in the text, as `YYYY-MM-DD`.
    static func firstDate(in text: String) -> String? {
        let p = pieces(text)
        var i = 0
        while i < p.count {
            if case .number(let d, let dd) = p[i], dd <= 2, d >= 1, d <= 31, let (m, j) = month(p, i + 1),
               j < p.count, case .number(let y, 4) = p[j], ISODate.valid(y, m, d) {
                return ISODate.day(y, m, d)
            }
            // English order: Month D, YYYY
            if let (m, j) = month(p, i), j + 1 < p.count, case .number(let d, let dd) = p[j], dd <= 2,
               case .number(let y, 4) = p[j + 1], ISODate.valid(y, m, d) {
                return ISODate.day(y, m, d)
            }
            // Numeric DD/MM/YYYY or YYYY/MM/DD.
            if i + 4 < p.count, case .number(let a, let ad) = p[i], p[i + 1] == .slash, case .number(let b, let bd) = p[i + 2],
               bd <= 2, p[i + 3] == .slash, case .number(let c, let cd) = p[i + 4] {
                if ad <= 2 && cd == 4 && ISODate.valid(c, b, a) { return ISODate.day(c, b, a) }
                if ad == 4 && cd <= 2 && ISODate.valid(a, b, c) { return ISODate.day(a, b, c) }
            }
            i += 1
        }
        return nil
    }
}
