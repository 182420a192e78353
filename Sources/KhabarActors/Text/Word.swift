/// One word or punctuation mark of the analysed text, with its offsets and its match keys.
///
/// Offsets are Unicode scalar indices (half-open) and UTF-8 byte offsets into the original text.
/// A plain value without references (its bare bytes are a range into the splitter's buffer), so
/// copying, storing and freeing words costs no reference counting.
struct Word: Sendable {
    enum Kind: Sendable { case arabic, latin, number, punctuation }
    var kind: Kind
    var scalarStart: Int
    var scalarEnd: Int
    var utf8Start: Int
    var utf8End: Int
    /// Where the word's bare form is in the bytes that ``WordSplitter`` fills for the text: the word
    /// folded with `ArabicNormalizer(.search)`, then without its leading article (ال) (punctuation:
    /// its bytes as written).
    var bareRange: Range<Int>
    /// Hashes of `bare` and of every proclitic-stripped reading (و ف ب ل ك لل), each without ال.
    /// The first key is the word as written.
    var keys: WordKeys
    /// The word carries the article ال (after any proclitics).
    var definite = false
    /// True when the word is a comma (، or ,), which may separate a title from a name.
    var isComma = false
}

/// The match keys of one word, stored inline (a word has at most six distinct readings), so that
/// splitting a text allocates nothing per word.
struct WordKeys: RandomAccessCollection, Sendable {
    static let capacity = 8
    private var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var n: UInt8 = 0

    init() {}

    init(_ keys: [UInt64]) { for k in keys { append(k) } }

    var startIndex: Int { 0 }
    var endIndex: Int { Int(n) }

    @inline(__always)
    subscript(i: Int) -> UInt64 {
        precondition(i >= 0 && i < Int(n), "WordKeys index out of range")
        return withUnsafeBytes(of: storage) { $0.load(fromByteOffset: i &* 8, as: UInt64.self) }
    }

    /// Appends `k` unless it is already there.
    @inline(__always)
    mutating func appendUnique(_ k: UInt64) {
        for i in 0..<Int(n) where self[i] == k { return }
        append(k)
    }

    @inline(__always)
    mutating func append(_ k: UInt64) {
        precondition(Int(n) < Self.capacity, "too many word keys")
        let i = Int(n)
        withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: k, toByteOffset: i &* 8, as: UInt64.self) }
        n += 1
    }
}
