import ArabicText

/// Decides how to decode a page's or feed's bytes before parsing.
///
/// Rules, in order:
/// 1. **BOM**: `EF BB BF` → UTF-8 (BOM stripped); `FF FE` / `FE FF` → UTF-16LE/BE (handed to libxml2).
/// 2. **Declared** (first 4 KB: `<meta charset=…>`, `<meta http-equiv … content="…; charset=…">`, or the
///    XML declaration's `encoding="…"`):
///    - UTF-8 declared and the bytes are valid UTF-8 → UTF-8.
///    - windows-1256 / ISO-8859-6 declared → decoded with our own tables, unless the bytes are valid UTF-8
///      with non-ASCII in them (a common mis-declaration) → UTF-8 with a warning.
///    - any other name → handed to libxml2 unchanged (`encoding == nil`), which honours the declaration.
///    - UTF-8 declared but the bytes are not UTF-8 → detection (rule 3) with a warning.
/// 3. **Nothing declared**: valid UTF-8 → UTF-8; otherwise ``LegacyArabicCodePage/detect(_:)`` picks
///    windows-1256 or ISO-8859-6 from byte statistics and the bytes are transcoded.
struct EncodingSniffer {
    /// What to hand to the parser.
    struct Decision {
        /// The bytes to parse (transcoded to UTF-8 unless `parserEncoding` says otherwise).
        var bytes: [UInt8]
        /// The encoding name for libxml2, or nil to let libxml2 honour the document's declaration.
        var parserEncoding: String?
        /// What is reported to the user.
        var encoding: PageEncoding
        /// Notes about contradictions found.
        var warnings: [String]
    }

    static func decide(_ bytes: [UInt8]) -> Decision {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            let rest = Array(bytes[3...])
            let repaired = repair(rest)
            return Decision(bytes: repaired.bytes, parserEncoding: "UTF-8",
                            encoding: PageEncoding(name: "UTF-8", source: .byteOrderMark),
                            warnings: repaired.replacements > 0 ? ["\(repaired.replacements) invalid UTF-8 sequences replaced"] : [])
        }
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
            return Decision(bytes: bytes, parserEncoding: "UTF-16LE",
                            encoding: PageEncoding(name: "UTF-16LE", source: .byteOrderMark), warnings: [])
        }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
            return Decision(bytes: bytes, parserEncoding: "UTF-16BE",
                            encoding: PageEncoding(name: "UTF-16BE", source: .byteOrderMark), warnings: [])
        }
        let validUTF8 = String(validating: bytes, as: UTF8.self) != nil
        var warnings: [String] = []
        if let declared = declaredCharset(bytes) {
            let lower = declared.lowercased()
            if lower == "utf-8" || lower == "utf8" {
                if validUTF8 {
                    return Decision(bytes: bytes, parserEncoding: "UTF-8",
                                    encoding: PageEncoding(name: "UTF-8", source: .declared), warnings: [])
                }
                warnings.append("declared UTF-8 but the bytes are not valid UTF-8; detecting")
            } else if let page = LegacyArabicCodePage(declaredName: lower) {
                if validUTF8 && bytes.contains(where: { $0 >= 0x80 }) {
                    return Decision(bytes: bytes, parserEncoding: "UTF-8",
                                    encoding: PageEncoding(name: "UTF-8", source: .detected),
                                    warnings: ["declared \(declared) but the bytes are valid UTF-8"])
                }
                return Decision(bytes: page.decodeToUTF8(bytes), parserEncoding: "UTF-8",
                                encoding: PageEncoding(name: page.rawValue, source: .declared), warnings: [])
            } else {
                return Decision(bytes: bytes, parserEncoding: nil,
                                encoding: PageEncoding(name: declared, source: .declared), warnings: [])
            }
        }
        if validUTF8 {
            return Decision(bytes: bytes, parserEncoding: "UTF-8",
                            encoding: PageEncoding(name: "UTF-8", source: .detected), warnings: warnings)
        }
        let page = LegacyArabicCodePage.detect(bytes)
        return Decision(bytes: page.decodeToUTF8(bytes), parserEncoding: "UTF-8",
                        encoding: PageEncoding(name: page.rawValue, source: .detected), warnings: warnings)
    }

    private static func repair(_ bytes: [UInt8]) -> UTF8Repair {
        bytes.withUnsafeBufferPointer { UTF8Repair($0) }
    }

    /// The charset named in a `<meta>` tag or XML declaration within the first 4 KB, if any.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let n = min(bytes.count, 4096)
        let head = bytes[0..<n].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        // XML declaration: <?xml ... encoding="..."?>
        if n > 5, head[0] == 0x3C, head[1] == 0x3F, let end = head.firstIndex(of: 0x3E) {
            if let at = find(Array("encoding".utf8), in: head, from: 0, to: end) {
                if let name = readValue(head, from: at + 8) { return name }
            }
        }
        var from = 0
        while let at = find(Array("charset".utf8), in: head, from: from, to: n) {
            from = at + 7
            // Must sit inside a <meta ...> tag.
            var lt = at
            while lt > 0 && head[lt] != 0x3C && head[lt] != 0x3E { lt -= 1 }
            guard head[lt] == 0x3C, lt + 5 <= n, Array(head[(lt + 1)..<(lt + 5)]) == Array("meta".utf8) else { continue }
            if let name = readValue(head, from: at + 7) { return name }
        }
        return nil
    }

    /// Reads `= "name"` / `=name` after a keyword.
    private static func readValue(_ head: [UInt8], from start: Int) -> String? {
        var i = start
        let n = head.count
        while i < n && (head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D) { i += 1 }
        guard i < n, head[i] == 0x3D else { return nil }
        i += 1
        while i < n && (head[i] == 0x20 || head[i] == 0x22 || head[i] == 0x27 || head[i] == 0x09) { i += 1 }
        var name: [UInt8] = []
        while i < n {
            let c = head[i]
            let ok = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F || c == 0x3A || c == 0x2E
            if !ok { break }
            name.append(c)
            i += 1
        }
        return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int, to: Int) -> Int? {
        guard needle.count <= to - from else { return nil }
        var i = from
        while i + needle.count <= to {
            if hay[i] == needle[0] {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
