/// A date written in the text, resolved to ISO 8601.
///
/// `value` is `YYYY-MM-DD` (granularity `day`), `YYYY-MM` (`month`), `YYYY` (`year`), `YYYY-Www`
/// (`week`, ISO week), or `--MM-DD` when a day and month are written with no year and no publication
/// date anchors them.
public struct DateMention: Sendable, Codable, Equatable {
    /// How the date was written.
    public enum Kind: String, Sendable, Codable {
        /// A calendar date or part of one (`15 مارس 2024`, `يوليو/ تموز 2016`, `2024-03-15`).
        case absolute
        /// A Hijri date, converted with the Umm al-Qura calendar.
        case hijri
        /// Resolved against the publication date (`أمس`, `فبراير الماضي`, `الأسبوع المقبل`).
        case relative
    }

    /// The precision of `value`.
    public enum Granularity: String, Sendable, Codable {
        case day, week, month, year
    }

    public var start: Int
    public var end: Int
    public var text: String
    public var value: String
    public var kind: Kind
    public var granularity: Granularity

    public init(start: Int, end: Int, text: String, value: String, kind: Kind, granularity: Granularity) {
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.kind = kind
        self.granularity = granularity
    }
}
