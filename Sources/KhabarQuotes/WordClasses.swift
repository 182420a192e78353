import ArabicText

/// Closed word classes the quote rules test, as `ArabicNormalizer(.search)` keys.
enum WordClasses {
    private static func keys(_ words: [String]) -> WordSet {
        let norm = ArabicNormalizer(.search)
        return WordSet(words.map { WordKey(norm.normalize($0)) })
    }

    /// Complementizers opening a reported clause, with and without a pronoun (أن، إن، بأن، أنه، إنها …).
    static let complementizers: WordSet = {
        var words: [String] = []
        for head in ["أن", "إن", "بأن", "وأن", "وإن", "فإن", "لأن"] {
            for suffix in ["", "ه", "ها", "هم", "هما", "نا", "ني", "هن", "كم"] {
                if head == "فإن" || head == "لأن" { continue }
                words.append(head + suffix)
            }
        }
        return keys(words)
    }()

    /// Words that end a speaker phrase: prepositions, time adverbs and verbs of setting.
    static let phraseStops = keys([
        "خلال", "عبر", "أمام", "عقب", "بعد", "قبل", "مساء", "صباح", "ظهر", "اليوم", "أمس", "إلى", "على", "عن",
        "حول", "لدى", "أثناء", "ضمن", "وسط", "منذ", "حيث", "إذ", "كما", "ثم", "بينما", "رغم", "لكن", "لكنه",
        "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "أيضا", "مؤخرا", "سابقا", "لاحقا",
        "مجددا", "كذلك", "بشأن", "إثر", "فيه", "فيها", "له", "لها", "لهم", "يوم", "الليلة", "عندما", "بعدما", "هذا",
        "الذي", "التي", "الذين", "ما", "لا", "لم", "لن", "قد", "تحت", "بدوره", "بدورها", "أنه", "عبره",
    ])

    /// Adverbs that may sit between a cue and its subject (قال أيضًا المتحدث …).
    static let leadingAdverbs = keys(["أيضا", "كذلك", "مجددا", "بدوره", "بدورها", "اليوم", "أمس", "لاحقا", "سابقا"])

    /// Nouns after في that make it a setting, not part of a name (في بيان، في مؤتمر صحفي، في تصريحات).
    static let settingNouns = keys([
        "بيان", "بيانها", "بيانه", "تصريح", "تصريحات", "تصريحه", "تصريحها", "مؤتمر", "حديث", "حديثه", "مقابلة",
        "كلمة", "كلمته", "رسالة", "تغريدة", "تدوينة", "منشور", "تقرير", "تقريرها", "ختام", "وقت", "سياق", "أعقاب",
        "إطار", "معرض", "ردها", "رده", "لقاء", "اتصال", "مكالمة", "جلسة", "اجتماع", "خطاب", "حوار", "تعليق",
        "تعليقات", "إفادة", "مقال", "مقالة", "افتتاحية", "الافتتاحية", "عدد", "صفحة", "افتتاح", "نهاية", "بداية", "حين",
        "وقتها", "موقع", "صفحته", "حسابه", "حسابها",
    ])

    /// Nouns after ل that name an addressee or medium (لصحيفة، لوكالة، للصحفيين), ending a speaker phrase.
    static let addresseeNouns = keys([
        "صحيفة", "وكالة", "قناة", "الصحفيين", "الصحافيين", "الصحفيون", "وسائل", "شبكة", "موقع", "تلفزيون",
        "إذاعة", "راديو", "مراسل", "مراسلي", "وسيلة", "الصحيفة", "الوكالة", "القناة", "الشبكة", "الموقع",
        "التلفزيون", "الإذاعة", "الإعلام", "المحققين", "البرلمان", "الحاضرين", "الصحافة", "مجلة", "المجلة",
        "رويترز", "فرانس", "سي", "بي", "أسوشيتد", "العربية", "الجزيرة", "سكاي", "مجلس",
    ])

    /// Narrator formulas that look like attribution but are not (يذكر أن، يشار إلى أن).
    static let narratorFormulas = keys(["يذكر", "ويذكر", "يشار", "ويشار", "يلاحظ", "ويلاحظ", "يبدو", "ويبدو"])

    /// Masculine titles at the head of a speaker phrase (gender is otherwise read from a final ة).
    static let masculineHeads = keys([
        "المتحدث", "متحدث", "الناطق", "ناطق", "الوزير", "وزير", "الرئيس", "رئيس", "مدير", "المدير", "مسؤول",
        "المسؤول", "السفير", "سفير", "المبعوث", "مبعوث", "قائد", "القائد", "العميد", "اللواء", "الجنرال", "الأمين",
        "النائب", "نائب", "زعيم", "الزعيم", "الملك", "الأمير", "الشيخ", "المحلل", "محلل", "الخبير", "خبير",
        "الكاتب", "كاتب", "مراسل", "المراسل", "مستشار", "المستشار", "السيناتور", "زوج", "زوجها", "المرشد", "المفوض",
        "الجيش", "الحزب", "البيان", "بيان", "التقرير", "تقرير", "المرصد", "مصدر", "المصدر", "السيد", "العضو",
        "المعلم", "الاتحاد", "اتحاد", "البنتاغون", "الكرملين", "البيت", "المكتب", "مكتب", "المجلس", "مجلس", "الأخير",
    ])

    /// Heads that make a short phrase before a cue a plausible subject (SVO): titles, bodies, media, documents.
    static let speakerHeads: WordSet = masculineHeads.union(
        keys([
            "وكالة", "صحيفة", "وزارة", "شركة", "منظمة", "هيئة", "مصادر", "المتحدثة", "متحدثة", "الناطقة", "ناطقة",
            "وزيرة", "الوزيرة", "الوزارة", "الوكالة", "الصحيفة", "الشركة", "المنظمة", "الهيئة", "الحكومة", "حكومة",
            "قناة", "مجلة", "شبكة", "إدارة", "الإدارة", "جمعية", "الجمعية", "لجنة", "اللجنة", "مفوضية", "المفوضية",
            "رئيسة", "مديرة", "السيدة", "الرسالة", "الدراسة", "دراسة", "بيانات", "تقرير", "شرطة", "الشرطة",
        ]))

    /// Nouns that make a speaker plural and unnamed (مصادر، شهود، خبراء).
    static let pluralHeads = keys([
        "مصادر", "شهود", "خبراء", "مسؤولون", "مسؤولين", "تقارير", "وسائل", "مراقبون", "محللون", "ناشطون", "ناشطين",
        "سكان", "مسؤولو", "دبلوماسيون", "البلدين", "البلدان", "الجانبان", "الجانبين", "الطرفين", "الطرفان",
    ])

    /// Speakers whose words are unattributed (for `via` descriptions).
    static let anonymousHeads = keys([
        "مصادر", "مصدر", "مسؤول", "مسؤولون", "مسؤولين", "شهود", "دبلوماسي", "دبلوماسيون", "مسؤولو",
    ])

    /// Nationality adjectives (stem without ال or ة) → country, for unnamed sources («مسؤول أميركي»).
    static let nationalities: [WordKey: String] = {
        let table: [(String, String)] = [
            ("أمريكي", "United States"), ("أميركي", "United States"), ("روسي", "Russia"), ("إيراني", "Iran"),
            ("إسرائيلي", "Israel"), ("سعودي", "Saudi Arabia"), ("تركي", "Turkey"), ("فرنسي", "France"),
            ("بريطاني", "United Kingdom"), ("صيني", "China"), ("ألماني", "Germany"), ("عراقي", "Iraq"),
            ("سوري", "Syria"), ("مصري", "Egypt"), ("أوروبي", "European Union"), ("أممي", "United Nations"),
            ("فلسطيني", "Palestine"), ("لبناني", "Lebanon"), ("قطري", "Qatar"), ("إماراتي", "United Arab Emirates"),
            ("أردني", "Jordan"), ("يمني", "Yemen"), ("أوكراني", "Ukraine"), ("كوري", "Korea"), ("ياباني", "Japan"),
            ("هندي", "India"), ("باكستاني", "Pakistan"), ("أفغاني", "Afghanistan"), ("ليبي", "Libya"),
            ("سوداني", "Sudan"), ("تونسي", "Tunisia"), ("جزائري", "Algeria"), ("مغربي", "Morocco"),
            ("كويتي", "Kuwait"), ("بحريني", "Bahrain"), ("عماني", "Oman"), ("غربي", "Western"),
        ]
        let norm = ArabicNormalizer(.search)
        return Dictionary(table.map { (WordKey(norm.normalize($0.0)), $0.1) }, uniquingKeysWith: { a, _ in a })
    }()

    /// The country of a nationality adjective in any of its forms (أميركي، الأمريكية، أمريكيون).
    static func nationality(_ key: WordKey) -> String? {
        var k = Substring(key.text)
        if k.hasPrefix("ال") { k = k.dropFirst(2) }
        for suffix in ["ين", "ون", "ه", "ان"] where k.hasSuffix(suffix) {
            if let c = nationalities[WordKey(String(k.dropLast(suffix.count)))] { return c }
        }
        return nationalities[WordKey(String(k))]
    }

    /// Sentence-final punctuation.
    static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "؟" || s == "؛" || s == ";" || s == "…"
    }

    /// Commas (Latin and Arabic).
    static func isComma(_ s: Unicode.Scalar) -> Bool { s == "," || s == "،" }
}
