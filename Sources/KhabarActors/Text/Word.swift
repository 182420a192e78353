/// One word or punctuation mark of the analysed text, with its offsets and its match keys.
///
/// Offsets are Unicode scalar indices (half-open) and UTF-8 byte offsets into the original text.
struct Word: Sendable {
    enum Kind: Sendable { case arabic, latin, number, punctuation }
    var kind: Kind
    var scalarStart: Int
    var scalarEnd: Int
    var utf8Start: Int
    var utf8End: Int
    /// The word folded with `ArabicNormalizer(.search)`, then without its leading article (ال).
    var bare: [UInt8]
    /// Hashes of `bare` and of every proclitic-stripped reading (و ف ب ل ك لل), each without ال.
    /// The first key is the word as written.
    var keys: [UInt64]
    /// The word carries the article ال (after any proclitics).
    var definite = false
    /// True when the word is a comma (، or ,), which may separate a title from a name.
    var isComma: Bool { kind == .punctuation && (bare == [0xD8, 0x8C] || bare == [0x2C]) }
}
