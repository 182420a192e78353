import Testing
@testable import KhabarHTML

@Suite struct DateTests {
    @Test(arguments: [
        ("2020-06-03T03:01+0400", "2020-06-03T03:01+04:00"),
        ("2020-12-01 02:00:00", "2020-12-01T02:00:00"),
        ("2024-05-13T06:00:00Z", "2024-05-13T06:00:00Z"),
        ("2020-03-17T17:27:41.123Z", "2020-03-17T17:27:41Z"),
        ("2019/02/08", "2019-02-08"),
        ("٢٠٢٠-٠٣-١٧", "2020-03-17"),
        ("Wed, 24 Oct 2018 10:15:00 GMT", "2018-10-24T10:15:00Z"),
        ("Tue, 16 Mar 2021 10:00:00 +0200", "2021-03-16T10:00:00+02:00"),
    ])
    func machineDates(_ raw: String, _ iso: String) {
        #expect(ISODate.parse(raw) == iso)
    }

    @Test(arguments: ["2020-13-01", "2021-02-29", "yesterday", "", "1850-01-01"])
    func invalidMachineDates(_ raw: String) {
        #expect(ISODate.parse(raw) == nil)
    }

    @Test(arguments: [
        ("نشر في 12 يناير 2018 الساعة 10", "2018-01-12"),
        ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث", "2013-08-28"),
        ("٣ كانون الثاني ٢٠٢٠", "2020-01-03"),
        ("15 تشرين الأول 2019", "2019-10-15"),
        ("1 جانفي 2019", "2019-01-01"),
        ("في 4 يوليو/ تموز 2016", "2016-07-04"),
        ("5 أبريل 2021", "2021-04-05"),
        ("March 5, 2020", "2020-03-05"),
        ("تحديث 24/08/2020 09:23", "2020-08-24"),
        ("2020/8/24", "2020-08-24"),
    ])
    func arabicDateText(_ text: String, _ iso: String) {
        #expect(ArabicDateText.firstDate(in: text) == iso)
    }

    @Test(arguments: ["12 يناير", "يوليو/ أغسطس 2016", "32 مارس 2020", "العدد 2020"])
    func notDates(_ text: String) {
        #expect(ArabicDateText.firstDate(in: text) == nil)
    }

    @Test(arguments: [
        ("https://www.youm7.com/story/2020/8/24/title/4943459", "2020-08-24"),
        ("https://www.albayan.ae/across-the-uae/2020-06-03-1.3874341", "2020-06-03"),
        ("https://arabic.example.com/arab_world/202003171044893040-slug/", "2020-03-17"),
        ("http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html", nil),
        ("https://example.com/articles/6291787/slug", nil),
    ] as [(String, String?)])
    func urlDates(_ url: String, _ iso: String?) {
        #expect(DateFinder.fromURL(url) == iso)
    }

    @Test func dateFromTextAfterHeadline() throws {
        let html = "<html><body><h1>عنوان الخبر هنا</h1><div class='meta'>الثلاثاء 17 مارس 2020</div><p>نص الخبر الطويل الذي يكفي ليكون فقرة رئيسية في هذا الاختبار الصغير.</p></body></html>"
        let page = try HTMLExtractor().extract(Array(html.utf8))
        #expect(page.published == .init(value: "2020-03-17", source: "text"))
    }

    @Test func timeElementWithDatetime() throws {
        let html = "<html><body><h1>عنوان</h1><time datetime='2019-05-06T10:00:00Z'>منذ يومين</time><p>نص</p></body></html>"
        let page = try HTMLExtractor().extract(Array(html.utf8))
        #expect(page.published == .init(value: "2019-05-06T10:00:00Z", source: "time"))
    }
}

@Suite struct DateFurnitureTests {
    @Test func headerClockIsNotThePublicationDate() throws {
        let html = """
            <html><body><header><time datetime="2024-01-01">اليوم</time></header>
            <h1>عنوان</h1><div class="content"><p>نص الخبر، وهو طويل بما يكفي ليكون فقرة رئيسية في الصفحة، كما ترى.</p>
            <time datetime="2019-05-06">6 مايو 2019</time></div></body></html>
            """
        let page = try HTMLExtractor().extract(Array(html.utf8))
        #expect(page.published?.value == "2019-05-06")
    }
}
