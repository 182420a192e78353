import Foundation
import KhabarCore

/// Builds an ``Article`` from one record (a JSON object or a CSV row) through a ``FieldMapping``.
///
/// Values: strings are used as they are; numbers as text; arrays of strings are joined (tags kept
/// as a list); an object's `name`, `title` or `url` is used (`"author": {"name": …}`). The content is
/// split into lines and sections by ``SectionBuilder``; the date is parsed by
/// ``PublicationDateParser``. A record with neither title nor content is refused.
struct RecordMapper {
    let mapping: FieldMapping

    func article(_ record: [String: Any], input: String, line: Int?) throws -> Article {
        let keys = FieldMapping.index(record.keys)
        func value(_ t: FieldMapping.Target) -> Any? { mapping.key(for: t, in: keys).flatMap { record[$0] } }
        func text(_ t: FieldMapping.Target) -> String? {
            Self.string(value(t)).map { $0.trimming(" \t\r\n") }.flatMap { $0.isEmpty ? nil : $0 }
        }
        var a = Article()
        a.id = text(.id)
        a.title = text(.title)?.split(whereSeparator: \.isNewline).joined(separator: " ")
        a.lede = text(.lede)
        a.url = text(.url)
        a.author = text(.author)
        a.source = text(.source)
        a.category = text(.category)
        a.language = text(.language)
        a.tags = Self.list(value(.tags))
        if let date = text(.date), let parsed = PublicationDateParser.parse(date) {
            a.published = parsed.date
            a.publishedUTCOffset = parsed.utcOffset
        }
        if let content = text(.content) {
            let lines = content.split(whereSeparator: \.isNewline).map { $0.trimming(" \t\u{00A0}") }.filter { !$0.isEmpty }
            a.sections = SectionBuilder.sections(lines)
        }
        if a.lede != nil, a.lede == a.paragraphs.first { a.lede = nil }
        guard a.title != nil || !a.sections.isEmpty else {
            let names = record.keys.sorted().prefix(6).map { $0.count > 30 ? $0.prefix(30) + "…" : $0 }.joined(separator: ", ")
            throw ReaderError(input: input, message: "record has no title or content field (fields: \(names))", line: line)
        }
        return a
    }

    static func string(_ v: Any?) -> String? {
        switch v {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        case let a as [Any]:
            let parts = a.compactMap { string($0) }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        case let o as [String: Any]: return string(o["name"] ?? o["title"] ?? o["url"] ?? o["@value"])
        default: return nil
        }
    }

    static func list(_ v: Any?) -> [String] {
        switch v {
        case let a as [Any]: return a.compactMap { string($0) }.filter { !$0.isEmpty }
        case let s as String:
            return s.split(whereSeparator: { $0 == "," || $0 == "،" || $0 == ";" }).map { $0.trimming(" ") }
                .filter { !$0.isEmpty }
        default: return []
        }
    }
}
