import Foundation
import KhabarCore

/// Reads articles from JSON (an array of records, one record, or an object whose first array of
/// objects holds the records: `{"articles": […]}`) and JSON Lines (one record per line; a bad
/// line is a problem naming its line, and the other lines are still read).
public struct JSONRecordReader: Sendable {
    public var mapping: FieldMapping

    public init(mapping: FieldMapping = FieldMapping()) {
        self.mapping = mapping
    }

    public func readJSON(_ bytes: [UInt8], input: String) throws -> (articles: [Article], problems: [ReaderError]) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw ReaderError(input: input, message: "invalid JSON (\(Self.reason(error)))")
        }
        let records: [Any]
        switch object {
        case let array as [Any]: records = array
        case let dict as [String: Any]:
            let keys = FieldMapping.index(dict.keys)
            let isRecord = mapping.key(for: .title, in: keys) != nil || mapping.key(for: .content, in: keys) != nil
            let nested = dict.keys.sorted().lazy.compactMap { dict[$0] as? [Any] }.first { $0.first is [String: Any] }
            records = !isRecord && nested != nil ? nested! : [dict]
        default: throw ReaderError(input: input, message: "JSON holds no record (expected an object or an array)")
        }
        var articles: [Article] = []
        var problems: [ReaderError] = []
        let mapper = RecordMapper(mapping: mapping)
        for (i, record) in records.enumerated() {
            guard let dict = record as? [String: Any] else {
                problems.append(ReaderError(input: input, message: "record \(i + 1) is not an object"))
                continue
            }
            do {
                articles.append(try mapper.article(dict, input: "\(input) record \(i + 1)", line: nil))
            } catch let e as ReaderError {
                problems.append(e)
            }
        }
        return (articles, problems)
    }

    public func readJSONLines(_ bytes: [UInt8], input: String) -> (articles: [Article], problems: [ReaderError]) {
        var articles: [Article] = []
        var problems: [ReaderError] = []
        let mapper = RecordMapper(mapping: mapping)
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            do {
                let object = try JSONSerialization.jsonObject(with: Data(line), options: [])
                guard let dict = object as? [String: Any] else {
                    throw ReaderError(input: input, message: "line is not a JSON object", line: lineNumber)
                }
                articles.append(try mapper.article(dict, input: input, line: lineNumber))
            } catch let e as ReaderError {
                problems.append(e)
            } catch {
                problems.append(ReaderError(input: input, message: "invalid JSON (\(Self.reason(error)))", line: lineNumber))
            }
        }
        return (articles, problems)
    }

    static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo["NSDebugDescription"] as? String { return detail }
        return String(describing: error).split(separator: "\n").first.map(String.init) ?? "parse error"
    }
}
