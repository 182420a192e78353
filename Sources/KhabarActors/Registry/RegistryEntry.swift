/// What a registry actor is.
public enum ActorType: String, Sendable, Codable, CaseIterable {
    case PER, ORG, GPE, LOC
}

/// One actor of the registry: a person, organisation, country, city or region.
///
/// A class: the rules read an entry many times per article, and a reference is one retain where a
/// copy of the struct was six (its strings and arrays).
public final class RegistryEntry: Sendable {
    /// Stable id, e.g. `per:sergey-lavrov`, `gpe:RUS`, `gpe:RUS:moscow`.
    public let id: String
    public let type: ActorType
    /// English name; empty for PETRARCH persons (filled by transliteration).
    public let nameEn: String
    /// CAMEO codes over time.
    public let periods: [CodePeriod]
    /// Arabic spellings; the first is canonical.
    public let arabic: [String]
    /// ISO alpha-3 of the country the entry is, or is in (countries and cities).
    public let country: String?
    /// Set for capitals: the entry stands for that country's government when used as an agent.
    public let capitalOf: String?
    /// Where the entry comes from; lower wins when two entries share a spelling.
    public let source: Source

    public enum Source: Int, Sendable, Comparable {
        case curated = 0, country = 1, capital = 2, city = 3, petrarch = 4
        public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    public init(id: String, type: ActorType, nameEn: String, periods: [CodePeriod], arabic: [String], country: String?,
                capitalOf: String?, source: Source) {
        self.id = id; self.type = type; self.nameEn = nameEn; self.periods = periods; self.arabic = arabic
        self.country = country; self.capitalOf = capitalOf; self.source = source
    }

    /// The CAMEO code on a day (yyyymmdd).
    public func code(on day: Int) -> String { periods.code(on: day) }
}

/// The Arabic forms of a country's demonym and its English adjective (a class, like ``RegistryEntry``).
public final class Demonym: Sendable {
    public let country: String
    public let english: String
    public let forms: [String]

    public init(country: String, english: String, forms: [String]) {
        self.country = country; self.english = english; self.forms = forms
    }
}

/// A title or nominal-actor cue (وزير الخارجية, السلطات, صحيفة) and the role code it carries (a class,
/// like ``RegistryEntry``).
public final class RoleCue: Sendable {
    public enum Kind: String, Sendable {
        case title, spoke, former, group, people, media, head, agent, place
    }
    public let kind: Kind
    /// CAMEO role code (GOV, MIL, …); empty when the cue carries none.
    public let role: String
    public let type: ActorType?
    public let english: String
    public let arabic: String

    public init(kind: Kind, role: String, type: ActorType?, english: String, arabic: String) {
        self.kind = kind; self.role = role; self.type = type; self.english = english; self.arabic = arabic
    }
}
