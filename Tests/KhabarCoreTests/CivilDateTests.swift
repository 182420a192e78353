import Foundation
import Testing

@testable import KhabarCore

/// The day arithmetic of `CivilDate` gives what Foundation's calendars give, day by day.
@Test func dayArithmeticMatchesFoundation() {
    let start = CivilDate(year: 1899, month: 12, day: 25).dayNumber
    let end = CivilDate(year: 2101, month: 1, day: 7).dayNumber
    var n = start
    while n <= end {
        let instant = Date(timeIntervalSince1970: TimeInterval(n) * 86_400)
        let c = CivilDate.gregorian.dateComponents([.year, .month, .day, .weekday], from: instant)
        let day = CivilDate(dayNumber: n)
        #expect(day == CivilDate(year: c.year!, month: c.month!, day: c.day!))
        #expect(day.dayNumber == n)
        #expect(day.weekday == c.weekday!)
        let w = CivilDate.iso.dateComponents([.yearForWeekOfYear, .weekOfYear], from: instant)
        #expect(day.isoWeekString == "\(CivilDate.pad(w.yearForWeekOfYear!, 4))-W\(CivilDate.pad(w.weekOfYear!, 2))")
        #expect(CivilDate(instant.addingTimeInterval(86_399), utcOffset: 0) == day)
        #expect(CivilDate(instant.addingTimeInterval(-1), utcOffset: nil) == CivilDate(dayNumber: n - 1))
        // Every day near today, then a sample of the rest.
        n += (1990...2040).contains(day.year) ? 1 : 5
    }
}

@Test(arguments: [
    (CivilDate(year: 2024, month: 2, day: 28), 1, CivilDate(year: 2024, month: 2, day: 29)),
    (CivilDate(year: 2023, month: 12, day: 31), 1, CivilDate(year: 2024, month: 1, day: 1)),
    (CivilDate(year: 2025, month: 3, day: 10), -70, CivilDate(year: 2024, month: 12, day: 30)),
    (CivilDate(year: 2000, month: 3, day: 1), -1, CivilDate(year: 2000, month: 2, day: 29)),
])
func addingDays(_ from: CivilDate, _ days: Int, _ to: CivilDate) {
    #expect(from.adding(days: days) == to)
    #expect(CivilDate.distance(from, to) == days)
}

/// Days before the Gregorian reform and invalid days still go through Foundation, unchanged.
@Test func daysOutsideTheArithmeticRangeUseFoundation() {
    let old = CivilDate(year: 1500, month: 3, day: 1)
    #expect(old.arithmeticDayNumber == nil)
    #expect(old.weekday == CivilDate.gregorian.component(.weekday, from: old.instant))
    #expect(CivilDate(year: 2024, month: 2, day: 31).arithmeticDayNumber == nil)
}
