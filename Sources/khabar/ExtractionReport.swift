import ArabicText
import Foundation
import KhabarHTML

/// Scores pages for `khabar eval extraction` and keeps the tallies.
struct ExtractionReport {
    let minF1: Double
    let verbose: Bool
    private let extractor = HTMLExtractor()
    private let normalizer = ArabicNormalizer(.search)

    var failures: [String] = []
    var f1s: [Double] = []
    var rawF1s: [Double] = []
    var titles = (right: 0, total: 0)
    var dates = (right: 0, total: 0)
    var snippets = (right: 0, total: 0)
    var encodings = (right: 0, total: 0)
    var seconds = 0.0
    var feedsChecked = 0
    var pages = 0

    var passed: Bool { failures.isEmpty }

    init(minF1: Double, verbose: Bool) {
        self.minF1 = minF1
        self.verbose = verbose
    }

    mutating func scoreFolder(_ folder: URL) {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let name = folder.lastPathComponent
        var handled = false
        if files.contains("expected_metadata.json") { handled = true; scoreMetadataFolder(folder, files) }
        if files.contains("expected_content.json") { handled = true; scoreContent(folder) }
        if files.contains("expected_snippets.json") { handled = true; scoreSnippets(folder, files) }
        if files.contains("expected_dates.json") { handled = true; scoreDates(folder) }
        if files.contains("expected_goose3.json") && !files.contains("expected_metadata.json") { handled = true; scoreGoose(folder, files) }
        if !handled {
            for file in files.sorted() where file.hasSuffix(".html") {
                if Self.legacyEncodingName(file) != nil {
                    scoreEncoding(folder.appendingPathComponent(file), folder: name)
                } else {
                    print("\(name)/\(file): skipped (no expected output for it)")
                }
            }
        }
    }

    // MARK: - Loading

    private func json(_ url: URL) -> [String: Any] {
        guard let data = try? Data(contentsOf: url), let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return obj
    }

    /// The named page, or the folder's only `.html` file when the name is not there.
    private func page(_ folder: URL, _ file: String?, _ files: [String]) -> URL? {
        if let file, files.contains(file) { return folder.appendingPathComponent(file) }
        let html = files.filter { $0.hasSuffix(".html") }
        return html.count == 1 ? folder.appendingPathComponent(html[0]) : nil
    }

    private mutating func run(_ url: URL, pageURL: String?) -> (ExtractedPage, [UInt8])? {
        guard let data = try? Data(contentsOf: url) else { failures.append("\(url.path): unreadable"); return nil }
        let bytes = [UInt8](data)
        let start = Date()
        do {
            let page = try extractor.extract(bytes, url: pageURL, source: url.lastPathComponent)
            seconds += Date().timeIntervalSince(start)
            pages += 1
            if verbose {
                print("---- \(url.lastPathComponent): \(page.title ?? "-") | \(page.published?.value ?? "-") [\(page.published?.source ?? "")] | \(page.encoding) | \(page.language ?? "-")")
                print(page.bodyText)
                print("----")
            }
            return (page, bytes)
        } catch {
            failures.append("\(url.path): \(error)")
            print("\(url.lastPathComponent): ERROR \(error)")
            return nil
        }
    }

    // MARK: - Words

    func words(_ text: String) -> [String] {
        let n = normalizer.normalize(text)
        var out: [String] = []
        var current = String.UnicodeScalarView()
        for s in n.unicodeScalars {
            if s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark {
                current.append(s)
            } else if !current.isEmpty {
                out.append(String(current)); current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { out.append(String(current)) }
        return out
    }

    private func counts(_ words: [String]) -> [String: Int] {
        var c: [String: Int] = [:]
        for w in words { c[w, default: 0] += 1 }
        return c
    }

    /// Precision, recall, F1 of bags of words.
    private func prf(predicted: [String: Int], reference: [String: Int]) -> (Double, Double, Double) {
        let p = predicted.values.reduce(0, +), r = reference.values.reduce(0, +)
        var overlap = 0
        for (w, n) in predicted { overlap += min(n, reference[w] ?? 0) }
        let precision = p == 0 ? 0 : Double(overlap) / Double(p)
        let recall = r == 0 ? 0 : Double(overlap) / Double(r)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return (precision, recall, f1)
    }

    private func fold(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    // MARK: - Scoring

    /// Body P/R/F1; the title joins the extracted text when the reference opens with it.
    private mutating func scoreBody(_ label: String, page: ExtractedPage, bytes: [UInt8], expected: String, title: String?) -> String {
        var predictedText = page.bodyText
        let firstLine = fold(String(expected.split(separator: "\n", maxSplits: 1).first ?? ""))
        if let t = title ?? page.title, !firstLine.isEmpty, fold(t) == firstLine || firstLine == fold(page.title ?? "") {
            predictedText = (page.title ?? "") + "\n" + predictedText
        }
        let predicted = counts(words(predictedText))
        let reference = counts(words(expected))
        let onPage = counts(words((try? extractor.visibleText(bytes)) ?? ""))
        var reachable: [String: Int] = [:]
        for (w, n) in reference { let k = min(n, onPage[w] ?? 0); if k > 0 { reachable[w] = k } }
        let raw = prf(predicted: predicted, reference: reference)
        let fair = prf(predicted: predicted, reference: reachable)
        f1s.append(fair.2)
        rawF1s.append(raw.2)
        let refWords = reference.values.reduce(0, +), reachWords = reachable.values.reduce(0, +)
        if fair.2 < minF1 { failures.append("\(label): body F1 \(fmt(fair.2)) < \(fmt(minF1))") }
        return "body P \(fmt(fair.0)) R \(fmt(fair.1)) F1 \(fmt(fair.2)) (raw F1 \(fmt(raw.2)); reference words on page \(reachWords)/\(refWords))"
    }

    private mutating func scoreTitle(_ page: ExtractedPage, expected: String?) -> String {
        guard let expected, !expected.isEmpty else { return "title -" }
        titles.total += 1
        let ok = fold(page.title ?? "") == fold(expected)
        if ok { titles.right += 1 }
        return ok ? "title ok" : "title MISS («\(page.title ?? "")»)"
    }

    private mutating func scoreDate(_ label: String, _ page: ExtractedPage, expected: String?) -> String {
        guard let expected, !expected.isEmpty else { return "date -" }
        dates.total += 1
        let got = page.published?.day ?? "none"
        if got == String(expected.prefix(10)) { dates.right += 1; return "date ok (\(page.published!.source))" }
        failures.append("\(label): date \(got) ≠ \(expected)")
        return "date MISS (\(got) ≠ \(expected))"
    }

    private mutating func scoreMetadataFolder(_ folder: URL, _ files: [String]) {
        let meta = json(folder.appendingPathComponent("expected_metadata.json"))
        guard let pageURL = page(folder, nil, files.filter { $0 == "page.html" || $0.hasSuffix(".html") }),
              let text = try? String(contentsOf: folder.appendingPathComponent("expected_text.txt"), encoding: .utf8),
              let (page, bytes) = run(pageURL, pageURL: meta["url"] as? String) else { return }
        let label = folder.lastPathComponent
        let title = meta["title"] as? String
        var line = [scoreTitle(page, expected: title),
                    scoreBody(label, page: page, bytes: bytes, expected: text, title: title),
                    scoreDate(label, page, expected: meta["publish_date"] as? String),
                    encodingNote(page)]
        if let lang = meta["language"] as? String ?? meta["meta_lang"] as? String, !lang.isEmpty {
            line.append(page.language == lang ? "language ok" : "language \(page.language ?? "-") ≠ \(lang)")
        }
        print("\(label): " + line.joined(separator: "; "))
    }

    private mutating func scoreContent(_ folder: URL) {
        let expected = json(folder.appendingPathComponent("expected_content.json"))
        for (id, value) in expected.sorted(by: { $0.key < $1.key }) {
            guard let entry = value as? [String: Any], let content = entry["content"] as? String else { continue }
            let file = folder.appendingPathComponent(id + ".html")
            guard let (page, bytes) = run(file, pageURL: entry["url"] as? String) else { continue }
            let label = "\(folder.lastPathComponent)/\(id.prefix(12))"
            print("\(label): " + scoreBody(label, page: page, bytes: bytes, expected: content, title: nil) + "; " + encodingNote(page))
        }
    }

    private mutating func scoreSnippets(_ folder: URL, _ files: [String]) {
        let expected = json(folder.appendingPathComponent("expected_snippets.json"))
        for (url, value) in expected.sorted(by: { $0.key < $1.key }) {
            guard let entry = value as? [String: Any], let file = page(folder, entry["file"] as? String, files),
                  let (page, _) = run(file, pageURL: url) else { continue }
            let label = folder.lastPathComponent
            let body = words(page.bodyText).joined(separator: " ")
            var parts = [scoreTitle(page, expected: entry["title"] as? String)]
            for (key, mustBe) in [("with", true), ("without", false)] {
                for s in entry[key] as? [String] ?? [] {
                    snippets.total += 1
                    let present = (" " + body + " ").contains(" " + words(s).joined(separator: " ") + " ")
                    if present == mustBe { snippets.right += 1 } else {
                        failures.append("\(label): «\(s)» \(mustBe ? "missing" : "present")")
                        parts.append("\(mustBe ? "missing" : "unwanted") «\(s)»")
                    }
                }
            }
            parts.append("snippets \(snippets.right)/\(snippets.total)")
            if let d = entry["description"] as? String, !d.isEmpty {
                let lede = words(page.lede ?? "").joined(separator: " ")
                parts.append(lede.hasPrefix(words(d).dropLast().joined(separator: " ")) ? "description ok" : "description differs")
            }
            parts.append(scoreDate(label, page, expected: entry["date"] as? String))
            parts.append(encodingNote(page))
            print("\(label): " + parts.joined(separator: "; "))
        }
    }

    /// goose3 test format: `{url, expected: {title?, cleaned_text (a prefix of the body), meta_lang}}`.
    private mutating func scoreGoose(_ folder: URL, _ files: [String]) {
        let json = json(folder.appendingPathComponent("expected_goose3.json"))
        guard let expected = json["expected"] as? [String: Any], let file = page(folder, nil, files),
              let (page, _) = run(file, pageURL: json["url"] as? String) else { return }
        let label = folder.lastPathComponent
        var parts = [scoreTitle(page, expected: expected["title"] as? String)]
        if let text = expected["cleaned_text"] as? String, !text.isEmpty {
            // The reference is cut mid-word: its last word is left out.
            let prefix = words(text).dropLast().joined(separator: " ")
            snippets.total += 1
            if (" " + words(page.bodyText).joined(separator: " ") + " ").contains(" " + prefix + " ") {
                snippets.right += 1
                parts.append("opening text ok")
            } else {
                failures.append("\(label): opening text not found")
                parts.append("opening text MISSING")
            }
        }
        parts.append(encodingNote(page))
        print("\(label): " + parts.joined(separator: "; "))
    }

    private mutating func scoreDates(_ folder: URL) {
        let expected = json(folder.appendingPathComponent("expected_dates.json"))
        for (url, value) in expected.sorted(by: { $0.key < $1.key }) {
            guard let entry = value as? [String: Any], let file = entry["file"] as? String,
                  let (page, _) = run(folder.appendingPathComponent(file), pageURL: url) else { continue }
            let label = "\(folder.lastPathComponent)/\(file)"
            print("\(label): " + scoreDate(label, page, expected: entry["date"] as? String) + "; " + encodingNote(page))
        }
    }

    /// The encoding used, and whether the decoded text is free of U+FFFD (a wrong decode leaves them).
    func encodingNote(_ page: ExtractedPage) -> String {
        let clean = !page.bodyText.unicodeScalars.contains("\u{FFFD}") && !(page.title ?? "").unicodeScalars.contains("\u{FFFD}")
        return "encoding \(page.encoding)\(clean ? "" : " with U+FFFD in the text")"
    }

    func fmt(_ x: Double) -> String { String(format: "%.3f", x) }
}
