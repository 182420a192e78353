import Foundation
import KhabarCore
import Testing

@testable import KhabarReaders

@Test(arguments: [
    ("<DOC>\n<DOCNO>1</DOCNO>", InputFormat.trec),
    ("{\"title\": \"a\"}\n{\"title\": \"b\"}\n", .jsonl),
    ("[{\"title\": \"a\"}]", .json),
    ("title,content,url\nx,y,z\n", .csv),
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", .html),
    ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>", .feed),
    ("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", .feed),
    ("عنوان\n\nنص الخبر، مع فاصلة.", .text),
])
func detectsFormat(_ text: String, _ format: InputFormat) {
    #expect(FormatDetector.detect(text) == format)
}

@Test(arguments: [
    ([UInt8](), "empty file"),
    ([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31], "binary file (PDF)"),
    ([0x61, 0x62, 0x00, 0x63], "binary file (NUL byte)"),
    (Array(repeating: 0xE4, count: 200) + [0x20, 0xC7, 0xE1], "not UTF-8"),
])
func refusesNonText(_ bytes: [UInt8], _ message: String) {
    do {
        _ = try ArticleReader().read(bytes, input: "bad.bin")
        Issue.record("expected an error")
    } catch let e as ReaderError {
        #expect(e.message.hasPrefix(message))
        #expect(e.description.hasPrefix("bad.bin"))
    } catch {
        Issue.record("unexpected error \(error)")
    }
}

@Test func utf8BOMIsDropped() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("عنوان الخبر\nنص الخبر الأول هنا.".utf8)
    let article = try #require(try ArticleReader().read(bytes, input: "bom.txt").articles.first)
    #expect(article.title == "عنوان الخبر")
}


@Test func englishTextRecordsLanguageAndSkipsArabicStages() throws {
    let result = try ArticleReader().read(try Fixture.bytes("english.txt"), input: "english.txt")
    let document = try Pipeline.standard.analyze(try #require(result.articles.first))
    #expect(document.language == "en")
    #expect(document.skippedStages == ["dates", "entities", "actors", "quotes"])
    #expect(!document.tokens.isEmpty)
}
