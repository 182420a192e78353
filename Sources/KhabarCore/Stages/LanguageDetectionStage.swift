/// Detects the document's language from its letters and records it in ``Document/language``.
///
/// Rules, over the first 16 KiB of the UTF-8 text (one pass):
/// - letters are counted by script: Arabic script (U+0600–U+06FF, U+0750–U+077F, U+08A0–U+08FF,
///   presentation forms U+FB50–U+FDFF and U+FE70–U+FEFF) and Latin (ASCII letters and U+00C0–U+024F);
/// - fewer than 8 letters in all → `und`;
/// - Arabic script ≥ 40 % of the letters → Arabic script; then `ur` when Urdu-only letters
///   (ٹ ڈ ڑ ں ے U+0679 U+0688 U+0691 U+06BA U+06D2) are ≥ 1 % of the Arabic letters, `fa` when Persian
///   letters (پ چ ژ گ ی U+067E U+0686 U+0698 U+06AF U+06CC) are and Urdu ones are not, otherwise `ar`;
/// - otherwise Latin script: `en` when English function words (the, and, of, to, in, is, that, for)
///   make up ≥ 3 % of the Latin words, else `und`.
/// An article that declares its language (``Article/language``) keeps that declaration if the
/// letters are too few to decide.
public struct LanguageDetectionStage: PipelineStage {
    public let name = "language"

    public init() {}

    public func annotate(_ document: inout Document) throws {
        let detected = Self.detect(document.text)
        if detected == "und", let declared = document.article.language, !declared.isEmpty {
            document.language = declared
        } else {
            document.language = detected
        }
    }

    /// The language of `text` by the rules above.
    public static func detect(_ text: String) -> String {
        var text = text
        return text.withUTF8 { LanguageCounts(p: UnsafeBufferPointer(rebasing: $0.prefix(16_384))).decision }
    }
}

/// Letter counts by script over UTF-8 bytes.
struct LanguageCounts {
    var arabic = 0, latin = 0, urdu = 0, persian = 0, latinWords = 0, englishWords = 0

    init(p: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = p.count
        var wordStart = -1
        while i < n {
            let b = p[i]
            if b < 0x80 {
                let isLetter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
                if isLetter {
                    latin += 1
                    if wordStart < 0 { wordStart = i }
                } else if wordStart >= 0 {
                    countWord(p, wordStart, i)
                    wordStart = -1
                }
                i += 1
                continue
            }
            if wordStart >= 0 {
                countWord(p, wordStart, i)
                wordStart = -1
            }
            if b >= 0xD8 && b <= 0xD9, i + 1 < n {
                // Fast path: U+0600–U+067F, where most Arabic letters are.
                let cp = UInt32(b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                if cp >= 0x0621 && cp <= 0x064A { arabic += 1 } else { countScalar(cp) }
                i += 2
            } else if b >= 0xC0 && b < 0xE0, i + 1 < n {
                let cp = UInt32(b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                countScalar(cp)
                i += 2
            } else if b >= 0xE0 && b < 0xF0, i + 2 < n {
                let cp = UInt32(b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                countScalar(cp)
                i += 3
            } else {
                i += b >= 0xF0 ? 4 : 1
            }
        }
        if wordStart >= 0 { countWord(p, wordStart, n) }
    }

    mutating func countScalar(_ cp: UInt32) {
        switch cp {
        case 0x0621...0x064A, 0x066E...0x06D3, 0x06D5, 0x06EE...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF,
            0xFB50...0xFDFF, 0xFE70...0xFEFC:
            arabic += 1
            switch cp {
            case 0x0679, 0x0688, 0x0691, 0x06BA, 0x06D2: urdu += 1
            case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06CC: persian += 1
            default: break
            }
        case 0x00C0...0x024F:
            latin += 1
        default:
            break
        }
    }

    mutating func countWord(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) {
        latinWords += 1
        let len = e - s
        guard len >= 2 && len <= 4 else { return }
        var key: UInt32 = 0
        for j in s..<e { key = key << 8 | UInt32(p[j] | 0x20) }
        switch key {
        case 0x746865, 0x616E64, 0x6F66, 0x746F, 0x696E, 0x6973, 0x74686174, 0x666F72: englishWords += 1
        default: break
        }
    }

    var decision: String {
        let letters = arabic + latin
        if letters < 8 { return "und" }
        if arabic * 10 >= letters * 4 {
            if urdu * 100 >= arabic { return "ur" }
            if persian * 100 >= arabic { return "fa" }
            return "ar"
        }
        if latinWords > 0 && englishWords * 100 >= latinWords * 3 { return "en" }
        return "und"
    }
}
