/// The four ANERcorp entity types.
public enum EntityType: Int, CaseIterable, Sendable, CustomStringConvertible {
    case person = 0, location, organization, misc

    /// The tag suffix used in ANERcorp (`PERS`, `LOC`, `ORG`, `MISC`).
    public var description: String {
        switch self {
        case .person: "PERS"
        case .location: "LOC"
        case .organization: "ORG"
        case .misc: "MISC"
        }
    }

    /// Parses `PERS`/`PER`, `LOC`, `ORG`, `MISC`.
    public init?(tag: Substring) {
        switch tag {
        case "PERS", "PER": self = .person
        case "LOC": self = .location
        case "ORG": self = .organization
        case "MISC": self = .misc
        default: return nil
        }
    }
}

/// One BIO label: `O`, or `B-`/`I-` with an entity type. Stored as a small index
/// (0 = O, 1 + 2·type = B, 2 + 2·type = I) so that tag sequences are plain byte arrays.
public struct NERLabel: Hashable, Sendable, CustomStringConvertible {
    /// The dense index, 0 ..< ``NERLabel/count``.
    public let index: UInt8

    /// Number of labels (O plus B and I for four types).
    public static let count = 1 + 2 * EntityType.allCases.count
    /// Outside any entity.
    public static let outside = NERLabel(index: 0)

    public init(index: UInt8) { self.index = index }

    /// `B-type` (begin) or `I-type` (inside).
    public init(type: EntityType, begin: Bool) {
        index = UInt8(1 + 2 * type.rawValue + (begin ? 0 : 1))
    }

    /// Parses `O`, `B-PERS`, `I-LOC`, …; unknown types give `nil`.
    public init?(_ text: Substring) {
        if text == "O" { self = .outside; return }
        guard text.count > 2, text.dropFirst().first == "-",
            let type = EntityType(tag: text.dropFirst(2))
        else { return nil }
        switch text.first {
        case "B": self.init(type: type, begin: true)
        case "I": self.init(type: type, begin: false)
        default: return nil
        }
    }

    /// The entity type, or `nil` for `O`.
    public var type: EntityType? { index == 0 ? nil : EntityType(rawValue: Int(index - 1) / 2) }
    /// True for `B-` labels.
    public var isBegin: Bool { index != 0 && (index - 1) % 2 == 0 }

    public var description: String {
        guard let type else { return "O" }
        return (isBegin ? "B-" : "I-") + type.description
    }

    /// Every label in index order.
    public static let all: [NERLabel] = (0..<count).map { NERLabel(index: UInt8($0)) }
}

/// An entity as a half-open range of token indices with its type.
public struct EntitySpan: Hashable, Sendable {
    public let type: EntityType
    public let tokens: Range<Int>

    public init(type: EntityType, tokens: Range<Int>) {
        self.type = type
        self.tokens = tokens
    }

    /// Reads spans from BIO labels with conlleval's rules: a span starts at `B-X`, or at `I-X`
    /// that does not continue a span of type X, and ends before any label that does not
    /// continue it (`O`, `B-`, or `I-` of another type).
    public static func spans(from labels: [NERLabel]) -> [EntitySpan] {
        var result: [EntitySpan] = []
        var start = -1
        var current: EntityType? = nil
        for (i, label) in labels.enumerated() {
            let continues = !label.isBegin && label.type != nil && label.type == current
            if continues { continue }
            if let c = current { result.append(EntitySpan(type: c, tokens: start..<i)) }
            current = label.type
            start = i
        }
        if let c = current { result.append(EntitySpan(type: c, tokens: start..<labels.count)) }
        return result
    }
}
