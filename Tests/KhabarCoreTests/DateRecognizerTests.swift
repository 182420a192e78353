import Testing

@testable import KhabarCore

/// One case per rule of `DateRecognizer`: the text, the expected span text and ISO value.
struct DateCase: CustomStringConvertible, Sendable {
    var text: String
    var span: String
    var value: String
    var kind: DateMention.Kind
    var description: String { text }
}

/// Publication day used as the anchor: Monday 10 March 2025.
let anchor = CivilDate(year: 2025, month: 3, day: 10)

@Test(arguments: [
    // Egyptian/Gulf, Levantine and Maghrebi month names.
    DateCase(text: "وقع الحادث في 15 مارس 2024 صباحا", span: "15 مارس 2024", value: "2024-03-15", kind: .absolute),
    DateCase(text: "في 3 كانون الثاني 2024", span: "3 كانون الثاني 2024", value: "2024-01-03", kind: .absolute),
    DateCase(text: "يوم 9 جويلية 2019", span: "9 جويلية 2019", value: "2019-07-09", kind: .absolute),
    DateCase(text: "منذ 1 تشرين الأول 2023", span: "1 تشرين الأول 2023", value: "2023-10-01", kind: .absolute),
    DateCase(text: "في 21 شباط 2022", span: "21 شباط 2022", value: "2022-02-21", kind: .absolute),
    DateCase(text: "بتاريخ 5 أوت 2020", span: "5 أوت 2020", value: "2020-08-05", kind: .absolute),
    // Month pairs and month + year.
    DateCase(text: "في يوليو/ تموز 2016 أعلن", span: "يوليو/ تموز 2016", value: "2016-07", kind: .absolute),
    DateCase(text: "في أيار (مايو) 2018", span: "أيار (مايو) 2018", value: "2018-05", kind: .absolute),
    DateCase(text: "الغزو الروسي في فبراير 2022.", span: "فبراير 2022", value: "2022-02", kind: .absolute),
    DateCase(text: "في مارس من عام 2020", span: "مارس من عام 2020", value: "2020-03", kind: .absolute),
    // Eastern (Arabic-Indic) digits.
    DateCase(text: "في ١٥ مارس ٢٠٢٤", span: "١٥ مارس ٢٠٢٤", value: "2024-03-15", kind: .absolute),
    // Numeric dates.
    DateCase(text: "صدر في 2024-03-15 بيان", span: "2024-03-15", value: "2024-03-15", kind: .absolute),
    DateCase(text: "بتاريخ 15/3/2024", span: "15/3/2024", value: "2024-03-15", kind: .absolute),
    // Weekday before a date is part of the span.
    DateCase(text: "الثلاثاء 15 مارس 2022", span: "الثلاثاء 15 مارس 2022", value: "2022-03-15", kind: .absolute),
    // Hijri, Umm al-Qura.
    DateCase(text: "في 1 رمضان 1445 هـ", span: "1 رمضان 1445 هـ", value: "2024-03-11", kind: .hijri),
    DateCase(text: "الموافق 10 ذو الحجة 1444", span: "10 ذو الحجة 1444", value: "2023-06-28", kind: .hijri),
    // Relative to the publication day.
    DateCase(text: "مع بوتين في فبراير الماضي", span: "فبراير الماضي", value: "2025-02", kind: .relative),
    DateCase(text: "في أبريل المقبل", span: "أبريل المقبل", value: "2025-04", kind: .relative),
    DateCase(text: "في مارس الماضي", span: "مارس الماضي", value: "2024-03", kind: .relative),
    DateCase(text: "وقال أمس إن", span: "أمس", value: "2025-03-09", kind: .relative),
    DateCase(text: "وكان بالأمس", span: "بالأمس", value: "2025-03-09", kind: .relative),
    DateCase(text: "أول أمس", span: "أول أمس", value: "2025-03-08", kind: .relative),
    DateCase(text: "يصل غداً", span: "غداً", value: "2025-03-11", kind: .relative),
    DateCase(text: "الأسبوع المقبل", span: "الأسبوع المقبل", value: "2025-W12", kind: .relative),
    DateCase(text: "الشهر الماضي", span: "الشهر الماضي", value: "2025-02", kind: .relative),
    DateCase(text: "خلال العام المقبل", span: "العام المقبل", value: "2026", kind: .relative),
    DateCase(text: "هذا العام", span: "هذا العام", value: "2025", kind: .relative),
    DateCase(text: "قال الخميس", span: "الخميس", value: "2025-03-06", kind: .relative),
    DateCase(text: "يوم الاثنين المقبل", span: "يوم الاثنين المقبل", value: "2025-03-17", kind: .relative),
    DateCase(text: "في 20 فبراير", span: "20 فبراير", value: "2025-02-20", kind: .absolute),
    DateCase(text: "في 25 كانون الأول 2023", span: "25 كانون الأول 2023", value: "2023-12-25", kind: .absolute),
    DateCase(text: "يوم 7 أفريل 2021", span: "7 أفريل 2021", value: "2021-04-07", kind: .absolute),
    DateCase(text: "في 14 غشت 2019", span: "14 غشت 2019", value: "2019-08-14", kind: .absolute),
    DateCase(text: "الخميس ٣ حزيران ٢٠٢١", span: "الخميس ٣ حزيران ٢٠٢١", value: "2021-06-03", kind: .absolute),
    DateCase(text: "وصل أمس الأول", span: "أمس الأول", value: "2025-03-08", kind: .relative),
    DateCase(text: "يعود بعد غد", span: "بعد غد", value: "2025-03-12", kind: .relative),
    DateCase(text: "خلال الأسبوع الماضي", span: "الأسبوع الماضي", value: "2025-W10", kind: .relative),
    DateCase(text: "في 15 فبراير الماضي", span: "15 فبراير الماضي", value: "2025-02-15", kind: .relative),
    DateCase(text: "اليوم الاثنين", span: "اليوم الاثنين", value: "2025-03-10", kind: .relative),
    DateCase(text: "السبت الماضي", span: "السبت الماضي", value: "2025-03-08", kind: .relative),
    DateCase(text: "المباراة ستقام السبت في الملعب", span: "السبت", value: "2025-03-15", kind: .relative),
    DateCase(text: "من المقرر أن يصل الخميس", span: "الخميس", value: "2025-03-13", kind: .relative),
    DateCase(text: "تنتهي في يونيو حزيران المقبل", span: "يونيو حزيران المقبل", value: "2025-06", kind: .relative),
    DateCase(text: "انفجار سيارة مفخخة الأحد", span: "الأحد", value: "2025-03-09", kind: .relative),
    // Year after عام.
    DateCase(text: "منذ عام 2011", span: "عام 2011", value: "2011", kind: .absolute),
])
func recognizesDate(_ c: DateCase) throws {
    let found = DateRecognizer(anchor: anchor).recognize(c.text)
    let first = try #require(found.first)
    #expect(first.text == c.span)
    #expect(first.value == c.value)
    #expect(first.kind == c.kind)
    let scalars = Array(c.text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[first.start..<first.end])) == c.span)
}

@Test(arguments: [
    "اليوم العالمي للمرأة",  // «اليوم» before another «ال» word is not today
    "فاز الفريق 3 صفر",  // «صفر» (zero) without a year is not the Hijri month
    "مارس الرياضة",  // a month name with no number or direction
    "عام 1445 هـ",  // a Hijri year alone is not converted
    "خطيب صلاة الجمعة",  // the Friday prayer
])
func ignoresNonDates(_ text: String) {
    #expect(DateRecognizer(anchor: anchor).recognize(text).isEmpty)
}

@Test func relativeDatesNeedAnAnchor() {
    #expect(DateRecognizer().recognize("وصل أمس في فبراير الماضي").isEmpty)
    #expect(DateRecognizer().recognize("في 20 فبراير").first?.value == "--02-20")
}

@Test func nonexistentDayKeepsOnlyTheMonth() {
    let found = DateRecognizer(anchor: anchor).recognize("31 فبراير 2024")
    #expect(found.map(\.value) == ["2024-02"])
}
