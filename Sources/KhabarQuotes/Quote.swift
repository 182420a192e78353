import ArabicText

/// How a quote reports speech: verbatim in quotation marks, reported (أن/إن + clause), or both.
public enum QuoteKind: String, Sendable, Codable {
    case direct, indirect, mixed
}

/// Grammatical gender as shown by a cue's inflection (قالت) or a speaker's form (المتحدثة).
public enum Gender: String, Sendable, Codable {
    case masculine, feminine, unknown

    /// Two genders agree unless both are known and differ.
    public func agrees(with other: Gender) -> Bool {
        self == .unknown || other == .unknown || self == other
    }
}

/// Grammatical number as shown by a cue (قالوا) or a speaker (مصادر).
public enum GrammaticalNumber: String, Sendable, Codable {
    case singular, dual, plural, unknown

    /// Two numbers agree unless both are known and differ.
    public func agrees(with other: GrammaticalNumber) -> Bool {
        self == .unknown || other == .unknown || self == other
    }
}

/// The person or body a quote is attributed to.
public struct QuoteSpeaker: Sendable, Hashable {
    /// The speaker's mention nearest the cue (for continuations and pronouns, the last explicit mention).
    public var span: TextSpan
    /// The actor id when entity spans with actors were supplied.
    public var actor: String?
    /// True when the speaker was carried over from an earlier quote or resolved from a pronoun.
    public var inferred: Bool

    public init(span: TextSpan, actor: String? = nil, inferred: Bool = false) {
        self.span = span
        self.actor = actor
        self.inferred = inferred
    }
}

/// One link of a sourcing chain: whom the speaker cites («استنادًا إلى مصادر غير معلنة»).
public struct QuoteSource: Sendable, Hashable {
    /// The source's mention («مصادر غير معلنة», «مسؤول أميركي»).
    public var span: TextSpan
    /// The phrase introducing it («استنادًا إلى», «عن»).
    public var link: String
    /// A short English description: "unnamed sources", "unnamed official (United States)", or the mention.
    public var description: String

    public init(span: TextSpan, link: String, description: String) {
        self.span = span
        self.link = link
        self.description = description
    }
}

/// A statement found in the text: its content, the cue that introduces it, who said it and through whom.
///
/// Encodes as a `quotes` entry of `khabar.analysis/1`: `start`, `end`, `text` (the content), `kind`, `cue`,
/// `speaker {start, end, text, actor}` (null when unknown), plus `via` (see `Quote+JSON.swift`).
public struct Quote: Sendable, Hashable {
    /// The content: inside the marks for direct quotes, the reported clause for indirect ones.
    public var content: TextSpan
    public var kind: QuoteKind
    /// The speech verb or attribution phrase (قال, وأضافت, مضيفًا, بحسب, في بيان).
    public var cue: TextSpan
    /// Nil when no speaker could be found.
    public var speaker: QuoteSpeaker?
    /// The sourcing chain beyond the speaker, nearest first (Bloomberg → unnamed sources).
    public var via: [QuoteSource]

    public init(content: TextSpan, kind: QuoteKind, cue: TextSpan, speaker: QuoteSpeaker?, via: [QuoteSource] = []) {
        self.content = content
        self.kind = kind
        self.cue = cue
        self.speaker = speaker
        self.via = via
    }
}

/// An entity mention supplied by an earlier stage (NER, actor resolution). Optional input: without it
/// the extractor finds speakers from cue phrases and titles alone.
public struct EntityHint: Sendable, Hashable {
    /// Scalar offsets, half-open.
    public var range: Range<Int>
    /// "PER", "ORG", "GPE", "LOC", "MISC".
    public var type: String
    public var actor: String?
    public var gender: Gender
    public var number: GrammaticalNumber

    public init(
        range: Range<Int>, type: String, actor: String? = nil, gender: Gender = .unknown,
        number: GrammaticalNumber = .unknown
    ) {
        self.range = range
        self.type = type
        self.actor = actor
        self.gender = gender
        self.number = number
    }
}
