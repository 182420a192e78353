import Foundation
import Testing

@testable import KhabarCore

let sample = Article(
    source: "نشرة", title: "  عنوان\nالخبر ", lede: "مقدمة 😀 قصيرة",
    sections: [
        ArticleSection(paragraphs: ["فقرة أولى، فيها «اقتباس».", ""]),
        ArticleSection(heading: "عنوان فرعي", paragraphs: ["فقرة ثانية وصل أمس."]),
    ])

@Test func textJoinsBlocksOnePerLine() {
    let d = Document(article: sample)
    #expect(d.text == "عنوان الخبر\nمقدمة 😀 قصيرة\nفقرة أولى، فيها «اقتباس».\nعنوان فرعي\nفقرة ثانية وصل أمس.")
    #expect(d.blocks.map(\.kind) == [.title, .lede, .paragraph, .heading, .paragraph])
    #expect(d.blocks.map(\.section) == [nil, nil, 0, 1, 1])
    #expect(d.scalarCount == d.text.unicodeScalars.count)
}

@Test func everySpanSlicesToItsText() throws {
    var article = sample
    article.published = Date(timeIntervalSince1970: 1_741_564_800)  // 2025-03-10
    let d = try Pipeline.standard.analyze(article)
    let scalars = Array(d.text.unicodeScalars)
    func cut(_ s: Int, _ e: Int) -> String { String(String.UnicodeScalarView(scalars[s..<e])) }
    for b in d.blocks { #expect(d.slice(b.start, b.end) == cut(b.start, b.end)) }
    for t in d.tokens { #expect(t.text(in: d.text) == cut(t.scalarRange.lowerBound, t.scalarRange.upperBound)) }
    #expect(d.dates.map(\.text) == ["أمس"])
    for m in d.dates { #expect(cut(m.start, m.end) == m.text) }
    #expect(d.sentences.count == 5)
}

@Test func jsonOutputFollowsTheContract() throws {
    var article = sample
    article.url = "https://example.org/a"
    let d = try Pipeline.standard.analyze(article)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(AnalysisJSON.encode(d))) as? [String: Any])
    #expect(object["schema"] as? String == "khabar.analysis/1")
    #expect(object["id"] as? String == StableID.id(url: "https://example.org/a", text: ""))
    #expect(object["text"] as? String == d.text)
    for key in ["title", "lede", "tags", "source", "url", "published", "entities", "actors", "quotes", "events"] {
        #expect(object.keys.contains(key), "missing \(key)")
    }
    let text = Array(d.text.unicodeScalars)
    for case let s as [String: Any] in object["tokens"] as? [Any] ?? [] {
        let start = try #require(s["start"] as? Int), end = try #require(s["end"] as? Int)
        #expect(start < end && end <= text.count)
    }
}

@Test func stableIDsDependOnURLOrNormalizedText() {
    #expect(StableID.id(url: "https://a", text: "x") == StableID.id(url: "https://a", text: "y"))
    #expect(StableID.id(url: nil, text: "إلى") == StableID.id(url: nil, text: "الى"))
    #expect(StableID.id(url: nil, text: "خبر") != StableID.id(url: nil, text: "خبر آخر"))
    #expect(StableID.id(url: nil, text: "").count == 17)
}

@Test(arguments: [
    ("قال الوزير إن المفاوضات ستستأنف الأسبوع المقبل", "ar"),
    ("The minister said that talks will resume next week in the capital", "en"),
    ("وزیر اعظم نے کہا کہ مذاکرات اگلے ہفتے دوبارہ شروع ہوں گے", "ur"),
    ("وزیر گفت که مذاکرات هفته آینده از سر گرفته می‌شود", "fa"),
    ("12 34", "und"),
])
func detectsLanguage(_ text: String, _ language: String) {
    #expect(LanguageDetectionStage.detect(text) == language)
}

@Test(arguments: [
    ("a\"b\\c\nd\u{01}", #""a\"b\\c\nd\u0001""#),
    ("عربي", "\"عربي\""),
])
func jsonStringsAreEscaped(_ input: String, _ expected: String) {
    var w = JSONWriter()
    w.string(input)
    #expect(String(decoding: w.bytes, as: UTF8.self) == expected)
}

@Test func jsonWriterPlacesCommas() {
    var w = JSONWriter()
    w.beginObject()
    w.field("a", 1)
    w.key("b")
    w.beginArray()
    w.int(1)
    w.null()
    w.beginObject()
    w.endObject()
    w.endArray()
    w.field("c", nil as String?)
    w.endObject()
    #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"a":1,"b":[1,null,{}],"c":null}"#)
}

/// A stage that records it ran, to check the pipeline's language gate.
struct RecordingStage: PipelineStage {
    let name = "recording"
    let languages: Set<String>? = ["ar"]
    func annotate(_ document: inout Document) throws { document.article.tags.append("ran") }
}

@Test func arabicOnlyStagesAreSkippedForOtherLanguages() throws {
    let pipeline = Pipeline(stages: [LanguageDetectionStage(), RecordingStage()])
    let english = try pipeline.analyze(Article(title: "The council approved the budget for the year"))
    #expect(english.skippedStages == ["recording"])
    #expect(english.article.tags.isEmpty)
    let arabic = try pipeline.analyze(Article(title: "وافق المجلس على الموازنة العامة للعام المقبل"))
    #expect(arabic.article.tags == ["ran"])
}

@Test(arguments: [
    ("a\u{2028}b", "a b"),
    ("a\u{0085}b\u{2029}c", "a b c"),
    ("a\tb\r\nc", "a b  c"),
    ("\u{00A0} عنوان \u{00A0}", "عنوان"),
])
func lineBreaksInsideABlockBecomeSpaces(_ input: String, _ expected: String) {
    let d = Document(article: Article(title: input, sections: [ArticleSection(paragraphs: ["نص"])]))
    #expect(d.text == expected + "\nنص")
    #expect(d.slice(0, d.blocks[0].end) == expected)
    #expect(d.slice(d.blocks[1].start, d.blocks[1].end) == "نص")
}

@Test func tokenLayerIsOptionalInTheOutput() throws {
    let d = try Pipeline.standard.analyze(sample)
    let with = try #require(try JSONSerialization.jsonObject(with: Data(AnalysisJSON.encode(d))) as? [String: Any])
    let without = try #require(
        try JSONSerialization.jsonObject(with: Data(AnalysisJSON.encode(d, tokens: false))) as? [String: Any])
    #expect((with["tokens"] as? [Any])?.count == d.tokens.count)
    #expect(without["tokens"] == nil)
    #expect(without["sentences"] != nil)
}
