extension DateScan {
    /// Rule 1: a weekday (after an optional «يوم»), then a date or a direction, or alone.
    func weekdayDate(at i: Int) -> Match? {
        var j = i
        if word(j) == "يوم" { j += 1 }
        guard let weekday = lookup(Names.weekdays, j) else { return nil }
        var k = j + 1
        if punct(k, ["،", ","]) { k += 1 }
        if var m = date(at: k) {
            m.first = i
            return m
        }
        guard let anchor else { return nil }
        let now = anchor.weekday
        var delta = -((now - weekday + 7) % 7)
        var last = j
        if let dir = lookup(Names.directions, j + 1) {
            last = j + 1
            if dir < 0, delta == 0 { delta = -7 }
            if dir > 0 { delta = (weekday - now + 7) % 7 == 0 ? 7 : (weekday - now + 7) % 7 }
        }
        return Match(
            first: i, last: last, value: anchor.adding(days: delta).description, kind: .relative, granularity: .day)
    }

    /// Rule 6: أمس, البارحة, اليوم, غدا, أول أمس, أمس الأول, بعد غد.
    func relativeDay(at i: Int) -> Match? {
        guard let anchor, let w = word(i) else { return nil }
        if w == "اول", lookup(Names.relativeDays, i + 1) == -1 {
            return Match(first: i, last: i + 1, value: anchor.adding(days: -2).description, kind: .relative, granularity: .day)
        }
        if w == "بعد", word(i + 1) == "غد" {
            return Match(first: i, last: i + 1, value: anchor.adding(days: 2).description, kind: .relative, granularity: .day)
        }
        guard let offset = lookup(Names.relativeDays, i) else { return nil }
        if offset == -1, word(i + 1) == "الاول" {
            return Match(first: i, last: i + 1, value: anchor.adding(days: -2).description, kind: .relative, granularity: .day)
        }
        var last = i
        if offset == 0, let next = word(i + 1), next.hasPrefix("ال") {
            // «اليوم الاثنين» is today; «اليوم العالمي» is not a date.
            guard Names.weekdays[next] != nil else { return nil }
            last = i + 1
        }
        return Match(
            first: i, last: last, value: anchor.adding(days: offset).description, kind: .relative, granularity: .day)
    }

    /// Rule 7: period + direction (الأسبوع المقبل), or هذا/هذه + period.
    func period(at i: Int) -> Match? {
        guard let anchor else { return nil }
        var granularity: DateMention.Granularity
        var direction: Int
        var last: Int
        if let g = lookup(Names.periods, i), let dir = lookup(Names.directions, i + 1) {
            (granularity, direction, last) = (g, dir, i + 1)
        } else if let w = word(i), w == "هذا" || w == "هذه", let g = Names.periods[word(i + 1) ?? ""] {
            (granularity, direction, last) = (g, 0, i + 1)
        } else {
            return nil
        }
        let value: String
        switch granularity {
        case .week: value = anchor.adding(days: 7 * direction).isoWeekString
        case .month: value = anchor.addingMonths(direction).monthString
        default:
            value = CivilDate.pad(anchor.year + direction, 4)
            granularity = .year
        }
        return Match(first: i, last: last, value: value, kind: .relative, granularity: granularity)
    }

    /// Rule 8: عام 2016, سنة 2016 (a Hijri-marked year is not converted).
    func year(at i: Int) -> Match? {
        guard lookup(Self.yearWordTable, i) != nil, let y = number(i + 1, digits: 4...4, values: 1000...2200) else {
            return nil
        }
        if isWord(i + 2, Names.hijriEra) { return nil }
        let last = isWord(i + 2, Names.gregorianEra) ? i + 2 : i + 1
        return Match(first: i, last: last, value: CivilDate.pad(y, 4), kind: .absolute, granularity: .year)
    }

    static let yearWordTable: [String: Int] = Dictionary(uniqueKeysWithValues: ArabicDateNames.yearWords.map { ($0, 1) })
}
