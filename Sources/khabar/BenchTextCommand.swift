import ArabicText
import ArgumentParser

struct BenchTextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "text", abstract: "Text-layer throughput.")
    @Argument var file: String
    func run() throws { throw ValidationError("not yet") }
}
