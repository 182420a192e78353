import Foundation

/// A Gregorian calendar day (no time, no zone), with the arithmetic relative dates need.
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
        let c = CivilDate.gregorian.dateComponents([.year, .month, .day], from: shifted)
        self.init(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }

    /// `YYYY-MM-DD`.
    public var description: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }

    /// `YYYY-MM`.
    public var monthString: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))" }

    /// The ISO 8601 week, `YYYY-Www`.
    public var isoWeekString: String {
        let c = CivilDate.iso.dateComponents([.yearForWeekOfYear, .weekOfYear], from: instant)
        return "\(Self.pad(c.yearForWeekOfYear ?? year, 4))-W\(Self.pad(c.weekOfYear ?? 1, 2))"
    }

    /// Sunday = 1 … Saturday = 7.
    public var weekday: Int { CivilDate.gregorian.component(.weekday, from: instant) }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CivilDate {
        CivilDate(instant.addingTimeInterval(TimeInterval(days * 86_400)), utcOffset: 0)
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
        Int((b.instant.timeIntervalSince(a.instant) / 86_400).rounded())
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

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
