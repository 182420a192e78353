import ArabicText

/// The vocabulary of page furniture: which tags, class/id names and phrases mark boilerplate.
///
/// Rules:
/// - ``removedTags``: never article text (scripts, forms controls, navigation, asides, footers, media).
/// - Class and id values are split into words at spaces, `-`, `_` and lower→upper case changes
///   (`BGCommentSBar` → `bg comment s bar`), so `selectionShareable` is not taken for `share`.
///   ``negativeWords`` / ``positiveWords`` match whole words; ``negativeStems`` match the start of a word
///   (`comments`, `commentList`); ``alwaysRemovedStems`` (comments) win over positive words.
/// - ``isReadAlso(_:)``: a paragraph that opens with a cross-link phrase («اقرأ أيضا», «طالع أيضا»,
///   «شاهد أيضا», «اقرأ المزيد», «مواضيع ذات صلة», «Read more», «Related») is a link teaser, not text.
/// - ``isFurniture(_:)``: short lines that are only interface words (share/print/comment prompts).
enum Boilerplate {
    static let removedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "video", "audio", "source", "track", "map", "input", "select", "option", "textarea", "button",
        "link", "meta", "head", "dialog", "nav", "aside", "footer", "menu", "img", "picture", "label",
    ]

    static let negativeWords: Set<String> = [
        "share", "sharing", "shares", "social", "nav", "navbar", "navigation", "menu", "menus", "ad", "ads",
        "adv", "advs", "banner", "tags", "tag", "keywords", "print", "popular", "trending", "modal",
        "masthead", "subscribe", "login", "signup", "logo", "copyright", "toolbar", "tools", "rss",
        "author", "byline", "date", "time", "timestamp", "meta", "breaking", "ticker", "marquee", "weather",
        "facebook", "twitter", "whatsapp", "telegram",
    ]
    static let negativeStems: [String] = [
        "comment", "related", "sidebar", "breadcrumb", "newsletter", "advert", "sponsor", "outbrain",
        "taboola", "widget", "cookie", "popup", "pagination", "pager", "footer", "disqus", "mostread",
        "mostviewed", "morenews", "readmore", "readalso", "recommend", "promo", "dfp", "gpt",
    ]
    static let alwaysRemovedStems: [String] = ["comment", "disqus", "respond"]
    static let positiveWords: Set<String> = [
        "article", "articles", "content", "story", "body", "text", "entry", "post", "main", "detail", "details",
        "news", "blog", "column", "paragraph", "articlebody", "storybody", "artbody",
    ]

    /// Splits class and id values into lower-cased words (see the type's rules).
    static func words(_ value: String) -> [String] {
        let scalars = Array(value.unicodeScalars)
        func upper(_ i: Int) -> Bool { i < scalars.count && scalars[i].value >= 0x41 && scalars[i].value <= 0x5A }
        func lower(_ i: Int) -> Bool { i < scalars.count && ((scalars[i].value >= 0x61 && scalars[i].value <= 0x7A) || (scalars[i].value >= 0x30 && scalars[i].value <= 0x39)) }
        var words: [String] = []
        var current = ""
        for i in scalars.indices {
            guard upper(i) || lower(i) else {
                if !current.isEmpty { words.append(current); current = "" }
                continue
            }
            // A word starts at lower→Upper ("commentS") and at the last capital of a run before lower case ("BGComment").
            if upper(i) && !current.isEmpty && (lower(i - 1) || (upper(i - 1) && lower(i + 1))) {
                words.append(current)
                current = ""
            }
            current.unicodeScalars.append(upper(i) ? Unicode.Scalar(scalars[i].value | 0x20)! : scalars[i])
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// How an element's class and id read: negative (furniture), positive (content) or neutral.
    enum Verdict { case alwaysRemove, negative, positive, neutral }

    static func verdict(_ node: HTMLNode) -> Verdict {
        let value = (node[attribute: "class"] ?? "") + " " + (node[attribute: "id"] ?? "")
        if value.utf8.count <= 1 { return .neutral }
        let ws = words(value)
        let joined = ws.joined()
        var negative = false
        var positive = false
        for w in ws {
            if alwaysRemovedStems.contains(where: { w.hasPrefix($0) }) { return .alwaysRemove }
            if negativeWords.contains(w) || negativeStems.contains(where: { w.hasPrefix($0) }) { negative = true }
            if positiveWords.contains(w) { positive = true }
        }
        if !negative {
            negative = ["readmore", "readalso", "mostread", "morenews", "relatednews", "sharebar"].contains { TextFolding.contains(joined, $0) }
        }
        if negative && !positive { return .negative }
        if positive && !negative { return .positive }
        return .neutral
    }

    private static let normalizer = ArabicNormalizer(.search)

    private static let readAlsoOpeners: [String] = [
        "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ ايضا", "اقرأ كذلك", "اقرأ المزيد", "إقرأ المزيد", "طالع أيضا",
        "طالع ايضا", "شاهد أيضا", "شاهد ايضا", "اقرأ أيضًا", "مواضيع ذات صلة", "أخبار ذات صلة", "اخبار ذات صلة",
        "مقالات ذات صلة", "موضوعات ذات صلة", "الموضوعات المتعلقة", "للمزيد", "تابع أيضا", "read more", "read also",
        "related", "see also", "more on this",
    ].map { normalizer.normalize($0) }

    private static let furniture: Set<String> = Set([
        "شارك", "شارك الخبر", "شارك المقال", "مشاركة", "طباعة", "اطبع", "أرسل لصديق", "ارسل لصديق", "تعليقات",
        "أضف تعليق", "اضف تعليق", "إضافة تعليق", "إضافة تعليق جديد", "اضف تعليقاً واقرأ تعليقات القراء",
        "تابعونا", "تابعنا على", "حجم الخط", "تكبير الخط", "تصغير الخط", "فيسبوك", "تويتر", "واتساب", "share",
        "print", "email", "comments", "tweet", "advertisement", "إعلان", "اعلان",
    ].map { normalizer.normalize($0) })

    private static let noticeWords: [String] = [
        "التعليقات", "تعليقاتكم", "تعليقك", "سياسة الخصوصية", "شروط الاستخدام", "شروط استخدام", "إرشادات الاستخدام",
        "جميع الحقوق محفوظة", "حقوق النشر", "لا تعبر عن رأي", "الآراء الواردة", "privacy policy", "terms of use",
        "terms of service", "all rights reserved", "copyright", "comments",
    ].map { normalizer.normalize($0) }

    /// Whether a paragraph speaks about comments, privacy, terms of use or copyright (site notices).
    static func isNotice(_ text: String) -> Bool {
        let t = normalizer.normalize(text)
        return noticeWords.contains { TextFolding.contains(t, $0) }
    }

    /// A line with no letters (a counter, a lone number), a bare label of at most two words ending in a
    /// colon, or a photo credit (starts with ©, at most 10 words).
    static func isLabelOrCredit(_ text: String) -> Bool {
        if !text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) { return true }
        let words = TextFolding.wordCount(text)
        if words <= 2, text.hasSuffix(":") { return true }
        if text.hasPrefix("©") && words <= 10 { return true }
        return false
    }

    private static let stopHeadings: Set<String> = Set([
        "التعليقات", "تعليقات", "تعليقات القراء", "أضف تعليق", "اضف تعليق", "أضف تعليقك", "شارك برأيك", "الأكثر قراءة",
        "الأكثر مشاهدة", "الأكثر تداولا", "الأكثر قراءة اليوم", "comments", "leave a comment", "most read", "most popular",
    ].map { normalizer.normalize($0) })

    /// Whether a heading announces the end of the article (comments, most-read lists): nothing after it is text.
    static func isStopHeading(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= 40 else { return false }
        var t = normalizer.normalize(text)
        while let last = t.unicodeScalars.last, last == ":" || last == " " || last == "(" || last == ")" || (last.value >= 0x30 && last.value <= 0x39) {
            t.unicodeScalars.removeLast()
        }
        return stopHeadings.contains(t)
    }

    /// Whether a paragraph opens with a cross-link phrase.
    static func isReadAlso(_ text: String) -> Bool {
        let head = normalizer.normalize(String(text.unicodeScalars.prefix(40)))
        return readAlsoOpeners.contains { head.hasPrefix($0) }
    }

    /// Whether a short line is only interface wording.
    static func isFurniture(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= 40 else { return false }
        var t = normalizer.normalize(text)
        while let last = t.unicodeScalars.last, last == ":" || last == "." || last == " " { t.unicodeScalars.removeLast() }
        return furniture.contains(t)
    }
}
