import Testing
@testable import KhabarHTML

@Suite struct EncodingTests {
    @Test(arguments: [
        ("legacy_windows1256.html", "windows-1256"),
        ("legacy_iso8859_6.html", "ISO-8859-6"),
    ])
    func undeclaredLegacyPagesAreDetected(_ file: String, _ expected: String) throws {
        let page = try HTMLExtractor().extract(try Fixture.bytes(file))
        #expect(page.encoding == PageEncoding(name: expected, source: .detected))
        #expect(page.bodyText.contains("أعلنت الحكومة اليوم عن خطة جديدة"))
        #expect(!page.bodyText.unicodeScalars.contains("\u{FFFD}"))
    }

    @Test(arguments: [
        ("<meta charset=\"windows-1256\">", "windows-1256"),
        ("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-6\">", "iso-8859-6"),
        ("<meta http-equiv='content-type' content='charset=utf-8'>", "utf-8"),
        ("<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss>", "windows-1256"),
        ("<p>charset=utf-8 in text is not a declaration</p>", nil),
    ] as [(String, String?)])
    func declaredCharset(_ head: String, _ expected: String?) {
        #expect(EncodingSniffer.declaredCharset(Array(head.utf8)) == expected)
    }

    @Test func declaredWindows1256IsHonoured() throws {
        let body = "<p>السلام عليكم ورحمة الله وبركاته، هذا نص عربي للاختبار.</p>"
        let bytes = Array("<html><head><meta charset=\"windows-1256\"></head><body>".utf8)
            + LegacyArabicCodePage.windows1256.encodeForTests(body) + Array("</body></html>".utf8)
        let page = try HTMLExtractor().extract(bytes)
        #expect(page.encoding == PageEncoding(name: "windows-1256", source: .declared))
        #expect(page.bodyText == "السلام عليكم ورحمة الله وبركاته، هذا نص عربي للاختبار.")
    }

    @Test func utf8BOMIsStripped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<html><body><p>نص قصير</p></body></html>".utf8)
        let page = try HTMLExtractor().extract(bytes)
        #expect(page.encoding == PageEncoding(name: "UTF-8", source: .byteOrderMark))
        #expect(page.bodyText == "نص قصير")
    }

    @Test func mislabelledUTF8IsReadAsUTF8() throws {
        let bytes = Array("<html><head><meta charset=\"windows-1256\"></head><body><p>نص عربي</p></body></html>".utf8)
        let page = try HTMLExtractor().extract(bytes)
        #expect(page.encoding.name == "UTF-8")
        #expect(page.bodyText == "نص عربي")
        #expect(!page.warnings.isEmpty)
    }

    @Test func undeclaredUTF8() throws {
        let page = try HTMLExtractor().extract(Array("<p>مرحبا بكم</p>".utf8))
        #expect(page.encoding == PageEncoding(name: "UTF-8", source: .detected))
    }
}

extension LegacyArabicCodePage {
    /// Inverse of the decoding table, for building test input.
    func encodeForTests(_ text: String) -> [UInt8] {
        var reverse: [UInt32: UInt8] = [:]
        for b in 0x80...0xFF { reverse[scalar(UInt8(b))] = UInt8(b) }
        return text.unicodeScalars.map { $0.value < 0x80 ? UInt8($0.value) : reverse[$0.value] ?? 0x3F }
    }
}
