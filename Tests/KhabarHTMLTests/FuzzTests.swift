import Testing
@testable import KhabarHTML

/// Mutated HTML, XML and JSON thrown at every parser: each must return or throw, never crash or hang.
@Suite struct FuzzTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let tokens: [[UInt8]] = ["<", ">", "</", "&", "&amp", "&#x", "\"", "'", "<![CDATA[", "]]>", "<!--", "{", "}", "[", "]",
                                    ":", ",", "\\u", "\u{0}", "\u{FEFF}", "<table>", "<item>", "<entry>", "<p>", "<script>"].map { Array($0.utf8) }

    static func mutate(_ input: [UInt8], _ rng: inout SplitMix) -> [UInt8] {
        var bytes = input
        let edits = Int.random(in: 1...12, using: &rng)
        for _ in 0..<edits {
            guard !bytes.isEmpty else { bytes = Self.tokens.randomElement(using: &rng)!; continue }
            let at = Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: bytes[at] = UInt8.random(in: 0...255, using: &rng)
            case 1: bytes.insert(contentsOf: Self.tokens.randomElement(using: &rng)!, at: at)
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &rng)))
            case 3: bytes = Array(bytes[..<at])
            default:
                let len = min(bytes.count - at, Int.random(in: 1...60, using: &rng))
                bytes.insert(contentsOf: bytes[at..<(at + len)], at: Int.random(in: 0...bytes.count, using: &rng))
            }
        }
        return bytes
    }

    @Test(arguments: ["article.html", "english.html", "legacy_windows1256.html", "rss_broken.xml", "atom.xml", "feed.json"])
    func mutatedInputNeverCrashes(_ file: String) throws {
        let original = try Fixture.bytes(file)
        var rng = SplitMix(state: 20_240_513 &+ UInt64(file.utf8.count))
        for _ in 0..<150 {
            let bytes = Self.mutate(original, &rng)
            _ = try? HTMLExtractor().extract(bytes)
            if let feed = try? FeedParser().parse(bytes) {
                for item in feed.items { _ = HTMLExtractor().extract(item) }
            }
        }
    }
}
