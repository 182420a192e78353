import KhabarCore

/// Reads any supported input into articles: refuses binary input, detects the format
/// (``FormatDetector``, on the raw bytes) unless one is given, and hands the input to that format's
/// reader. Pages and feeds go to KhabarHTML with their raw bytes (it detects legacy encodings);
/// every other format is decoded as UTF-8 first (``InputDecoder``).
///
/// Problems that concern one record (a bad JSON line, a `<DOC>` with no text) are returned beside
/// the articles that could be read; problems that concern the whole input are thrown.
///
/// ```swift
/// let result = try ArticleReader().read(bytes, input: "article.txt")
/// for article in result.articles { … }
/// ```
public struct ArticleReader: Sendable {
    /// What reading one input produced.
    public struct Result: Sendable {
        public var format: InputFormat
        public var articles: [Article]
        public var problems: [ReaderError]
    }

    /// A fixed format, or `nil` to detect it from the content.
    public var format: InputFormat?
    /// Field names for JSON/JSON Lines/CSV records.
    public var mapping: FieldMapping

    public init(format: InputFormat? = nil, mapping: FieldMapping = FieldMapping()) {
        self.format = format
        self.mapping = mapping
    }

    public func read(_ bytes: [UInt8], input: String) throws -> Result {
        guard !bytes.isEmpty else { throw ReaderError(input: input, message: "empty file") }
        let isUTF16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        let raw = isUTF16 ? try InputDecoder.utf8(bytes, input: input) : bytes
        try InputDecoder.checkNotBinary(raw, input: input)
        guard raw.contains(where: { !ByteText.isSpace($0) }) else {
            throw ReaderError(input: input, message: "empty file (only whitespace)")
        }
        let format = self.format ?? FormatDetector.detect(raw, name: input)
        if format == .html || format == .feed {
            // Pages and feeds declare or imply their own encodings (windows-1256, ISO-8859-6…).
            let r = try MarkupReader.read(raw, format: format, input: input)
            return Result(format: format, articles: r.articles, problems: r.problems)
        }
        let utf8 = try InputDecoder.utf8(raw, input: input)
        switch format {
        case .text:
            let text = String(decoding: utf8, as: UTF8.self)
            return Result(format: format, articles: [try PlainTextReader().read(text, input: input)], problems: [])
        case .trec:
            let r = try TRECReader().read(utf8, input: input)
            return Result(format: format, articles: r.articles, problems: r.problems)
        case .json:
            let r = try JSONRecordReader(mapping: mapping).readJSON(utf8, input: input)
            return Result(format: format, articles: r.articles, problems: r.problems)
        case .jsonl:
            let r = JSONRecordReader(mapping: mapping).readJSONLines(utf8, input: input)
            return Result(format: format, articles: r.articles, problems: r.problems)
        case .csv:
            let r = try CSVReader(mapping: mapping).read(utf8, input: input)
            return Result(format: format, articles: r.articles, problems: r.problems)
        case .html, .feed:
            preconditionFailure("pages and feeds are read above")
        }
    }
}
