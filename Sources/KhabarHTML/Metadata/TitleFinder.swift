import Foundation

/// Chooses the headline and strips the site name from it.
///
/// Rules:
/// 1. An `<h1>` (not mostly link text, 2–300 characters) whose text opens og:title, twitter:title or
///    `<title>`, or equals one of their parts, is the headline: it is what the page shows as the title.
/// 2. Otherwise og:title, twitter:title, JSON-LD `headline`, then `<title>`, with the site name removed:
///    the title is cut at a separator (` | `, ` - `, ` – `, ` — `, ` :: `, ` « `, ` » `, ` / `) when the
///    piece cut off equals (or contains) og:site_name or looks like a domain; a trailing piece is also cut
///    when short (≤ 4 words and under 40 % of the title).
/// 3. Otherwise the first `<h1>`.
enum TitleFinder {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " / ", " ـ "]

    static func find(meta: PageMetadata, jsonLD: JSONLD, siteName: String?) -> String? {
        let declared = [meta.first(["og:title"]), meta.first(["twitter:title"]), meta.documentTitle].compactMap { $0 }
        let h1s = meta.h1.map { (node: $0, text: TextFolding.fold($0.textContent)) }
            .filter { $0.text.unicodeScalars.count >= 2 && $0.text.unicodeScalars.count <= 300 && $0.node.linkLength * 2 <= max($0.node.textLength, 1) }
        for h in h1s {
            for t in declared where t.hasPrefix(h.text) || parts(t).contains(h.text) {
                return h.text
            }
        }
        if let t = meta.first(["og:title"]) ?? meta.first(["twitter:title"]) ?? jsonLD.headline ?? meta.documentTitle {
            let stripped = stripSiteName(t, siteName: siteName)
            if !stripped.isEmpty { return stripped }
        }
        return h1s.first?.text
    }

    private static func parts(_ title: String) -> [String] {
        var pieces = [title]
        for sep in separators {
            pieces = pieces.flatMap { $0.components(separatedBy: sep) }
        }
        return pieces.map { TextFolding.fold($0) }
    }

    static func stripSiteName(_ title: String, siteName: String?) -> String {
        let site = siteName.map { TextFolding.fold($0).lowercased() }
        var best = title
        for sep in separators {
            // Suffix: "Headline - Site"
            if let r = title.range(of: sep, options: .backwards) {
                let head = TextFolding.fold(String(title[..<r.lowerBound]))
                let tail = TextFolding.fold(String(title[r.upperBound...]))
                if isSiteName(tail, of: title, site: site, shortPieceCounts: true), head.count < best.count, !head.isEmpty { best = head }
            }
            // Prefix: "Site | Headline"
            if let r = title.range(of: sep) {
                let head = TextFolding.fold(String(title[..<r.lowerBound]))
                let tail = TextFolding.fold(String(title[r.upperBound...]))
                if isSiteName(head, of: title, site: site, shortPieceCounts: false), tail.count < best.count, !tail.isEmpty { best = tail }
            }
        }
        return best
    }

    private static func isSiteName(_ piece: String, of title: String, site: String?, shortPieceCounts: Bool) -> Bool {
        let p = piece.lowercased()
        if let site, !site.isEmpty, p == site || p.contains(site) || site.contains(p) { return true }
        let words = piece.split(separator: " ").count
        // A domain-like piece ("CNNArabic.com", "aljazeera.net") is a site name wherever it stands.
        if words == 1, [".com", ".net", ".org", ".ae", ".eg", ".sa", ".tn", ".ma", ".dz", ".lb", ".jo", ".qa", ".kw"].contains(where: { p.hasSuffix($0) }) {
            return true
        }
        return shortPieceCounts && words <= 4 && Double(piece.count) < 0.4 * Double(title.count)
    }
}
