/// An actor of one article, per the `khabar.analysis/1` contract:
/// `{id, name_ar, name_en, type, cameo}` (plus `transliterated` when the English name was generated).
public struct Actor: Sendable, Hashable, Codable {
    public var id: String
    public var nameAr: String
    public var nameEn: String
    public var type: ActorType
    /// CAMEO actor code (`RUSGOV`, `USA`, `IGOUNO`); empty when none fits.
    public var cameo: String
    /// True when `nameEn` comes from the learned transliteration, not from the registry.
    public var transliterated: Bool

    public init(id: String, nameAr: String, nameEn: String, type: ActorType, cameo: String, transliterated: Bool = false) {
        self.id = id; self.nameAr = nameAr; self.nameEn = nameEn; self.type = type; self.cameo = cameo
        self.transliterated = transliterated
    }

    enum CodingKeys: String, CodingKey {
        case id, nameAr = "name_ar", nameEn = "name_en", type, cameo, transliterated
    }
}

/// An entity mention in the article text, linked to an actor.
///
/// Offsets are Unicode scalar indices into the analysed text, half-open; `text` is that substring.
public struct ActorMention: Sendable, Hashable, Codable {
    /// Entity types of the contract: PER, ORG, LOC, MISC (demonyms).
    public enum EntityType: String, Sendable, Codable { case PER, ORG, LOC, MISC }
    public var start: Int
    public var end: Int
    public var text: String
    public var type: EntityType
    /// The actor's id, or nil when the mention names no actor.
    public var actor: String?
    /// The rule that produced the mention (for error analysis): registry, title, surname, nominal, …
    public var rule: String
}

/// An entity span from a tagger: scalar offsets into the text and a type (PER/PERS, ORG, LOC, MISC).
public struct EntitySpan: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var type: String
    public init(start: Int, end: Int, type: String) { self.start = start; self.end = end; self.type = type }
}

/// What the resolver found in one article.
public struct ActorAnalysis: Sendable {
    public var actors: [Actor]
    public var mentions: [ActorMention]

    /// The actor with this id.
    public func actor(_ id: String?) -> Actor? {
        guard let id else { return nil }
        return actors.first { $0.id == id }
    }
}
