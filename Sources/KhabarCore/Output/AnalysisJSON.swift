import Foundation

/// Writes a document as one `khabar.analysis/1` JSON object (see `docs/schema.md`).
///
/// Field order follows the contract: `schema`, `id`, metadata, `text`, then the layers. Every span
/// carries Unicode-scalar offsets into `text`, half-open.
public enum AnalysisJSON {
    public static let schema = "khabar.analysis/1"

    /// The JSON bytes of `document` (no trailing newline). The token layer is written only when
    /// `tokens` is true (it is most of the output's size).
    public static func encode(_ document: Document, tokens: Bool = true) -> [UInt8] {
        var w = JSONWriter(reserving: document.text.utf8.count * 3 + 1024)
        let a = document.article
        w.beginObject()
        w.field("schema", schema)
        w.field("id", StableID.id(url: a.url, text: document.text))
        w.field("title", a.title)
        w.field("lede", a.lede)
        w.key("tags")
        w.beginArray()
        for tag in a.tags { w.string(tag) }
        w.endArray()
        w.field("source", a.source)
        w.field("url", a.url)
        w.field("published", a.published.map { iso8601($0, utcOffset: a.publishedUTCOffset) })
        w.field("author", a.author)
        w.field("category", a.category)
        w.field("source_id", a.id)
        w.field("language", document.language)
        w.field("text", document.text)
        writeBlocks(document, &w)
        w.key("sentences")
        w.beginArray()
        for s in document.sentences { span(&w, s.scalarRange.lowerBound, s.scalarRange.upperBound) { _ in } }
        w.endArray()
        if tokens {
            w.key("tokens")
            w.beginArray()
            for t in document.tokens {
                span(&w, t.scalarRange.lowerBound, t.scalarRange.upperBound) { $0.field("kind", t.kind.rawValue) }
            }
            w.endArray()
        }
        writeDates(document, &w)
        writeEntities(document, &w)
        writeActors(document, &w)
        writeQuotes(document, &w)
        writeEvents(document, &w)
        w.key("skipped_stages")
        w.beginArray()
        for name in document.skippedStages { w.string(name) }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    static func span(_ w: inout JSONWriter, _ start: Int, _ end: Int, _ more: (inout JSONWriter) -> Void) {
        w.beginObject()
        w.field("start", start)
        w.field("end", end)
        more(&w)
        w.endObject()
    }

    static func writeBlocks(_ d: Document, _ w: inout JSONWriter) {
        w.key("blocks")
        w.beginArray()
        for b in d.blocks {
            span(&w, b.start, b.end) {
                $0.field("kind", b.kind.rawValue)
                $0.field("section", b.section)
            }
        }
        w.endArray()
    }

    static func writeDates(_ d: Document, _ w: inout JSONWriter) {
        w.key("dates")
        w.beginArray()
        for m in d.dates {
            span(&w, m.start, m.end) {
                $0.field("text", m.text)
                $0.field("value", m.value)
                $0.field("kind", m.kind.rawValue)
                $0.field("granularity", m.granularity.rawValue)
            }
        }
        w.endArray()
    }

    /// `2018-07-15T21:56:56+04:00` (or `Z` when the offset is unknown or zero).
    public static func iso8601(_ date: Date, utcOffset: Int?) -> String {
        let offset = utcOffset ?? 0
        let shifted = date.addingTimeInterval(TimeInterval(offset))
        let c = CivilDate.gregorian.dateComponents([.year, .month, .day, .hour, .minute, .second], from: shifted)
        let p = CivilDate.pad
        var s = "\(p(c.year ?? 0, 4))-\(p(c.month ?? 0, 2))-\(p(c.day ?? 0, 2))"
        s += "T\(p(c.hour ?? 0, 2)):\(p(c.minute ?? 0, 2)):\(p(c.second ?? 0, 2))"
        if offset == 0 { return s + "Z" }
        let sign = offset < 0 ? "-" : "+"
        let m = abs(offset) / 60
        return s + "\(sign)\(p(m / 60, 2)):\(p(m % 60, 2))"
    }
}
