/// One step of the analysis: annotates a document in place, adding or refining a layer.
///
/// A stage that only makes sense for some languages lists them in ``languages``; the pipeline
/// skips it (and records the skip) for documents detected as another language.
public protocol PipelineStage: Sendable {
    /// A short, stable name (`tokenize`, `sentences`, …) used in output and error messages.
    var name: String { get }
    /// The languages the stage applies to, or `nil` for every language.
    var languages: Set<String>? { get }
    /// Adds this stage's layer to `document`.
    func annotate(_ document: inout Document) throws
}

extension PipelineStage {
    public var languages: Set<String>? { nil }
}

/// An error raised by a stage, naming it.
public struct PipelineError: Error, CustomStringConvertible, Sendable {
    public var stage: String
    public var message: String

    public init(stage: String, message: String) {
        self.stage = stage
        self.message = message
    }

    public var description: String { "stage \(stage): \(message)" }
}
