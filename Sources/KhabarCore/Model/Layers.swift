import ArabicText

/// The layers later stages fill, shaped as the `khabar.analysis/1` contract writes them.
///
/// Every offset is a Unicode-scalar index into the document's text, half-open.

/// A named-entity mention.
public struct EntityMention: Sendable, Codable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    /// `PER`, `ORG`, `LOC` or `MISC`.
    public var type: String
    /// The id of the actor this mention refers to, if resolved.
    public var actor: String?

    public init(start: Int, end: Int, text: String, type: String, actor: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.actor = actor
    }
}

/// A resolved actor: a person, organisation or place, with its CAMEO code when known.
public struct Actor: Sendable, Codable, Equatable {
    public var id: String
    public var nameAr: String
    public var nameEn: String?
    /// `PER`, `ORG`, `GPE` or `LOC`.
    public var type: String
    public var cameo: String?
    /// True when `nameEn` was transliterated by the learned model rather than taken from the registry.
    public var transliterated: Bool

    enum CodingKeys: String, CodingKey {
        case id, nameAr = "name_ar", nameEn = "name_en", type, cameo, transliterated
    }

    public init(
        id: String, nameAr: String, nameEn: String? = nil, type: String, cameo: String? = nil, transliterated: Bool = false
    ) {
        self.id = id
        self.nameAr = nameAr
        self.nameEn = nameEn
        self.type = type
        self.cameo = cameo
        self.transliterated = transliterated
    }
}

/// A span that may name an actor (a quote's speaker).
public struct ActorSpan: Sendable, Codable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    public var actor: String?

    public init(start: Int, end: Int, text: String, actor: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.actor = actor
    }
}

/// A reported statement.
public struct Quote: Sendable, Codable, Equatable {
    /// How the statement is reported.
    public enum Kind: String, Sendable, Codable {
        case direct, indirect, mixed
    }

    public var start: Int
    public var end: Int
    public var text: String
    public var kind: Kind
    public var cue: TextSpan?
    public var speaker: ActorSpan?
    /// The sourcing chain behind the speaker, nearest first: «أفادت وكالة بلومبرغ، استنادًا إلى مصادر
    /// غير معلنة» has speaker Bloomberg and `via` the unnamed sources.
    public var via: [QuoteSource]

    public init(
        start: Int, end: Int, text: String, kind: Kind, cue: TextSpan? = nil, speaker: ActorSpan? = nil,
        via: [QuoteSource] = []
    ) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.cue = cue
        self.speaker = speaker
        self.via = via
    }
}

/// One link of a quote's sourcing chain: the source's span, the phrase that links it (استنادًا إلى،
/// نقلًا عن …) and a short English description ("unnamed sources", "unnamed official (United States)").
public struct QuoteSource: Sendable, Codable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    public var link: String
    public var description: String

    public init(start: Int, end: Int, text: String, link: String, description: String) {
        self.start = start
        self.end = end
        self.text = text
        self.link = link
        self.description = description
    }
}

/// The source or target of an event: its text, the actor id and CAMEO code when resolved.
public struct EventParticipant: Sendable, Codable, Equatable {
    public var text: String
    public var actor: String?
    public var cameo: String?

    public init(text: String, actor: String? = nil, cameo: String? = nil) {
        self.text = text
        self.actor = actor
        self.cameo = cameo
    }
}

/// A CAMEO-coded event found in one sentence.
public struct Event: Sendable, Codable, Equatable {
    /// The sentence's range.
    public var start: Int
    public var end: Int
    public var trigger: TextSpan
    /// The full CAMEO code (`036`) and its root (`03`).
    public var code: String
    public var root: String
    public var goldstein: Double?
    public var quad: Int?
    public var source: EventParticipant?
    public var target: EventParticipant?

    public init(
        start: Int, end: Int, trigger: TextSpan, code: String, root: String, goldstein: Double? = nil,
        quad: Int? = nil, source: EventParticipant? = nil, target: EventParticipant? = nil
    ) {
        self.start = start
        self.end = end
        self.trigger = trigger
        self.code = code
        self.root = root
        self.goldstein = goldstein
        self.quad = quad
        self.source = source
        self.target = target
    }
}
