import ArabicText
import ArgumentParser
import Foundation
import KhabarHTML

/// `khabar eval extraction DIR`: scores the HTML extractor against pages with expected output.
///
/// Reference formats recognised in each sub-folder (any number of folders, any names):
/// - `expected_metadata.json` + `expected_text.txt` + one `.html` page (title, full body text, date if given);
/// - `expected_content.json`: `{ id: {url, content} }`, page `<id>.html` (full body text);
/// - `expected_snippets.json`: `{ url: {file, title, description, with: [...], without: [...]} }`;
/// - `expected_dates.json`: `{ url: {file, date} }`;
/// - no expected file: pages named `<encoding>_….html` (legacy encodings, nothing declared).
/// Thresholds: body F1 ≥ 0.95 (over the reference words the page holds, see `docs/html-extraction.md`),
/// all snippets right, all dates right, all legacy pages decoded right.
struct EvalExtractionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Scores HTML main-content extraction, titles, dates and encodings against expected output."
    )

    @Argument(help: "Folder of page folders (e.g. ../shared/data/html).") var directory: String
    @Option(help: "Minimum body F1 on pages with full expected text.") var minF1: Double = 0.95
    @Flag(help: "Print the extracted text of every page.") var verbose = false
    @Option(help: "Also read these feeds (file or folder): each must parse with titled, linked items.") var feeds: String?

    func run() throws {
        var report = ExtractionReport(minF1: minF1, verbose: verbose)
        let root = URL(fileURLWithPath: directory)
        let folders = try FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)
            .filter { $0.hasDirectoryPath }.sorted { $0.path < $1.path }
        guard !folders.isEmpty else { throw ValidationError("\(directory): no page folders") }
        for folder in folders { report.scoreFolder(folder) }
        if let feeds { report.scoreFeeds(feeds) }
        report.printSummary()
        if !report.passed { throw ExitCode(1) }
    }
}
