import KhabarCore

/// Reads CSV/TSV with a header row (RFC 4180 quoting: `"…"`, `""` inside quotes, newlines inside
/// quoted fields), one article per row, through a ``FieldMapping``.
///
/// The delimiter is the one of `,`, tab and `;` that occurs most in the header line (outside
/// quotes). A byte scanner; a row with an unterminated quote runs to the end of the input and is
/// reported with its line. Rows that map to no title or content are problems; the others are read.
public struct CSVReader: Sendable {
    public var mapping: FieldMapping

    public init(mapping: FieldMapping = FieldMapping()) {
        self.mapping = mapping
    }

    public func read(_ bytes: [UInt8], input: String) throws -> (articles: [Article], problems: [ReaderError]) {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let rows = CSVParser(delimiter: Self.delimiter(body)).rows(body)
        guard let header = rows.first?.fields.map({ $0.trimming(" ") }), header.count >= 1 else {
            throw ReaderError(input: input, message: "CSV has no header row")
        }
        var articles: [Article] = []
        var problems: [ReaderError] = []
        let mapper = RecordMapper(mapping: mapping)
        for row in rows.dropFirst() {
            if row.unterminated {
                problems.append(ReaderError(input: input, message: "unterminated quoted field", line: row.line))
            }
            guard row.fields.contains(where: { !$0.isEmpty }) else { continue }
            var record: [String: Any] = [:]
            for (i, name) in header.enumerated() where i < row.fields.count && !name.isEmpty {
                record[name] = row.fields[i]
            }
            do {
                articles.append(try mapper.article(record, input: input, line: row.line))
            } catch let e as ReaderError {
                problems.append(e)
            }
        }
        return (articles, problems)
    }

    static func delimiter(_ b: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [0x2C: 0, 0x09: 0, 0x3B: 0]
        var quoted = false
        for c in b {
            if c == 0x22 { quoted.toggle() }
            if c == 0x0A && !quoted { break }
            if !quoted, counts[c] != nil { counts[c]! += 1 }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 0x2C
    }
}

/// RFC 4180 row splitting over bytes.
struct CSVParser {
    struct Row {
        var fields: [String]
        var line: Int
        var unterminated: Bool
    }

    let delimiter: UInt8

    func rows(_ b: [UInt8]) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false, wasQuoted = false
        var line = 1, rowLine = 1
        var i = 0
        while i < b.count {
            let c = b[i]
            if quoted {
                if c == 0x22 {
                    if i + 1 < b.count, b[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                    quoted = false
                } else {
                    if c == 0x0A { line += 1 }
                    field.append(c)
                }
            } else if c == 0x22 && field.isEmpty && !wasQuoted {
                quoted = true
                wasQuoted = true
            } else if c == delimiter {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                wasQuoted = false
            } else if c == 0x0A || c == 0x0D {
                if c == 0x0D, i + 1 < b.count, b[i + 1] == 0x0A { i += 1 }
                fields.append(String(decoding: field, as: UTF8.self))
                rows.append(Row(fields: fields, line: rowLine, unterminated: false))
                fields.removeAll()
                field.removeAll(keepingCapacity: true)
                wasQuoted = false
                line += 1
                rowLine = line
            } else {
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty || quoted {
            fields.append(String(decoding: field, as: UTF8.self))
            rows.append(Row(fields: fields, line: rowLine, unterminated: quoted))
        }
        return rows
    }
}
