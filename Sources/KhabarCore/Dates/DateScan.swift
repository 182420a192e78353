/// The pattern matcher behind ``DateRecognizer``; see its documentation for the rules.
struct DateScan {
    struct Match {
        var first: Int
        var last: Int
        var value: String
        var kind: DateMention.Kind
        var granularity: DateMention.Granularity
    }

    /// A month name found at a position: its number, calendar and the last lexeme it used.
    struct MonthName {
        var month: Int
        var hijri: Bool
        var last: Int
    }

    typealias Names = ArabicDateNames

    let lx: [DateLexeme]
    /// The folded words the lexemes point into (``DateLexer/Output/folded``).
    let folded: [UInt8]
    let anchor: CivilDate?
    let vocabulary = DateVocabulary.shared

    func match(at i: Int) -> Match? {
        // Only numbers and date words can start a date.
        if lx[i].kind == .punct || (lx[i].kind == .word && lx[i].entry < 0) { return nil }
        if let m = weekdayDate(at: i) { return m }
        if let m = date(at: i) { return m }
        if let m = relativeDay(at: i) { return m }
        if let m = period(at: i) { return m }
        return year(at: i)
    }

    // MARK: lexeme helpers

    /// The folded word at `j` as a string (made on demand: only a few rules need the text).
    func word(_ j: Int) -> String? {
        guard j < lx.count, lx[j].kind == .word else { return nil }
        return String(decoding: folded[Int(lx[j].foldStart)..<Int(lx[j].foldEnd)], as: UTF8.self)
    }

    /// True when the folded word at `j` is `w` (compared as bytes).
    func isWord(_ j: Int, _ w: String) -> Bool {
        guard j >= 0, j < lx.count, lx[j].kind == .word else { return false }
        return folded[Int(lx[j].foldStart)..<Int(lx[j].foldEnd)].elementsEqual(w.utf8)
    }

    func isWord(_ j: Int, _ set: Set<String>) -> Bool { set.contains { isWord(j, $0) } }

    /// True when the folded word at `j` starts with `prefix`.
    func wordHasPrefix(_ j: Int, _ prefix: String) -> Bool {
        guard j < lx.count, lx[j].kind == .word else { return false }
        return folded[Int(lx[j].foldStart)..<Int(lx[j].foldEnd)].starts(with: prefix.utf8)
    }

    func punct(_ j: Int, _ options: [Unicode.Scalar]) -> Bool {
        j < lx.count && lx[j].kind == .punct && options.contains { $0.value == lx[j].scalar }
    }

    func number(_ j: Int, digits: ClosedRange<Int>, values: ClosedRange<Int>) -> Int? {
        guard j < lx.count, lx[j].kind == .number, digits.contains(lx[j].digits), values.contains(lx[j].number)
        else { return nil }
        return lx[j].number
    }

    /// The vocabulary entry of the word at `j`, found with its clitics stripped by the lexer.
    func entry(_ j: Int) -> DateVocabulary.Entry? {
        guard j < lx.count, lx[j].entry >= 0 else { return nil }
        return vocabulary.entries[Int(lx[j].entry)]
    }

    /// The vocabulary entry of the word at `j` itself (no clitic stripped).
    func exactEntry(_ j: Int) -> DateVocabulary.Entry? {
        guard j < lx.count, lx[j].entry >= 0, lx[j].cliticBytes == 0 else { return nil }
        return vocabulary.entries[Int(lx[j].entry)]
    }

    /// The month a second word at `j` completes (كانون + الثاني), if any.
    func second(_ seconds: [DateVocabulary.Second], _ j: Int) -> Int? {
        guard j < lx.count, lx[j].kind == .word else { return nil }
        let w = folded[Int(lx[j].foldStart)..<Int(lx[j].foldEnd)]
        return seconds.first { $0.word.elementsEqual(w) }?.month
    }

    // MARK: months

    func month(at j: Int) -> MonthName? {
        guard let e = entry(j) else { return nil }
        if let m = e.gregorianMonth { return pairing(MonthName(month: m, hijri: false, last: j)) }
        if let seconds = e.gregorianSeconds, let m = second(seconds, j + 1) {
            return pairing(MonthName(month: m, hijri: false, last: j + 1))
        }
        if let m = e.hijriMonth { return MonthName(month: m, hijri: true, last: j) }
        if let seconds = e.hijriSeconds, let m = second(seconds, j + 1) {
            return MonthName(month: m, hijri: true, last: j + 1)
        }
        return nil
    }

    /// Extends a Gregorian month over a paired name of the same number: «يوليو/ تموز», «أيار (مايو)».
    func pairing(_ name: MonthName) -> MonthName {
        let j = name.last + 1
        // «يونيو حزيران»: the equivalent name right after, with no mark between.
        if let m = exactEntry(j)?.gregorianMonth, m == name.month {
            return MonthName(month: m, hijri: false, last: j)
        }
        if let seconds = exactEntry(j)?.gregorianSeconds, second(seconds, j + 1) == name.month {
            return MonthName(month: name.month, hijri: false, last: j + 1)
        }
        guard punct(j, ["/", "-", "(", "،", ","]) else { return name }
        var second: MonthName?
        if let m = exactEntry(j + 1)?.gregorianMonth {
            second = MonthName(month: m, hijri: false, last: j + 1)
        } else if let seconds = exactEntry(j + 1)?.gregorianSeconds, let m = self.second(seconds, j + 2) {
            second = MonthName(month: m, hijri: false, last: j + 2)
        }
        guard var pair = second, pair.month == name.month else { return name }
        if lx[j].scalar == ("(" as Unicode.Scalar).value {
            guard punct(pair.last + 1, [")"]) else { return name }
            pair.last += 1
        }
        return pair
    }

    /// A year after a month: optional «,», «من», «عام/سنة», then 4 digits, then an optional era word.
    func yearAfter(_ j: Int) -> (year: Int, hijriEra: Bool, last: Int)? {
        var k = j
        if punct(k, ["،", ","]) { k += 1 }
        if isWord(k, "من") { k += 1 }
        if entry(k)?.isYearWord == true {
            k += 1
        }
        guard let y = number(k, digits: 4...4, values: 1000...2200) else { return nil }
        if isWord(k + 1, Names.hijriEra) { return (y, true, k + 1) }
        if isWord(k + 1, Names.gregorianEra) { return (y, false, k + 1) }
        return (y, false, k)
    }
}
