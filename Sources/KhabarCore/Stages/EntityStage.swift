import ArabicText
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
        var text = document.text
        let tokens = document.tokens, sentences = document.sentences
        document.entities = text.withUTF8 { p in
            // The token and sentence layers, when the stages before have filled them, are the
            // tagger's own tokenization and sentence split (ArabicTokenizer .khabar, SentenceSplitter).
            let found = sentences.isEmpty && !p.isEmpty
                ? tagger.entities(inText: document.text)
                : tagger.entities(utf8: p, tokens: tokens, sentences: sentences.map(\.tokenRange))
            return found.map { e in
                EntityMention(start: e.scalarRange.lowerBound, end: e.scalarRange.upperBound,
                              text: String(decoding: UnsafeBufferPointer(rebasing: p[e.utf8Range]), as: UTF8.self),
                              type: Self.contractType(e.type))
            }
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
