import Foundation
import KhabarHTML

extension ExtractionReport {
    /// Feed smoke run: every feed file parses, has items, and every item has a title and a link.
    mutating func scoreFeeds(_ path: String) {
        var files: [URL] = []
        let url = URL(fileURLWithPath: path)
        if url.hasDirectoryPath, let e = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) {
            for case let f as URL in e where !f.hasDirectoryPath { files.append(f) }
        } else {
            files.append(url)
        }
        for file in files.sorted(by: { $0.path < $1.path }) {
            guard let data = try? Data(contentsOf: file) else { failures.append("\(file.path): unreadable"); continue }
            do {
                let feed = try FeedParser().parse([UInt8](data), source: file.lastPathComponent)
                let titled = feed.items.filter { $0.title != nil && $0.link != nil }.count
                let dated = feed.items.filter { $0.date != nil }.count
                let extracted = feed.items.compactMap { HTMLExtractor().extract($0) }
                let languages = Set(extracted.compactMap { $0.language }).sorted().joined(separator: ",")
                print("feed \(file.lastPathComponent): \(feed.format.rawValue), \(feed.items.count) items, \(titled) with title and link, "
                      + "\(dated) dated, language \(feed.language ?? "-") (text: \(languages.isEmpty ? "-" : languages)), \(feed.encoding)")
                feedsChecked += 1
                if feed.items.isEmpty {
                    failures.append("\(file.lastPathComponent): no items")
                } else if titled < feed.items.count {
                    failures.append("\(file.lastPathComponent): \(feed.items.count - titled) of \(feed.items.count) items without title or link")
                }
            } catch {
                failures.append("\(file.path): \(error)")
            }
        }
    }
}
