extension DateScan {
    /// Rule 1: a weekday (after an optional «يوم»), then a date or a direction, or alone.
    func weekdayDate(at i: Int) -> Match? {
        var j = i
        if isWord(j, "يوم") { j += 1 }
        guard let weekday = entry(j)?.weekday else { return nil }
        var k = j + 1
        if punct(k, ["،", ","]) { k += 1 }
        if var m = date(at: k) {
            m.first = i
            return m
        }
        guard let anchor else { return nil }
        // «صلاة الجمعة» is the Friday prayer, not a date.
        if i > 0, isWord(i - 1, "صلاه") { return nil }
        let now = anchor.weekday
        var delta = -((now - weekday + 7) % 7)
        var last = j
        var direction = isFutureContext(before: i) ? 1 : -1
        if let dir = entry(j + 1)?.direction {
            last = j + 1
            direction = dir
            if dir < 0, delta == 0 { delta = -7 }
        }
        if direction > 0 {
            let ahead = (weekday - now + 7) % 7
            delta = ahead == 0 && last > j ? 7 : ahead
        }
        return Match(
            first: i, last: last, value: anchor.adding(days: delta).description, kind: .relative, granularity: .day)
    }

    /// A future marker among the three words before `i`: سوف, المقرر / المنتظر / المرتقب / يعتزم /
    /// تعتزم, or a verb with the prefix سـ (سيعقد, ستقام, سنعلن, سأزور): a word of ≥ 4 letters
    /// starting سي/ست/سن/سا that does not end in ه/ة or ات and does not start like the common nouns
    /// سياس (politics), سيار (car), سيطر, ساع (hour), ساب (former), سائ, سنو (years), سيد.
    func isFutureContext(before i: Int) -> Bool {
        var k = i - 1
        var seen = 0
        while k >= 0, seen < 3 {
            defer { k -= 1 }
            guard lx[k].kind == .word else { continue }
            seen += 1
            guard let w = word(k) else { continue }
            if Self.futureWords.contains(w) { return true }
            let scalars = w.unicodeScalars
            if scalars.count >= 4, scalars.first == "س",
                let second = scalars.dropFirst().first, "يتنا".unicodeScalars.contains(second),
                !w.hasSuffix("ه"), !w.hasSuffix("ات"), !Self.nounPrefixes.contains(where: w.hasPrefix)
            {
                return true
            }
        }
        return false
    }

    static let nounPrefixes = ["سياس", "سيار", "سيطر", "ساع", "ساب", "سائ", "سنو", "سيد"]
    static let futureWords: Set<String> = ["سوف", "المقرر", "المنتظر", "المرتقب", "يعتزم", "تعتزم", "يرتقب"]

    /// Rule 6: أمس, البارحة, اليوم, غدا, أول أمس, أمس الأول, بعد غد.
    func relativeDay(at i: Int) -> Match? {
        guard let anchor, i < lx.count, lx[i].kind == .word else { return nil }
        if isWord(i, "اول"), entry(i + 1)?.relativeDay == -1 {
            return Match(first: i, last: i + 1, value: anchor.adding(days: -2).description, kind: .relative, granularity: .day)
        }
        if isWord(i, "بعد"), isWord(i + 1, "غد") {
            return Match(first: i, last: i + 1, value: anchor.adding(days: 2).description, kind: .relative, granularity: .day)
        }
        guard let offset = entry(i)?.relativeDay else { return nil }
        if offset == -1, isWord(i + 1, "الاول") {
            return Match(first: i, last: i + 1, value: anchor.adding(days: -2).description, kind: .relative, granularity: .day)
        }
        var last = i
        if offset == 0, wordHasPrefix(i + 1, "ال") {
            // «اليوم الاثنين» is today; «اليوم العالمي» is not a date.
            guard exactEntry(i + 1)?.weekday != nil else { return nil }
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
        if let g = entry(i)?.period, let dir = entry(i + 1)?.direction {
            (granularity, direction, last) = (g, dir, i + 1)
        } else if isWord(i, "هذا") || isWord(i, "هذه"), let g = exactEntry(i + 1)?.period {
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
        guard entry(i)?.isYearWord == true, let y = number(i + 1, digits: 4...4, values: 1000...2200) else {
            return nil
        }
        if isWord(i + 2, Names.hijriEra) { return nil }
        let last = isWord(i + 2, Names.gregorianEra) ? i + 2 : i + 1
        return Match(first: i, last: last, value: CivilDate.pad(y, 4), kind: .absolute, granularity: .year)
    }
}
