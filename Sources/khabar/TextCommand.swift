import ArabicText
import ArgumentParser

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Runs one step of the Arabic text layer over a file or standard input."
    )
    @Argument(help: "normalize")
    var step: String
    @Argument(help: "The input file, or - for standard input.")
    var input: String = "-"

    func run() throws {
        print(ArabicNormalizer(.search).normalize("إِلَى الْمُفاوَضَاتِ"))
    }
}
