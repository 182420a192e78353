/// Finds dates written in Arabic text and resolves them to ISO 8601, with their scalar spans.
///
/// Rules, tried at each lexeme in this order (words are matched folded, with up to two of the
/// clitics و ف ب ل stripped from the front: «وفي 3 مارس», «بالأمس»):
/// 1. weekday, optionally after «يوم», then a date: «الثلاثاء 15 مارس 2024» (span includes the weekday);
///    a weekday alone resolves to the latest such day on or before the anchor — or, after a future
///    marker among the three words before it (a verb with سـ: «ستقام», «سيعقد»; «سوف», «المقرر»),
///    the next such day on or after it; «… الماضي» is strictly before, «… المقبل/القادم» strictly
///    after; «صلاة الجمعة» is not a date;
/// 2. numeric dates: `2024-03-15`, `15/3/2024`, `15.03.2024` (day first unless the year is first);
/// 3. day + month [+ year] [+ era]: «15 مارس 2024», «٣ كانون الثاني ٢٠٢٤», «5 رمضان 1445 هـ» (Hijri
///    months convert through Umm al-Qura); with no year the anchor's year closest to the anchor, or
///    `--MM-DD` without an anchor; «15 فبراير الماضي» uses the relative month rule;
/// 4. month + year: «يوليو/ تموز 2016», «أيار (مايو) 2018», «يونيو حزيران 2018» — month pairs of the
///    same number are one mention; «مارس من عام 2020»;
/// 5. month + direction: «فبراير الماضي» is the latest February strictly before the anchor's month,
///    «… المقبل» the next one after it, «… الجاري» the anchor's year;
/// 6. relative days: «أمس», «البارحة», «اليوم» (not before another «ال» word except a weekday),
///    «غدا», «أول أمس»/«أمس الأول» (−2), «بعد غد» (+2);
/// 7. periods: «الأسبوع/الشهر/العام/السنة» + «الماضي/المقبل/الجاري…», «هذا العام», «هذه السنة» —
///    an ISO week, a month or a year;
/// 8. a year after «عام/سنة»: «عام 2016» (Hijri years, marked هـ, are left alone).
/// Relative rules (5–7, weekdays alone) need an anchor; without one they produce nothing.
///
/// ```swift
/// let anchor = CivilDate(year: 2025, month: 3, day: 10)
/// DateRecognizer(anchor: anchor).recognize("في فبراير الماضي").first?.value   // "2025-02"
/// ```
public struct DateRecognizer: Sendable {
    /// The publication day relative expressions are resolved against.
    public var anchor: CivilDate?

    public init(anchor: CivilDate? = nil) {
        self.anchor = anchor
    }

    /// The dates in `text`, in text order, non-overlapping.
    public func recognize(_ text: String) -> [DateMention] {
        var text = text
        return text.withUTF8 { p in
            let lexed = DateLexer.lex(p)
            let lexemes = lexed.lexemes
            guard !lexemes.isEmpty else { return [] }
            let scan = DateScan(lx: lexemes, folded: lexed.folded, anchor: anchor)
            var found: [DateMention] = []
            var i = 0
            while i < lexemes.count {
                guard let m = scan.match(at: i) else {
                    i += 1
                    continue
                }
                let first = lexemes[m.first], last = lexemes[m.last]
                let span = String(decoding: UnsafeBufferPointer(rebasing: p[first.utf8Start..<last.utf8End]), as: UTF8.self)
                found.append(DateMention(
                    start: first.start, end: last.end, text: span, value: m.value, kind: m.kind, granularity: m.granularity))
                i = m.last + 1
            }
            return found
        }
    }
}
