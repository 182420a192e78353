import KhabarCore

/// Routes HTML pages and feeds to the HTML/feed extraction module.
///
/// That module is built separately; until it is linked here, these formats are refused with one
/// clear line so the other inputs of a run are unaffected.
enum MarkupReader {
    static func read(_ bytes: [UInt8], format: InputFormat, input: String) throws
        -> (articles: [Article], problems: [ReaderError])
    {
        throw ReaderError(input: input, message: "\(format.rawValue) input: HTML reader not available in this build")
    }
}
