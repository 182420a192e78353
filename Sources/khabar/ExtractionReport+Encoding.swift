import Foundation
import KhabarHTML

extension ExtractionReport {
    /// Frequent Arabic function words: correctly decoded news text is full of them, a page decoded with
    /// the wrong code page has almost none (letters land on other letters).
    static let functionWords: Set<String> = ["في", "من", "علي", "الي", "ان", "عن", "مع", "التي", "الذي", "هذا", "بين", "قد", "كان", "او", "لا", "ما"]

    /// Legacy-encoding page `<encoding>_….html`: right encoding detected, and the text reads as Arabic:
    /// no U+FFFD, ≥ 90 % of letters Arabic, ≥ 15 % of words with the article «ال», ≥ 3 distinct function words.
    /// The encoding a legacy test page is named after (`windows-1256_no_charset.html` → windows-1256), if any.
    static func legacyEncodingName(_ file: String) -> String? {
        guard let first = file.split(separator: "_").first.map(String.init), LegacyArabicCodePage(declaredName: first) != nil else { return nil }
        return first
    }

    mutating func scoreEncoding(_ file: URL, folder: String) {
        guard let expectedName = Self.legacyEncodingName(file.lastPathComponent),
              let (page, _) = runForEncoding(file) else { return }
        encodings.total += 1
        let label = "\(folder)/\(file.lastPathComponent)"
        let text = page.bodyText
        var arabic = 0, letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic {
            letters += 1
            if s.value >= 0x0600 && s.value <= 0x06FF { arabic += 1 }
        }
        let ws = words(text)
        let withArticle = ws.filter { $0.hasPrefix("ال") }.count
        let functions = Set(ws).intersection(Self.functionWords).count
        let replacement = text.unicodeScalars.contains("\u{FFFD}")
        let encodingRight = page.encoding.name.lowercased() == expectedName.lowercased()
        let arabicShare = letters == 0 ? 0 : Double(arabic) / Double(letters)
        let articleShare = ws.isEmpty ? 0 : Double(withArticle) / Double(ws.count)
        let readable = !replacement && arabicShare >= 0.9 && articleShare >= 0.15 && functions >= 3
        if encodingRight && readable { encodings.right += 1 } else {
            failures.append("\(label): decoded as \(page.encoding), readable \(readable)")
        }
        print("\(label): encoding \(page.encoding) \(encodingRight ? "ok" : "WRONG (expected \(expectedName))"); "
              + "Arabic letters \(fmt(arabicShare)), words with ال \(fmt(articleShare)), function words \(functions), U+FFFD \(replacement ? "yes" : "no")")
    }

    private mutating func runForEncoding(_ file: URL) -> (ExtractedPage, [UInt8])? {
        guard let data = try? Data(contentsOf: file) else { failures.append("\(file.path): unreadable"); return nil }
        do {
            let start = Date()
            let page = try HTMLExtractor().extract([UInt8](data), source: file.lastPathComponent)
            seconds += Date().timeIntervalSince(start)
            pages += 1
            if verbose { print(page.bodyText) }
            return (page, [UInt8](data))
        } catch {
            failures.append("\(file.path): \(error)")
            return nil
        }
    }

    func printSummary() {
        for f in failures { print("FAIL \(f)") }
        let minF = f1s.min() ?? 0
        let mean = f1s.isEmpty ? 0 : f1s.reduce(0, +) / Double(f1s.count)
        let rate = seconds > 0 ? Double(pages) / seconds : 0
        print("extraction: \(f1s.count) full-text pages body F1 min \(fmt(minF)) mean \(fmt(mean)) (raw mean \(fmt(rawF1s.isEmpty ? 0 : rawF1s.reduce(0, +) / Double(rawF1s.count)))); "
              + "titles \(titles.right)/\(titles.total); dates \(dates.right)/\(dates.total); snippets \(snippets.right)/\(snippets.total); "
              + "encodings \(encodings.right)/\(encodings.total); feeds \(feedsChecked); \(pages) pages at \(String(format: "%.0f", rate)) pages/s — \(passed ? "PASS" : "FAIL")")
    }
}
