/// Corpus word counts that let ``CliticSegmenter`` check that a split leaves real words.
///
/// Counts are keyed on the hash of a word's lexicon key (see the key rules in the segmenter's
/// documentation: the `search` normalization with teh marbuta kept), so a lookup never allocates:
/// the segmenter hashes letter runs (with a prefix such as ال) straight from the word's scalars.
///
/// The text format, one entry a line, `#` starting a comment line:
///
/// ```
/// 335066 في
/// 200462 من
/// ```
///
/// The `ArabicLexicon` target ships the table derived from a news corpus
/// (`SegmentationLexicon.standard`); tests and other users can build one from their own counts.
public struct SegmentationLexicon: Sendable {
    private var counts: HashCountTable

    /// The number of words in the table.
    public var count: Int { counts.count }

    /// A lexicon from explicit counts (words are folded to their keys).
    public init(counts: [String: Int]) {
        self.counts = HashCountTable(
            counts.filter { $0.value > 0 }.map { (LexiconKey.hash($0.key), UInt32(clamping: $0.value)) })
    }

    /// Parses the text format. Throws ``SegmentationLexiconError`` naming the first bad line.
    public init(text: String) throws {
        var entries: [(hash: UInt64, count: UInt32)] = []
        entries.reserveCapacity(1 << 17)
        var text = text
        try text.withUTF8 { bytes in
            var i = 0
            var line = 1
            let n = bytes.count
            while i < n {
                var end = i
                while end < n && bytes[end] != 0x0A { end += 1 }
                if end > i && bytes[i] != 0x23 {  // not a '#' comment
                    let (hash, count) = try Self.parseLine(UnsafeBufferPointer(rebasing: bytes[i..<end]), line: line)
                    if let hash, count > 0 { entries.append((hash, count)) }
                }
                i = end + 1
                line += 1
            }
        }
        self.counts = HashCountTable(entries)
    }

    /// `<count> <word>`; a blank line (only spaces / CR) gives `nil`.
    private static func parseLine(_ b: UnsafeBufferPointer<UInt8>, line: Int) throws -> (UInt64?, UInt32) {
        var i = 0
        var value: UInt64 = 0
        var digits = 0
        while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
            value = min(value * 10 + UInt64(b[i] - 0x30), UInt64(UInt32.max))
            digits += 1
            i += 1
        }
        var rest = i
        while rest < b.count, b[rest] == 0x20 || b[rest] == 0x09 { rest += 1 }
        var end = b.count
        while end > rest, b[end - 1] == 0x0D || b[end - 1] == 0x20 { end -= 1 }
        if digits == 0 && rest == end { return (nil, 0) }
        guard digits > 0, rest > i, end > rest else {
            throw SegmentationLexiconError(line: line, message: "expected '<count> <word>'")
        }
        let word = String(decoding: UnsafeBufferPointer(rebasing: b[rest..<end]), as: UTF8.self)
        return (LexiconKey.hash(word), UInt32(value))
    }

    /// The count of the word whose key hashes to `hash` (0 when absent).
    @inline(__always)
    func count(hash: UInt64) -> Int {
        Int(counts.get(hash))
    }

    /// The corpus count of a word (folded to its key first); 0 when absent.
    public func count(of word: String) -> Int {
        count(hash: LexiconKey.hash(word))
    }
}

/// A malformed lexicon line.
public struct SegmentationLexiconError: Error, CustomStringConvertible, Sendable {
    /// 1-based line number.
    public let line: Int
    public let message: String
    public var description: String { "segmentation lexicon, line \(line): \(message)" }
}
