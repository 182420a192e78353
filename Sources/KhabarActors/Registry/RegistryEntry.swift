/// What a registry actor is.
public enum ActorType: String, Sendable, Codable, CaseIterable {
    case PER, ORG, GPE, LOC
}

/// One actor of the registry: a person, organisation, country, city or region.
public struct RegistryEntry: Sendable {
    /// Stable id, e.g. `per:sergey-lavrov`, `gpe:RUS`, `gpe:RUS:moscow`.
    public var id: String
    public var type: ActorType
    /// English name; empty for PETRARCH persons (filled by transliteration).
    public var nameEn: String
    /// CAMEO codes over time.
    public var periods: [CodePeriod]
    /// Arabic spellings; the first is canonical.
    public var arabic: [String]
    /// ISO alpha-3 of the country the entry is, or is in (countries and cities).
    public var country: String?
    /// Set for capitals: the entry stands for that country's government when used as an agent.
    public var capitalOf: String?
    /// Where the entry comes from; lower wins when two entries share a spelling.
    public var source: Source

    public enum Source: Int, Sendable, Comparable {
        case curated = 0, country = 1, capital = 2, city = 3, petrarch = 4
        public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    /// The CAMEO code on a day (yyyymmdd).
    public func code(on day: Int) -> String { periods.code(on: day) }
}

/// The Arabic forms of a country's demonym and its English adjective.
public struct Demonym: Sendable {
    public var country: String
    public var english: String
    public var forms: [String]
}

/// A title or nominal-actor cue (وزير الخارجية, السلطات, صحيفة) and the role code it carries.
public struct RoleCue: Sendable {
    public enum Kind: String, Sendable {
        case title, spoke, former, group, people, media, head, agent, place
    }
    public var kind: Kind
    /// CAMEO role code (GOV, MIL, …); empty when the cue carries none.
    public var role: String
    public var type: ActorType?
    public var english: String
    public var arabic: String
}
