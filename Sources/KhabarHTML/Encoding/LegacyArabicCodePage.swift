/// The two single-byte code pages Arabic sites used before UTF-8, with a decoder and a detector.
///
/// Detection rules (``detect(_:)``), applied to bytes that are not valid UTF-8:
/// 1. Each byte ≥ 0x80 is decoded with both tables. A byte the code page leaves undefined costs 4 points.
/// 2. An Arabic letter earns 1 point; a Latin letter with a diacritic (windows-1256 keeps French letters
///    at 0xE0–0xFC) costs 1 point when it sits between two Arabic letters.
/// 3. The definite article «ال» at the start of a word earns 3 points: it is the most frequent Arabic
///    bigram, and the two code pages put lam at different bytes (0xE1 vs 0xE4), so it separates them sharply.
/// The code page with the higher score wins; ties go to windows-1256 (by far the more common).
public enum LegacyArabicCodePage: String, CaseIterable, Sendable {
    case windows1256 = "windows-1256"
    case iso8859_6 = "ISO-8859-6"

    var table: [UInt16] {
        switch self {
        case .windows1256: return CodePageTables.windows1256
        case .iso8859_6: return CodePageTables.iso8859_6
        }
    }

    /// The code point for one byte.
    @inline(__always)
    func scalar(_ byte: UInt8) -> UInt32 {
        byte < 0x80 ? UInt32(byte) : UInt32(table[Int(byte) - 0x80])
    }

    /// Decodes bytes to UTF-8 bytes (undefined bytes become U+FFFD).
    public func decodeToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            let cp = scalar(b)
            if cp < 0x80 {
                out.append(UInt8(cp))
            } else if cp < 0x800 {
                out.append(UInt8(0xC0 | (cp >> 6)))
                out.append(UInt8(0x80 | (cp & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (cp >> 12)))
                out.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (cp & 0x3F)))
            }
        }
        return out
    }

    /// Decodes bytes to a String.
    public func decode(_ bytes: [UInt8]) -> String {
        String(decoding: decodeToUTF8(bytes), as: UTF8.self)
    }

    /// The byte-statistics score described on the type; higher is more plausible.
    func score(_ bytes: [UInt8]) -> Int {
        var score = 0
        var prev: UInt32 = 0x20
        var prevPrev: UInt32 = 0x20
        var prevWasLatinAccent = false
        for b in bytes {
            let cp = scalar(b)
            if b >= 0x80 {
                if cp == 0xFFFD { score -= 4 }
            }
            let isArabic = Self.isArabicLetter(cp)
            if isArabic { score += 1 }
            if prevWasLatinAccent && isArabic && Self.isArabicLetter(prevPrev) { score -= 1 }
            if cp == 0x0644 && prev == 0x0627 && !Self.isArabicLetter(prevPrev) { score += 3 }
            prevWasLatinAccent = cp >= 0xC0 && cp <= 0xFF
            prevPrev = prev
            prev = cp
        }
        return score
    }

    @inline(__always)
    static func isArabicLetter(_ cp: UInt32) -> Bool {
        (cp >= 0x0621 && cp <= 0x064A) || (cp >= 0x0671 && cp <= 0x06D3)
    }

    /// Picks the more plausible code page for bytes that are not UTF-8 (see the type's rules).
    public static func detect(_ bytes: [UInt8]) -> LegacyArabicCodePage {
        let a = LegacyArabicCodePage.windows1256.score(bytes)
        let b = LegacyArabicCodePage.iso8859_6.score(bytes)
        return b > a ? .iso8859_6 : .windows1256
    }

    /// Maps a declared charset name to one of the two code pages, if it is one of them.
    public init?(declaredName: String) {
        switch declaredName.lowercased() {
        case "windows-1256", "cp1256", "x-cp1256", "win-1256", "windows1256": self = .windows1256
        case "iso-8859-6", "iso8859-6", "iso_8859-6", "iso-ir-127", "ecma-114", "asmo-708", "arabic",
             "csisolatinarabic", "iso_8859-6:1987", "iso88596":
            self = .iso8859_6
        default: return nil
        }
    }
}
