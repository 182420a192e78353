import ArgumentParser
import Foundation
import KhabarActors

/// `khabar entities FILE…`: the actors and entity mentions of plain-text articles, as JSON
/// (`entities` and `actors` of the `khabar.analysis/1` contract), one object per line.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities", abstract: "Finds and resolves the actors of plain-text articles (JSON lines).")

    @Argument(help: "UTF-8 text files (\"-\" reads standard input).") var files: [String]
    @Option(help: "Article date yyyy-mm-dd: selects who held which office (default: today).") var date: String?

    func run() throws {
        let resolver = try ActorResolver.shared()
        let day = date.flatMap(CodePeriod.day) ?? ActorResolver.today()
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var failed = 0
        for f in files {
            let data = f == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: f)
            guard let data else {
                FileHandle.standardError.write(Data("error: \(f): cannot read\n".utf8)); failed += 1; continue
            }
            let text = String(decoding: data, as: UTF8.self)
            let r = resolver.resolve(text, date: day)
            let out = Output(text: text, entities: r.mentions, actors: r.actors)
            print(String(decoding: try enc.encode(out), as: UTF8.self))
        }
        if failed > 0 { throw ExitCode(1) }
    }

    struct Output: Encodable {
        var schema = "khabar.analysis/1"
        var text: String
        var entities: [ActorMention]
        var actors: [Actor]
    }
}
