import Foundation

/// A minimal reader of ANT-multisource articles (TREC-like pseudo-XML, not well-formed XML):
/// TITLE, ABSTRACT, TEXT and TIME, enough for the evaluations until the document model's reader
/// is available. The analysed text is TITLE + ABSTRACT + TEXT, each trimmed, joined by "\n".
struct AntArticle {
    var title = "", abstract = "", body = "", time = ""

    var text: String { [title, abstract, body].filter { !$0.isEmpty }.joined(separator: "\n") }

    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationErrorLine("\(path): cannot read the article")
        }
        let raw = String(decoding: data, as: UTF8.self)
        title = Self.field("TITLE", in: raw)
        abstract = Self.field("ABSTRACT", in: raw)
        body = Self.field("TEXT", in: raw)
        time = Self.field("TIME", in: raw)
        guard !(title + abstract + body).isEmpty else { throw ValidationErrorLine("\(path): no TITLE, ABSTRACT or TEXT field") }
    }

    static func field(_ name: String, in raw: String) -> String {
        guard let a = raw.range(of: "<\(name)>"), let b = raw.range(of: "</\(name)>", range: a.upperBound..<raw.endIndex) else { return "" }
        return raw[a.upperBound..<b.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The publication day as yyyymmdd, from the file name (…-20180417.txt) or the RFC 822 TIME.
    static func day(path: String, time: String) -> Int? {
        let name = (path as NSString).lastPathComponent
        if let r = name.range(of: #"\d{8}(?=\.txt$)"#, options: .regularExpression), let d = Int(name[r]) { return d }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        guard let date = f.date(from: time) else { return nil }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day], from: date)
        return c.year! * 10000 + c.month! * 100 + c.day!
    }
}

/// An error shown as one line.
struct ValidationErrorLine: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
