/// Fills the date layer: Arabic dates in the text, resolved against the publication day.
/// Arabic only.
public struct DateStage: PipelineStage {
    static let stageName = "dates"
    public let name = DateStage.stageName
    public let languages: Set<String>? = ["ar"]

    public init() {}

    public func annotate(_ document: inout Document) throws {
        let anchor = document.article.published.map { CivilDate($0, utcOffset: document.article.publishedUTCOffset) }
        document.dates = DateRecognizer(anchor: anchor).recognize(document.text)
    }
}
