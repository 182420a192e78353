extension DateScan {
    /// Rules 2–5: numeric dates, day + month [+ year], month + year, month + direction.
    func date(at i: Int) -> Match? {
        if let m = numericDate(at: i) { return m }
        if let day = number(i, digits: 1...2, values: 1...31), let name = month(at: i + 1) {
            return dayMonth(day: day, name: name, first: i)
        }
        guard let name = month(at: i) else { return nil }
        if let y = yearAfter(name.last + 1) {
            guard !name.hijri, !y.hijriEra else { return nil }
            let d = CivilDate(year: y.year, month: name.month, day: 1)
            return Match(first: i, last: y.last, value: d.monthString, kind: .absolute, granularity: .month)
        }
        if !name.hijri, let dir = entry(name.last + 1)?.direction, let anchor {
            let d = Self.resolve(month: name.month, direction: dir, anchor: anchor)
            return Match(first: i, last: name.last + 1, value: d.monthString, kind: .relative, granularity: .month)
        }
        return nil
    }

    func dayMonth(day: Int, name: MonthName, first: Int) -> Match? {
        let y = yearAfter(name.last + 1)
        if name.hijri {
            var year = y?.year
            var last = y?.last ?? name.last
            if year == nil {
                guard let anchor, name.month != 2 else { return nil }
                year = anchor.hijriYear
                last = name.last
                if isWord(last + 1, Names.hijriEra) { last += 1 }
            }
            guard let year, let d = CivilDate.fromHijri(year: year, month: name.month, day: day) else { return nil }
            return Match(first: first, last: last, value: d.description, kind: .hijri, granularity: .day)
        }
        if let y {
            let d = CivilDate(year: y.year, month: name.month, day: day)
            guard !y.hijriEra, d.isValid else { return nil }
            return Match(first: first, last: y.last, value: d.description, kind: .absolute, granularity: .day)
        }
        if let dir = entry(name.last + 1)?.direction, let anchor {
            var d = Self.resolve(month: name.month, direction: dir, anchor: anchor)
            d.day = day
            guard d.isValid else { return nil }
            return Match(first: first, last: name.last + 1, value: d.description, kind: .relative, granularity: .day)
        }
        guard let anchor else {
            let value = "--\(CivilDate.pad(name.month, 2))-\(CivilDate.pad(day, 2))"
            return Match(first: first, last: name.last, value: value, kind: .absolute, granularity: .day)
        }
        let candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
            .map { CivilDate(year: $0, month: name.month, day: day) }.filter(\.isValid)
        guard let best = candidates.min(by: { abs(CivilDate.distance(anchor, $0)) < abs(CivilDate.distance(anchor, $1)) })
        else { return nil }
        return Match(first: first, last: name.last, value: best.description, kind: .absolute, granularity: .day)
    }

    /// `2024-03-15`, `15/3/2024`, `15.03.2024`: five adjacent lexemes, the same separator twice.
    func numericDate(at i: Int) -> Match? {
        guard i + 4 < lx.count, lx[i].kind == .number, lx[i + 2].kind == .number, lx[i + 4].kind == .number,
            lx[i + 1].kind == .punct, [0x2F, 0x2D, 0x2E].contains(lx[i + 1].scalar),  // / - .
            lx[i + 3].kind == .punct, lx[i + 3].scalar == lx[i + 1].scalar
        else { return nil }
        for k in i..<(i + 4) where lx[k].end != lx[k + 1].start { return nil }
        let a = lx[i], b = lx[i + 2], c = lx[i + 4]
        let d: CivilDate
        if a.digits == 4, b.digits <= 2, c.digits <= 2 {
            d = CivilDate(year: a.number, month: b.number, day: c.number)
        } else if c.digits == 4, a.digits <= 2, b.digits <= 2 {
            d = CivilDate(year: c.number, month: b.number, day: a.number)
        } else {
            return nil
        }
        guard (1000...2200).contains(d.year), d.isValid else { return nil }
        return Match(first: i, last: i + 4, value: d.description, kind: .absolute, granularity: .day)
    }

    /// The month `month` in the direction `direction` from the anchor (day 1).
    static func resolve(month: Int, direction: Int, anchor: CivilDate) -> CivilDate {
        switch direction {
        case ..<0:
            let year = month < anchor.month ? anchor.year : anchor.year - 1
            return CivilDate(year: year, month: month, day: 1)
        case 1...:
            let year = month > anchor.month ? anchor.year : anchor.year + 1
            return CivilDate(year: year, month: month, day: 1)
        default:
            return CivilDate(year: anchor.year, month: month, day: 1)
        }
    }
}
