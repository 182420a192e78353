/// Principal parts of the speech and attribution verbs; ``CueLexicon`` inflects them by rule.
enum CueVerbs {
    struct Entry: Sendable {
        /// Past, 3rd person masculine singular (the lemma).
        var past: String
        /// Imperfect, 3rd person masculine singular.
        var imperfect: String
        /// Active participle, masculine singular, as used in a حال (مضيف → مضيفًا); empty if unused.
        var participle: String
        /// Masdar taking a possessive pronoun as a cue (قول → قوله); usually empty.
        var masdar: String = ""
        /// Takes an object pronoun that is not the speaker (وصفه, اتهمهم).
        var transitive: Bool = false
    }

    /// Lemmas (search-normalized) whose phrase after the verb may be the object (وصف زيلينسكي بـ…).
    static let transitiveLemmas: WordSet = ["وصف", "اعتبر", "اتهم", "حذر", "دعا", "طالب", "ابلغ", "انتقد"]

    static let table: [Entry] = [
        Entry(past: "قال", imperfect: "يقول", participle: "قائل", masdar: "قول"),
        Entry(past: "أكد", imperfect: "يؤكد", participle: "مؤكد"),
        Entry(past: "أوضح", imperfect: "يوضح", participle: "موضح"),
        Entry(past: "أضاف", imperfect: "يضيف", participle: "مضيف"),
        Entry(past: "تابع", imperfect: "يتابع", participle: "متابع"),
        Entry(past: "أردف", imperfect: "يردف", participle: "مردف"),
        Entry(past: "اعتبر", imperfect: "يعتبر", participle: "معتبر", transitive: true),
        Entry(past: "رأى", imperfect: "يرى", participle: ""),
        Entry(past: "أشار", imperfect: "يشير", participle: "مشير"),
        Entry(past: "لفت", imperfect: "يلفت", participle: "لافت"),
        Entry(past: "شدد", imperfect: "يشدد", participle: "مشدد"),
        Entry(past: "صرح", imperfect: "يصرح", participle: "مصرح"),
        Entry(past: "أعلن", imperfect: "يعلن", participle: "معلن"),
        Entry(past: "كشف", imperfect: "يكشف", participle: "كاشف"),
        Entry(past: "نفى", imperfect: "ينفي", participle: "نافي"),
        Entry(past: "نقل", imperfect: "ينقل", participle: "ناقل"),
        Entry(past: "أفاد", imperfect: "يفيد", participle: "مفيد"),
        Entry(past: "ذكر", imperfect: "يذكر", participle: "ذاكر"),
        Entry(past: "زعم", imperfect: "يزعم", participle: "زاعم"),
        Entry(past: "حذر", imperfect: "يحذر", participle: "محذر", transitive: true),
        Entry(past: "دعا", imperfect: "يدعو", participle: "داعي", transitive: true),
        Entry(past: "طالب", imperfect: "يطالب", participle: "مطالب", transitive: true),
        Entry(past: "وصف", imperfect: "يصف", participle: "واصف", transitive: true),
        Entry(past: "لمح", imperfect: "يلمح", participle: "ملمح"),
        Entry(past: "ألمح", imperfect: "يلمح", participle: "ملمح"),
        Entry(past: "أعرب", imperfect: "يعرب", participle: "معرب"),
        Entry(past: "كتب", imperfect: "يكتب", participle: ""),
        Entry(past: "أقر", imperfect: "يقر", participle: "مقر"),
        Entry(past: "اعترف", imperfect: "يعترف", participle: "معترف"),
        Entry(past: "اتهم", imperfect: "يتهم", participle: "متهم", transitive: true),
        Entry(past: "خلص", imperfect: "يخلص", participle: ""),
        Entry(past: "نوه", imperfect: "ينوه", participle: "منوه"),
        Entry(past: "أبلغ", imperfect: "يبلغ", participle: "مبلغ", transitive: true),
        Entry(past: "أفصح", imperfect: "يفصح", participle: ""),
        Entry(past: "أورد", imperfect: "يورد", participle: ""),
        Entry(past: "تساءل", imperfect: "يتساءل", participle: "متسائل"),
        Entry(past: "تحدث", imperfect: "يتحدث", participle: "متحدث"),
        Entry(past: "علق", imperfect: "يعلق", participle: "معلق"),
        Entry(past: "انتقد", imperfect: "ينتقد", participle: "منتقد", transitive: true),
        Entry(past: "استطرد", imperfect: "يستطرد", participle: "مستطرد"),
        Entry(past: "ادعى", imperfect: "يدعي", participle: "مدعي"),
    ]
}
