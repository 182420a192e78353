import ArgumentParser
import Foundation
import KhabarStore

/// A JSON string literal (or `null`).
func jsonString(_ s: String?) -> String {
    guard let s else { return "null" }
    var out: [UInt8] = []
    JSONText.appendString(s, to: &out)
    return String(decoding: out, as: UTF8.self)
}

/// `khabar actors`: the actors the archive knows, by number of articles.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors", abstract: "Lists the archive's actors by number of articles that mention them.")

    @OptionGroup var archive: ArchiveOptions
    @Option(help: "How many actors.") var top: Int = 20
    @Option(help: "text or json.") var format: String = "text"

    func validate() throws {
        if format != "text" && format != "json" { throw ValidationError("--format must be text or json") }
        if top <= 0 { throw ValidationError("--top must be positive") }
    }

    func run() throws {
        let actors: [ActorCount]
        do { actors = try Archive(path: archive.path, readOnly: true).topActors(limit: top) } catch {
            throw CLIError("khabar actors: \(error)")
        }
        let out = try OutputSink(path: nil)
        if format == "json" {
            let rows = actors.map {
                "{\"id\":\(jsonString($0.id)),\"name_ar\":\(jsonString($0.nameAr)),\"name_en\":\(jsonString($0.nameEn)),\"type\":\(jsonString($0.type)),\"cameo\":\(jsonString($0.cameo)),\"articles\":\($0.articles),\"mentions\":\($0.mentions)}"
            }
            out.write("[" + rows.joined(separator: ",\n") + "]\n")
        } else {
            out.write("articles  mentions  type  cameo    name\n")
            for a in actors {
                let name = a.nameEn.map { "\(a.nameAr) (\($0))" } ?? a.nameAr
                out.write("\(pad(a.articles, 8))  \(pad(a.mentions, 8))  \(a.type.padding(toLength: 4, withPad: " ", startingAt: 0))  \((a.cameo ?? "-").padding(toLength: 7, withPad: " ", startingAt: 0))  \(name)\n")
            }
            if actors.isEmpty { out.write("(no actors stored yet: the entity layer fills them)\n") }
        }
        out.flush()
    }
}

/// `khabar quotes`: stored quotes, optionally by speaker.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes", abstract: "Lists stored quotes, optionally of one speaker.")

    @OptionGroup var archive: ArchiveOptions
    @Option(help: "Speaker: text contained in the speaker span, or an actor id or name.") var speaker: String?
    @Option(help: "How many quotes.") var limit: Int = 50
    @Option(help: "text or json.") var format: String = "text"

    func validate() throws {
        if format != "text" && format != "json" { throw ValidationError("--format must be text or json") }
        if limit <= 0 { throw ValidationError("--limit must be positive") }
    }

    func run() throws {
        let quotes: [StoredQuote]
        do { quotes = try Archive(path: archive.path, readOnly: true).quotes(speaker: speaker, limit: limit) } catch {
            throw CLIError("khabar quotes: \(error)")
        }
        let out = try OutputSink(path: nil)
        if format == "json" {
            let rows = quotes.map { q in
                let via = q.via.map { "{\"text\":\(jsonString($0.text)),\"link\":\(jsonString($0.link)),\"description\":\(jsonString($0.description))}" }
                return "{\"text\":\(jsonString(q.text)),\"kind\":\(jsonString(q.kind)),\"speaker\":\(jsonString(q.speaker)),\"actor\":\(jsonString(q.speakerActor)),\"via\":[\(via.joined(separator: ","))],\"id\":\(jsonString(q.docID)),\"url\":\(jsonString(q.url)),\"title\":\(jsonString(q.title)),\"published\":\(jsonString(q.published))}"
            }
            out.write("[" + rows.joined(separator: ",\n") + "]\n")
        } else {
            for q in quotes {
                // «Bloomberg ← استنادًا إلى مصادر غير معلنة»: the speaker, then whom it cites.
                let chain = q.via.map { " ← \($0.link) \($0.text)" }.joined()
                out.write("\(q.published.map { String($0.prefix(10)) } ?? "----------")  \(q.speaker ?? "?")\(chain): «\(q.text)»\n")
                out.write("   \(q.title ?? "") \(q.url ?? q.docID)\n")
            }
            if quotes.isEmpty { out.write("(no quotes stored\(speaker.map { " for \($0)" } ?? ""))\n") }
        }
        out.flush()
    }
}

private func pad(_ n: Int, _ w: Int) -> String {
    let s = String(n)
    return String(repeating: " ", count: max(0, w - s.count)) + s
}

/// `khabar check`: SQLite's integrity check and FTS5's check of the full-text index against the
/// stored text (it re-tokenizes every article). Changes nothing; exit status 1 when a check fails.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Checks the archive: SQLite's integrity check and the full-text index against the text.")

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
        let path = archive.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError("khabar check: \(path): no archive here (run khabar ingest first, or give --db / KHABAR_DB)")
        }
        let result: String, count: Int
        do {
            let store = try Archive(path: path)
            result = try store.integrityCheck()
            count = try store.articleCount()
        } catch {
            throw CLIError("khabar check: \(error)")
        }
        guard result == "ok" else { throw CLIError("khabar check: \(path): \(result)") }
        print("\(path): ok (\(count) articles; SQLite integrity and full-text index checked)")
    }
}
