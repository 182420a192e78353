/// Arabic calendar vocabulary, in the folded spelling ``DateLexer`` produces (no harakat or
/// tatweel; أ إ آ ٱ → ا; ة → ه; ى → ي).
///
/// Gregorian month names in the three systems Arabic media use — Egyptian/Gulf (يناير … ديسمبر),
/// Levantine/Iraqi (كانون الثاني … كانون الأول) and Maghrebi (جانفي … ديسمبر, Moroccan يوليوز, غشت,
/// شتنبر, نونبر, دجنبر) — and common spelling variants. Two-word names (كانون الثاني, تشرين الأول)
/// are keyed by their first word in ``twoWordMonths``.
enum ArabicDateNames {
    static let gregorianMonths: [String: Int] = [
        "يناير": 1, "جانفي": 1, "جانفيه": 1, "ينايير": 1,
        "فبراير": 2, "فبرابر": 2, "شباط": 2, "فيفري": 2, "فبرير": 2,
        "مارس": 3, "اذار": 3,
        "ابريل": 4, "ابريال": 4, "نيسان": 4, "افريل": 4,
        "مايو": 5, "ايار": 5, "ماي": 5,
        "يونيو": 6, "يونيه": 6, "حزيران": 6, "جوان": 6,
        "يوليو": 7, "يوليه": 7, "تموز": 7, "جويليه": 7, "يوليوز": 7,
        "اغسطس": 8, "اغسطوس": 8, "اب": 8, "اوت": 8, "غشت": 8,
        "سبتمبر": 9, "ايلول": 9, "شتنبر": 9,
        "اكتوبر": 10,
        "نوفمبر": 11, "نونبر": 11,
        "ديسمبر": 12, "دجنبر": 12,
    ]

    /// First word → (second word → month): كانون الثاني = 1, تشرين الأول = 10, …
    static let twoWordMonths: [String: [String: Int]] = [
        "كانون": ["الثاني": 1, "الاول": 12],
        "تشرين": ["الاول": 10, "الثاني": 11],
    ]

    /// Single-word Hijri months.
    static let hijriMonths: [String: Int] = [
        "محرم": 1, "صفر": 2, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    ]

    /// Two-word Hijri months keyed by the first word (ربيع الأول, جمادى الآخرة, ذو الحجة, …).
    static let hijriTwoWordMonths: [String: [String: Int]] = [
        "ربيع": ["الاول": 3, "الثاني": 4, "الاخر": 4],
        "جمادي": ["الاولي": 5, "الاول": 5, "الاخره": 6, "الثانيه": 6, "الاخر": 6, "الثاني": 6],
        "ذو": ["القعده": 11, "الحجه": 12],
        "ذي": ["القعده": 11, "الحجه": 12],
    ]

    /// Weekdays, numbered as Foundation's Gregorian calendar does (Sunday = 1 … Saturday = 7).
    static let weekdays: [String: Int] = [
        "الاحد": 1, "الاثنين": 2, "الثلاثاء": 3, "الاربعاء": 4, "الخميس": 5, "الجمعه": 6, "السبت": 7,
    ]

    /// Day offsets of single words (أمس, البارحة, اليوم, غدا, الغد).
    static let relativeDays: [String: Int] = [
        "امس": -1, "الامس": -1, "البارحه": -1, "اليوم": 0, "غدا": 1, "الغد": 1,
    ]

    /// Periods that take a direction word: الأسبوع، الشهر، العام، السنة.
    static let periods: [String: DateMention.Granularity] = [
        "الاسبوع": .week, "الشهر": .month, "العام": .year, "السنه": .year,
    ]

    /// Direction words: −1 past (الماضي, المنصرم, الفائت, السابق), +1 next (المقبل, القادم), 0 current
    /// (الجاري, الحالي), with their feminine forms.
    static let directions: [String: Int] = [
        "الماضي": -1, "الماضيه": -1, "المنصرم": -1, "المنصرمه": -1, "الفائت": -1, "الفائته": -1,
        "السابق": -1, "السابقه": -1,
        "المقبل": 1, "المقبله": 1, "القادم": 1, "القادمه": 1,
        "الجاري": 0, "الجاريه": 0, "الحالي": 0, "الحاليه": 0,
    ]

    /// Words that introduce a bare year: عام 2016, سنة 2016.
    static let yearWords: Set<String> = ["عام", "العام", "سنه", "السنه"]

    /// Era markers after a year: هـ (Hijri), م (Gregorian), هجري/هجريه/للهجره, ميلادي/ميلاديه.
    static let hijriEra: Set<String> = ["ه", "هجري", "هجريه", "للهجره", "هجريا"]
    static let gregorianEra: Set<String> = ["م", "ميلادي", "ميلاديه", "للميلاد"]

    /// Every word the date rules look up (before clitics are stripped), plus the helper words they
    /// test directly (يوم, هذا, هذه, أول, بعد, غد, من). A word outside it cannot start a date.
    static let vocabulary: Set<String> = {
        var v = Set<String>()
        v.formUnion(gregorianMonths.keys)
        v.formUnion(twoWordMonths.keys)
        v.formUnion(hijriMonths.keys)
        v.formUnion(hijriTwoWordMonths.keys)
        v.formUnion(weekdays.keys)
        v.formUnion(relativeDays.keys)
        v.formUnion(periods.keys)
        v.formUnion(directions.keys)
        v.formUnion(yearWords)
        v.formUnion(["يوم", "هذا", "هذه", "اول", "بعد", "غد", "من"])
        return v
    }()
}
