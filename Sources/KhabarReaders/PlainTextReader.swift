import Foundation
import KhabarCore

/// Reads plain text shaped like a copied news article into one ``Article``.
///
/// Rules:
/// 1. Lines are trimmed; blank lines only separate.
/// 2. A source/byline line (``BylineLine``: `راديو الناس|`, `المصدر: …`, `(رويترز)`, `بقلم: …`)
///    among the first 8 non-empty lines ends the header: the lines before it are the header, the
///    lines after it the body.
/// 3. Without one, the header is: tag lines, a headline that is followed by more text, and — when
///    the headline stood alone (a blank line after it) — a lede that also stands alone, as long as
///    body text follows. A first line that ends like a sentence or is longer than 25 words means
///    there is no header: the text is one untitled article.
/// 4. In the header, a line that is only a date becomes the publication date; leading short lines
///    (≤ 3 words, no final punctuation) are tags while a headline still follows; the next line is
///    the headline; the rest is the lede.
/// 5. The body is split into sections by ``SectionBuilder``.
/// 6. With no source line, a wire dateline opening the first paragraph names the source:
///    «بيروت (رويترز) - …», «القاهرة (أ ف ب) – …» (a place of ≤ 4 words, a parenthesis of ≤ 4 words,
///    then a dash).
public struct PlainTextReader: Sendable {
    public init() {}

    public func read(_ text: String, input: String) throws -> Article {
        let raw = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        var lines: [(text: String, blankAfter: Bool)] = []
        for line in raw {
            let t = line.trimming(" \t\u{00A0}\u{FEFF}\u{200F}\u{200E}\r")
            if t.isEmpty {
                if !lines.isEmpty { lines[lines.count - 1].blankAfter = true }
            } else {
                lines.append((t, false))
            }
        }
        guard !lines.isEmpty else { throw ReaderError(input: input, message: "empty text") }
        var article = Article()
        var headerEnd = 0, bodyStart = 0
        if let b = lines.prefix(8).firstIndex(where: { BylineLine.parse($0.text) != nil }) {
            let byline = BylineLine.parse(lines[b].text)!
            if byline.kind == .source { article.source = byline.value } else { article.author = byline.value }
            (headerEnd, bodyStart) = (b, b + 1)
        } else {
            headerEnd = Self.headerLength(lines)
            bodyStart = headerEnd
        }
        var header = lines[0..<headerEnd].map(\.text)
        header.removeAll { line in
            guard let published = Self.dateOnly(line) else { return false }
            article.published = published
            return true
        }
        while header.count > 1, LineShape(header[0]).isTagLike {
            article.tags.append(header.removeFirst())
        }
        if !header.isEmpty { article.title = header.removeFirst() }
        if !header.isEmpty { article.lede = header.joined(separator: " ") }
        article.sections = SectionBuilder.sections(lines[bodyStart...].map(\.text))
        if article.source == nil, let first = article.paragraphs.first { article.source = Self.datelineSource(first) }
        return article
    }

    /// The number of header lines when no byline marks the end of the header (rule 3).
    static func headerLength(_ lines: [(text: String, blankAfter: Bool)]) -> Int {
        var i = 0
        while i + 2 < lines.count, LineShape(lines[i].text).isTagLike, lines[i].blankAfter, LineShape(lines[i + 1].text).isTitleLike {
            i += 1
        }
        guard i + 1 < lines.count, LineShape(lines[i].text).isTitleLike, !LineShape(lines[i].text).endsWithPunctuation || lines[i].blankAfter
        else { return 0 }
        let titleStoodAlone = lines[i].blankAfter
        i += 1
        if titleStoodAlone, i + 1 < lines.count, lines[i].blankAfter, LineShape(lines[i].text).words <= 70 {
            i += 1
        }
        return i
    }

    /// The agency in a dateline «PLACE (AGENCY) - …», or `nil`.
    static func datelineSource(_ paragraph: String) -> String? {
        guard let open = paragraph.firstIndex(of: "("), let close = paragraph[open...].firstIndex(of: ")") else { return nil }
        let place = paragraph[..<open].split(whereSeparator: \.isWhitespace)
        let agency = paragraph[paragraph.index(after: open)..<close].trimming(" ")
        let after = paragraph[paragraph.index(after: close)...].drop { $0 == " " }
        guard place.count <= 4, !agency.isEmpty, agency.split(separator: " ").count <= 4,
            let dash = after.first, dash == "-" || dash == "–" || dash == "—"
        else { return nil }
        return agency
    }

    /// The instant a header line names when the line is nothing but a date.
    static func dateOnly(_ line: String) -> Date? {
        guard line.count <= 40, let m = DateRecognizer().recognize(line).first, m.granularity == .day,
            !m.value.hasPrefix("--"), m.text.count * 10 >= line.count * 7
        else { return nil }
        return PublicationDateParser.parse(m.value)?.date
    }
}
