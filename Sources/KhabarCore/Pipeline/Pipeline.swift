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

    /// Runs every stage like ``run(_:)`` and adds the time each took (as read by `clock`, e.g. the
    /// thread's CPU clock in nanoseconds) to `spent[i]` for stage `i`: what `khabar bench analyze` reports.
    public func run(_ document: inout Document, clock: () -> UInt64, spent: inout [UInt64]) throws {
        if spent.count < stages.count { spent += Array(repeating: 0, count: stages.count - spent.count) }
        for (i, stage) in stages.enumerated() {
            if let languages = stage.languages, !languages.contains(document.language ?? "und") {
                document.skippedStages.append(stage.name)
                continue
            }
            let t0 = clock()
            try stage.annotate(&document)
            spent[i] &+= clock() &- t0
        }
    }

    /// Builds the document for `article` and runs the pipeline over it.
    public func analyze(_ article: Article) throws -> Document {
        var document = Document(article: article)
        try run(&document)
        return document
    }
}
