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
    let anchor: CivilDate?

    func match(at i: Int) -> Match? {
        // Only numbers and date words can start a date.
        if lx[i].kind == .punct || (lx[i].kind == .word && lx[i].key == nil) { return nil }
        if let m = weekdayDate(at: i) { return m }
        if let m = date(at: i) { return m }
        if let m = relativeDay(at: i) { return m }
        if let m = period(at: i) { return m }
        return year(at: i)
    }

    // MARK: lexeme helpers

    func word(_ j: Int) -> String? { j < lx.count && lx[j].kind == .word ? lx[j].word : nil }

    func punct(_ j: Int, _ options: Set<String>) -> Bool {
        j < lx.count && lx[j].kind == .punct && options.contains(lx[j].word)
    }

    func number(_ j: Int, digits: ClosedRange<Int>, values: ClosedRange<Int>) -> Int? {
        guard j < lx.count, lx[j].kind == .number, digits.contains(lx[j].digits), values.contains(lx[j].number)
        else { return nil }
        return lx[j].number
    }

    /// Looks the word at `j` up in `table` by its vocabulary form (clitics stripped by the lexer).
    func lookup<T>(_ table: [String: T], _ j: Int) -> T? {
        guard j < lx.count, let key = lx[j].key else { return nil }
        return table[key]
    }

    func isWord(_ j: Int, _ set: Set<String>) -> Bool { word(j).map(set.contains) ?? false }

    // MARK: months

    func month(at j: Int) -> MonthName? {
        if let m = lookup(Names.gregorianMonths, j) { return pairing(MonthName(month: m, hijri: false, last: j)) }
        if let seconds = lookup(Names.twoWordMonths, j), let w = word(j + 1), let m = seconds[w] {
            return pairing(MonthName(month: m, hijri: false, last: j + 1))
        }
        if let m = lookup(Names.hijriMonths, j) { return MonthName(month: m, hijri: true, last: j) }
        if let seconds = lookup(Names.hijriTwoWordMonths, j), let w = word(j + 1), let m = seconds[w] {
            return MonthName(month: m, hijri: true, last: j + 1)
        }
        return nil
    }

    /// Extends a Gregorian month over a paired name of the same number: «يوليو/ تموز», «أيار (مايو)».
    func pairing(_ name: MonthName) -> MonthName {
        let j = name.last + 1
        // «يونيو حزيران»: the equivalent name right after, with no mark between.
        if let m = Names.gregorianMonths[word(j) ?? ""], m == name.month {
            return MonthName(month: m, hijri: false, last: j)
        }
        if let seconds = Names.twoWordMonths[word(j) ?? ""], seconds[word(j + 1) ?? ""] == name.month {
            return MonthName(month: name.month, hijri: false, last: j + 1)
        }
        guard punct(j, ["/", "-", "(", "،", ","]) else { return name }
        var second: MonthName?
        if let m = Names.gregorianMonths[word(j + 1) ?? ""] {
            second = MonthName(month: m, hijri: false, last: j + 1)
        } else if let seconds = Names.twoWordMonths[word(j + 1) ?? ""], let m = seconds[word(j + 2) ?? ""] {
            second = MonthName(month: m, hijri: false, last: j + 2)
        }
        guard var pair = second, pair.month == name.month else { return name }
        if lx[j].word == "(" {
            guard punct(pair.last + 1, [")"]) else { return name }
            pair.last += 1
        }
        return pair
    }

    /// A year after a month: optional «,», «من», «عام/سنة», then 4 digits, then an optional era word.
    func yearAfter(_ j: Int) -> (year: Int, hijriEra: Bool, last: Int)? {
        var k = j
        if punct(k, ["،", ","]) { k += 1 }
        if word(k) == "من" { k += 1 }
        if lookup(Self.yearWordTable, k) != nil {
            k += 1
        }
        guard let y = number(k, digits: 4...4, values: 1000...2200) else { return nil }
        if isWord(k + 1, Names.hijriEra) { return (y, true, k + 1) }
        if isWord(k + 1, Names.gregorianEra) { return (y, false, k + 1) }
        return (y, false, k)
    }
}
