import ArgumentParser
import Foundation
import KhabarStore

/// `khabar search "QUERY"`: full-text search over the archive.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Searches the archive (BM25; Arabic spelling variants and clitics match).",
        discussion: """
            Query syntax: words (all must match), "a phrase" or «a phrase», OR, NOT word or -word,
            prefix*, parentheses. Near-duplicates are folded into their original. Exit status: 0 with
            results or none, 1 when the archive cannot be read, 2 on a malformed query or option.
            """
    )

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "The query.")
    var query: String

    @Option(help: "Published on or after this day (YYYY-MM-DD).")
    var from: String?

    @Option(help: "Published on or before this day (YYYY-MM-DD).")
    var to: String?

    @Option(help: "Only this source (publisher).")
    var source: String?

    @Option(help: "Only articles that mention this actor (id or name).")
    var actor: String?

    @Option(help: "Number of results.")
    var limit: Int = 10

    @Option(help: "text or json.")
    var format: String = "text"

    func validate() throws {
        if format != "text" && format != "json" { throw ValidationError("--format must be text or json, not '\(format)'") }
        if limit <= 0 || limit > 10_000 { throw ValidationError("--limit must be between 1 and 10000") }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, !Self.isDay(value) { throw ValidationError("\(name) must be a day as YYYY-MM-DD, not '\(value)'") }
        }
        do { _ = try SearchQuery.parse(query) } catch { throw ValidationError("\(error)") }
    }

    static func isDay(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 }
    }

    func run() throws {
        let parsed = try SearchQuery.parse(query)
        let hits: [SearchHit]
        do {
            let store = try Archive(path: archive.path, readOnly: true)
            hits = try store.search(parsed, filters: SearchFilters(from: from, to: to, source: source, actor: actor, limit: limit))
        } catch {
            throw CLIError("khabar search: \(error)")
        }
        let out = try OutputSink(path: nil)
        if format == "json" {
            var objects: [String] = []
            for h in hits {
                let snippet = h.snippet.replacingOccurrences(of: SearchHit.markOpen, with: "<mark>")
                    .replacingOccurrences(of: SearchHit.markClose, with: "</mark>")
                var o = "{\"id\":\(jsonString(h.docID)),\"url\":\(jsonString(h.url)),\"source\":\(jsonString(h.source))"
                o += ",\"published\":\(jsonString(h.published)),\"title\":\(jsonString(h.title))"
                o += ",\"snippet\":\(jsonString(snippet)),\"score\":\(String(format: "%.4f", -h.score)),\"duplicates\":\(h.duplicates)}"
                objects.append(o)
            }
            out.write("{\"query\":\(jsonString(query)),\"fts\":\(jsonString(parsed.fts)),\"results\":[\n" + objects.joined(separator: ",\n") + "\n]}\n")
        } else {
            let tty = isatty(1) == 1
            let (open, close) = tty ? ("\u{1B}[1;33m", "\u{1B}[0m") : ("[", "]")
            for (i, h) in hits.enumerated() {
                let day = h.published.map { String($0.prefix(10)) } ?? "????-??-??"
                var line = "\(i + 1). \(day)  \(h.source ?? "-")  \(h.title ?? "(untitled)")"
                if h.duplicates > 0 { line += "  (+\(h.duplicates) near-duplicate\(h.duplicates == 1 ? "" : "s"))" }
                out.write(line + "\n")
                if let url = h.url { out.write("   \(url)\n") }
                let snippet = h.snippet.replacingOccurrences(of: "\n", with: " ")
                    .replacingOccurrences(of: SearchHit.markOpen, with: open)
                    .replacingOccurrences(of: SearchHit.markClose, with: close)
                out.write("   \(snippet)\n")
            }
            if hits.isEmpty { out.write("no results for \(query)\n") }
        }
        out.flush()
    }
}
