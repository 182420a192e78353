import Foundation

/// A Gregorian calendar day (no time, no zone), with the arithmetic relative dates need.
///
/// Day arithmetic (``adding(days:)``, ``weekday``, ISO weeks, distances, the day of an instant) is
/// computed from a day number — days since 1970-01-01 in the proleptic Gregorian calendar, see
/// ``dayNumber`` — with no Foundation `Calendar` call, which takes a lock and allocates. Foundation's
/// Gregorian calendar switches to the Julian calendar before 1582, so days outside
/// ``arithmeticYears`` (and invalid days, which `Calendar` rolls over) still go through `Calendar`:
/// the results are the same as before for every day. Hijri conversion always uses `Calendar`.
public struct CivilDate: Sendable, Equatable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The calendar day of `instant` in the zone `utcOffset` seconds east of UTC (UTC if `nil`).
    public init(_ instant: Date, utcOffset: Int?) {
        let shifted = instant.addingTimeInterval(TimeInterval(utcOffset ?? 0))
        let seconds = shifted.timeIntervalSince1970
        if seconds.isFinite, abs(seconds) < 1e12 {
            let day = CivilDate(dayNumber: Int((seconds / 86_400).rounded(.down)))
            if Self.arithmeticYears.contains(day.year) {
                self = day
                return
            }
        }
        let c = CivilDate.gregorian.dateComponents([.year, .month, .day], from: shifted)
        self.init(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }

    /// `YYYY-MM-DD`.
    public var description: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }

    /// `YYYY-MM`.
    public var monthString: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))" }

    /// The ISO 8601 week, `YYYY-Www`.
    public var isoWeekString: String {
        if let n = arithmeticDayNumber {
            // The week belongs to the year of its Thursday; week 1 holds the year's first Thursday.
            let isoWeekday = (CivilDate.weekday(ofDayNumber: n) + 5) % 7 + 1  // Monday = 1 … Sunday = 7
            let thursday = n - isoWeekday + 4
            let weekYear = CivilDate(dayNumber: thursday).year
            let dayOfYear = thursday - CivilDate(year: weekYear, month: 1, day: 1).dayNumber
            return "\(Self.pad(weekYear, 4))-W\(Self.pad(dayOfYear / 7 + 1, 2))"
        }
        let c = CivilDate.iso.dateComponents([.yearForWeekOfYear, .weekOfYear], from: instant)
        return "\(Self.pad(c.yearForWeekOfYear ?? year, 4))-W\(Self.pad(c.weekOfYear ?? 1, 2))"
    }

    /// Sunday = 1 … Saturday = 7.
    public var weekday: Int {
        if let n = arithmeticDayNumber { return CivilDate.weekday(ofDayNumber: n) }
        return CivilDate.gregorian.component(.weekday, from: instant)
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CivilDate {
        if let n = arithmeticDayNumber {
            let day = CivilDate(dayNumber: n + days)
            if Self.arithmeticYears.contains(day.year) { return day }
        }
        return CivilDate(instant.addingTimeInterval(TimeInterval(days * 86_400)), utcOffset: 0)
    }

    /// The first day of the month `months` later.
    public func addingMonths(_ months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        return CivilDate(year: index / 12, month: index % 12 + 1, day: 1)
    }

    /// True when the day exists in the Gregorian calendar.
    public var isValid: Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= CivilDate.daysIn(month: month, year: year)
    }

    /// Converts a Hijri (Umm al-Qura) day to the Gregorian day, or `nil` if it does not exist.
    public static func fromHijri(year: Int, month: Int, day: Int) -> CivilDate? {
        guard (1...12).contains(month), (1...30).contains(day), (1300...1600).contains(year) else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let instant = hijri.date(from: components) else { return nil }
        let back = hijri.dateComponents([.year, .month, .day], from: instant)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        return CivilDate(instant, utcOffset: 0)
    }

    /// The Umm al-Qura year of this day.
    public var hijriYear: Int { CivilDate.hijri.component(.year, from: instant) }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Days from `a` to `b`.
    static func distance(_ a: CivilDate, _ b: CivilDate) -> Int {
        if let m = a.arithmeticDayNumber, let n = b.arithmeticDayNumber { return n - m }
        return Int((b.instant.timeIntervalSince(a.instant) / 86_400).rounded())
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Years whose days are computed by arithmetic; the others go through Foundation's `Calendar`.
    static let arithmeticYears = 1600...9999

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`:
    /// years start on 1 March so that the leap day is the last day of a year; a 400-year era has
    /// 146,097 days). Linear in `day`, so it is meaningful for valid days only.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400  // 0 … 399
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1  // from 1 March
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day number when this day is valid and inside ``arithmeticYears``, else nil (use `Calendar`).
    var arithmeticDayNumber: Int? {
        CivilDate.arithmeticYears.contains(year) && isValid ? dayNumber : nil
    }

    /// The day `n` days after 1970-01-01 (H. Hinnant's `civil_from_days`, the inverse of ``dayNumber``).
    init(dayNumber n: Int) {
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153  // 0 = March … 11 = February
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(
            year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month,
            day: dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
    }

    /// Sunday = 1 … Saturday = 7 of a day number (1970-01-01 was a Thursday).
    static func weekday(ofDayNumber n: Int) -> Int { ((n % 7) + 7 + 4) % 7 + 1 }

    var instant: Date {
        CivilDate.gregorian.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    static let utc = TimeZone(secondsFromGMT: 0)!
    static let gregorian: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = utc
        return c
    }()
    static let iso: Calendar = {
        var c = Calendar(identifier: .iso8601)
        c.timeZone = utc
        return c
    }()
    static let hijri: Calendar = {
        var c = Calendar(identifier: .islamicUmmAlQura)
        c.timeZone = utc
        return c
    }()
}
