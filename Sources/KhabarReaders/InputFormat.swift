/// The input formats Khabar reads. `khabar analyze --input-format` takes these names.
public enum InputFormat: String, CaseIterable, Sendable {
    /// Plain text in the shape of a copied article (tags, headline, lede, source line, body).
    case text
    /// TREC-style pseudo-XML (`<DOC><DOCNO>…<TEXT>…</TEXT></DOC>`), several documents per file.
    case trec
    /// A JSON array of records, one record, or an object holding an array of records.
    case json
    /// JSON Lines: one record per line.
    case jsonl
    /// CSV/TSV with a header row.
    case csv
    /// An HTML page.
    case html
    /// An RSS 2.0, Atom or JSON Feed document.
    case feed
}
