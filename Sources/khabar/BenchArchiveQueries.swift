import ArabicText
import Dispatch
import Foundation
import KhabarStore

/// The search half of `khabar bench archive`: a fixed list of queries derived from titles, latency
/// on both indexes, and recall on spelling/clitic variants.
///
/// Query rule: take every ⌊n/count⌋-th stored title (in id order); from its Arabic words of at least
/// 3 letters take two consecutive words starting at word (k mod (words − 1)); titles with fewer than
/// two such words are passed over for the next one.
struct BenchArchiveQueries {
    let store: Archive
    let count: Int
    /// A file for every query's hits (``dump(_:to:)``), written after the timed runs; nil: none.
    var dumpHits: String? = nil

    static func derive(titles: [String], count: Int) -> [String] {
        guard !titles.isEmpty else { return [] }
        let step = max(1, titles.count / count)
        var out: [String] = []
        var i = 0
        let tokenizer = ArabicTokenizer(.khabar)
        while out.count < count && i < titles.count {
            let title = titles[i]
            let words = tokenizer.tokenize(title).filter { $0.kind == .arabicWord && $0.scalarRange.count >= 3 }.map { $0.text(in: title) }
            if words.count >= 2 {
                let k = out.count % (words.count - 1)
                out.append(words[k] + " " + words[k + 1])
                i += step
            } else {
                i += 1
            }
        }
        return out
    }

    /// Variants of a plain query as users type it.
    static func variants(_ q: String) -> [(String, String)] {
        let words = q.split(separator: " ").map(String.init)
        let diacritized = words.map { w in
            var out = String.UnicodeScalarView()
            for (i, s) in w.unicodeScalars.enumerated() {
                out.append(s)
                if i % 2 == 0 && (0x0621...0x064A).contains(s.value) { out.append(Unicode.Scalar(0x064E)!) }
            }
            return String(out)
        }.joined(separator: " ")
        let hamza = words.map { w -> String in
            var s = Array(w.unicodeScalars)
            for (i, c) in s.enumerated() {
                switch c.value {
                case 0x0623, 0x0625, 0x0622: s[i] = Unicode.Scalar(0x0627)!
                case 0x0627 where i == 0: s[i] = Unicode.Scalar(0x0623)!
                default: continue
                }
            }
            var v = String.UnicodeScalarView(); v.append(contentsOf: s); return String(v)
        }.joined(separator: " ")
        let clitic = words.enumerated().map { i, w in i == 0 ? "و" + w : w }.joined(separator: " ")
        return [("diacritics", diacritized), ("hamza", hamza), ("clitic و", clitic)]
    }

    func run() throws {
        let queries = Self.derive(titles: try store.titles(), count: count)
        let parsed = try queries.map { try SearchQuery.parse($0) }
        print("queries: \(parsed.count) (two consecutive title words each), e.g. \(queries.prefix(3).joined(separator: " | "))")
        // Warm both indexes once, then time each query on both, interleaved.
        for q in parsed { _ = try store.search(q); _ = try store.searchPeer(q, limit: 20) }
        // Wall time, and the thread's CPU time (what a shared, busy machine inflates least). Each
        // query runs `rounds` times on each index; a query's figure is its median.
        var khabar: [Double] = [], peer: [Double] = [], khabarCPU: [Double] = [], peerCPU: [Double] = []
        let rounds = 3
        for q in parsed {
            var k: [Double] = [], kc: [Double] = [], u: [Double] = [], uc: [Double] = []
            for _ in 0..<rounds {
                var t0 = DispatchTime.now().uptimeNanoseconds, c0 = threadCPUNanos()
                _ = try store.search(q, filters: SearchFilters(limit: 20))
                k.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
                kc.append(Double(threadCPUNanos() - c0) / 1e6)
                t0 = DispatchTime.now().uptimeNanoseconds; c0 = threadCPUNanos()
                _ = try store.searchPeer(q, limit: 20)
                u.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
                uc.append(Double(threadCPUNanos() - c0) / 1e6)
            }
            khabar.append(pct(k, 0.5)); khabarCPU.append(pct(kc, 0.5)); peer.append(pct(u, 0.5)); peerCPU.append(pct(uc, 0.5))
        }
        print(String(format: "search latency, top 20 with snippets (ms): khabar_arabic p50 %.2f p99 %.2f | unicode61 p50 %.2f p99 %.2f",
                     pct(khabar, 0.5), pct(khabar, 0.99), pct(peer, 0.5), pct(peer, 0.99)))
        print(String(format: "search CPU time per query (ms): khabar_arabic p50 %.2f p99 %.2f | unicode61 p50 %.2f p99 %.2f",
                     pct(khabarCPU, 0.5), pct(khabarCPU, 0.99), pct(peerCPU, 0.5), pct(peerCPU, 0.99)))
        if let dumpHits { try dump(zip(queries, parsed).map { ($0, $1) }, to: dumpHits) }

        var plainK = 0, plainU = 0
        var examples: [String] = []
        var byVariant: [String: (k: Int, u: Int, missed: Int, queriesMissing: Int)] = [:]
        var order: [String] = []
        for (q, p) in zip(queries, parsed) {
            let uPlain = try store.matchingIDs(p, peer: true)
            let kPlain = try store.matchingIDs(p, peer: false)
            plainK += kPlain.count
            if examples.count < 5, let miss = uPlain.subtracting(kPlain).min() {
                examples.append("\(q) → article \(miss)")
            }
            plainU += uPlain.count
            for (name, v) in Self.variants(q) {
                let pv = try SearchQuery.parse(v)
                let k = try store.matchingIDs(pv, peer: false), u = try store.matchingIDs(pv, peer: true)
                let missed = uPlain.subtracting(k).count
                if byVariant[name] == nil { order.append(name) }
                let old = byVariant[name] ?? (0, 0, 0, 0)
                byVariant[name] = (old.k + k.count, old.u + u.count, old.missed + missed, old.queriesMissing + (missed > 0 ? 1 : 0))
            }
        }
        print("recall (articles matched, summed over \(parsed.count) queries; near-duplicates included):")
        print("  plain form: khabar_arabic \(plainK), unicode61 \(plainU) (+\(plainK - plainU))")
        if !examples.isEmpty { print("  plain-form misses, e.g.: " + examples.joined(separator: "; ")) }
        for name in order {
            let r = byVariant[name]!
            print("  \(name): khabar_arabic \(r.k), unicode61 \(r.u); articles the unicode61 plain form finds that khabar_arabic misses: \(r.missed) (in \(r.queriesMissing) queries); khabar_arabic finds \(r.k - plainU) more than unicode61's plain form")
        }
    }

    /// Writes the timed search's results for every query, one line per hit: query number, id, the
    /// score's exact bits, duplicates, doc id, title and snippet (marks as `[ ]`), so that two builds
    /// can be compared byte for byte (`cmp`). Not timed.
    func dump(_ queries: [(String, SearchQuery)], to path: String) throws {
        var out = ""
        for (n, (text, q)) in queries.enumerated() {
            let hits = try store.search(q, filters: SearchFilters(limit: 20))
            out += "# \(n) \(text): \(hits.count) hits\n"
            for h in hits {
                let snippet = h.snippet.replacingOccurrences(of: SearchHit.markOpen, with: "[")
                    .replacingOccurrences(of: SearchHit.markClose, with: "]").replacingOccurrences(of: "\n", with: "\\n")
                out += "\(n)\t\(h.id)\t\(String(h.score.bitPattern, radix: 16))\t\(h.score)\t\(h.duplicates)\t\(h.docID)\t"
                    + "\(h.url ?? "-")\t\(h.source ?? "-")\t\(h.published ?? "-")\t\(h.title ?? "-")\t\(snippet)\n"
            }
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
        print("hits of \(queries.count) queries written to \(path)")
    }

    func pct(_ xs: [Double], _ p: Double) -> Double {
        guard !xs.isEmpty else { return 0 }
        let s = xs.sorted()
        return s[min(s.count - 1, Int((Double(s.count - 1) * p).rounded()))]
    }
}
