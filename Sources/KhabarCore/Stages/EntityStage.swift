import Foundation
import KhabarNER

/// Fills the entity layer with the statistical tagger (averaged perceptron with a document-level
/// second pass; see docs/ner.md): PER, ORG, LOC and MISC spans. The actor stage that follows links
/// them to actors and adds the mentions the registry finds. Arabic only.
public struct EntityStage: PipelineStage {
    static let stageName = "entities"
    public let name = EntityStage.stageName
    public let languages: Set<String>? = ["ar"]

    public init() {}

    public func annotate(_ document: inout Document) throws {
        let tagger: NERTagger
        do {
            tagger = try Self.shared()
        } catch {
            throw PipelineError(stage: name, message: "cannot load the NER model: \(error)")
        }
        let scalars = Array(document.text.unicodeScalars)
        document.entities = tagger.entities(inText: document.text).map { e in
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[e.scalarRange])
            return EntityMention(start: e.scalarRange.lowerBound, end: e.scalarRange.upperBound, text: text,
                                 type: Self.contractType(e.type))
        }
    }

    /// The contract's type names (ANERcorp says PERS).
    static func contractType(_ t: EntityType) -> String {
        switch t {
        case .person: return "PER"
        case .location: return "LOC"
        case .organization: return "ORG"
        case .misc: return "MISC"
        }
    }

    nonisolated(unsafe) private static var cached: NERTagger?
    private static let lock = NSLock()

    /// The bundled model, loaded once per process.
    static func shared() throws -> NERTagger {
        lock.lock()
        defer { lock.unlock() }
        if let t = cached { return t }
        let t = try NERTagger.bundled()
        cached = t
        return t
    }
}
