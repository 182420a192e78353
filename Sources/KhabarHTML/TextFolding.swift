/// Small text helpers shared by the extractor and the feed parser.
enum TextFolding {
    /// Collapses every run of white space (including no-break and zero-width spaces, and bidi marks
    /// that sites scatter between words) into one space, and trims both ends.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.unicodeScalars {
            if isSpace(s.value) {
                pendingSpace = !out.isEmpty
                continue
            }
            if isInvisible(s.value) { continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(s)
        }
        return String(out)
    }

    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || (v >= 0x09 && v <= 0x0D) || v == 0xA0 || v == 0x1680 || (v >= 0x2000 && v <= 0x200B)
            || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F || v == 0x3000 || v == 0xFEFF
    }

    @inline(__always)
    static func isInvisible(_ v: UInt32) -> Bool {
        v == 0x200E || v == 0x200F || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069) || v == 0x061C
    }

    /// Number of space-separated words in folded text.
    static func wordCount(_ text: String) -> Int {
        var n = 0
        var inWord = false
        for b in text.utf8 {
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }

    /// Whether `needle` occurs in `haystack`, comparing UTF-8 bytes (no locale, no grapheme rules).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        guard !n.isEmpty else { return true }
        guard h.count >= n.count else { return false }
        var i = 0
        let last = h.count - n.count
        while i <= last {
            if h[i] == n[0] {
                var j = 1
                while j < n.count && h[i + j] == n[j] { j += 1 }
                if j == n.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Number of Unicode scalars that are not white space.
    static func visibleLength(_ text: String) -> Int {
        var n = 0
        for s in text.unicodeScalars where !isSpace(s.value) { n += 1 }
        return n
    }

    /// Counts Arabic-script letters and Latin letters.
    static func scriptCounts(_ text: String) -> (arabic: Int, latin: Int) {
        var arabic = 0
        var latin = 0
        for s in text.unicodeScalars {
            let v = s.value
            if (v >= 0x0620 && v <= 0x064A) || (v >= 0x066E && v <= 0x06D3) || (v >= 0xFB50 && v <= 0xFEFC) {
                arabic += 1
            } else if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F) {
                latin += 1
            }
        }
        return (arabic, latin)
    }
}
