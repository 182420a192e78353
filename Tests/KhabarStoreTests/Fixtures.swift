import Foundation
import KhabarCore
@testable import KhabarStore

/// Small articles written for these tests, and temporary archive paths.
enum Fixture {
    static func article(_ title: String, _ body: String, url: String? = nil, source: String? = "Test",
                        published: String? = "2018-07-15T10:00:00Z") -> Article {
        Article(source: source, url: url, title: title, published: published.flatMap { ISO8601DateFormatter().date(from: $0) },
                sections: [ArticleSection(paragraphs: [body])])
    }

    static func prepared(_ article: Article) throws -> PreparedArticle {
        PreparedArticle(document: try Pipeline.standard.analyze(article))
    }

    /// This test process's directory under the temporary directory, removed when the process exits.
    static let root: String = {
        let dir = NSTemporaryDirectory() + "khabar-store-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Fixture.root) }
        return dir
    }()

    /// A fresh directory inside ``root``.
    static func directory() -> String {
        let dir = root + "/\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static let words = ["الحكومة", "وزير", "الخارجية", "المفاوضات", "السلام", "الاقتصاد", "مدينة", "الانتخابات",
                        "البرلمان", "الرئيس", "اجتماع", "قرار", "المجلس", "الأمن", "تقرير", "المنطقة", "الدولة",
                        "العاصمة", "المعارضة", "الشعب", "الجيش", "النفط", "الأسعار", "السوق", "الشركة", "المشروع",
                        "الطاقة", "المياه", "الزراعة", "التعليم", "الصحة", "المستشفى", "الطلاب", "الجامعة"]

    /// A deterministic pseudo-random Arabic paragraph (`n` words) for article `seed`.
    static func paragraph(seed: Int, words n: Int = 60) -> String {
        var x = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        var out: [String] = []
        for _ in 0..<n {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17
            out.append(words[Int(x % UInt64(words.count))])
        }
        return out.joined(separator: " ") + "."
    }
}

/// Opens a test archive with a few articles.
func makeArchive(_ articles: [Article], maxPageCount: Int? = nil) throws -> (Archive, ArchiveWriter) {
    let archive = try Archive(path: Fixture.directory() + "/t.sqlite", maxPageCount: maxPageCount)
    let writer = try ArchiveWriter(archive: archive)
    _ = try writer.store(try articles.map(Fixture.prepared))
    return (archive, writer)
}
