/// An ordered list of stages run over a document.
///
/// ```swift
/// var document = Document(article: article)
/// try Pipeline.standard.run(&document)
/// ```
public struct Pipeline: Sendable {
    /// The stages, in the order they run.
    public var stages: [any PipelineStage]

    public init(stages: [any PipelineStage]) {
        self.stages = stages
    }

    /// The default analysis order. This is the one place where the order is written.
    public static let standard = Pipeline(stages: [
        LanguageDetectionStage(),
        TokenizeStage(),
        SentenceSplitStage(),
        DateStage(),
        EntityStage(),
        ActorStage(),
        QuoteStage(),
    ])

    /// The text layer only (language, tokens, sentences): what `khabar bench read` measures.
    public static let textLayer = Pipeline(
        stages: standard.stages.filter { ![DateStage.stageName, EntityStage.stageName, ActorStage.stageName, QuoteStage.stageName].contains($0.name) })

    /// Runs every stage in order, skipping those whose ``PipelineStage/languages`` exclude the
    /// document's detected language.
    public func run(_ document: inout Document) throws {
        for stage in stages {
            if let languages = stage.languages, !languages.contains(document.language ?? "und") {
                document.skippedStages.append(stage.name)
                continue
            }
            try stage.annotate(&document)
        }
    }

    /// Builds the document for `article` and runs the pipeline over it.
    public func analyze(_ article: Article) throws -> Document {
        var document = Document(article: article)
        try run(&document)
        return document
    }
}
