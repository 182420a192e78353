import Foundation
import Testing

@testable import KhabarCore

/// The byte fast path answers only where it gives what the general RFC 822 path gives.
@Test func fastRFC822AgreesWithTheGeneralPath() {
    let texts = [
        "Wed, 02 May 2018 09:23:58 +0400", "Sun, 15 Jul 2018 21:56:56 GMT", "15 Jul 2018 21:56 -0530",
        "Sun, 15 JUL 18 21:56:56 pdt", "Sun, 15 Jul 75 21:56:56", "Sun,15 Jul 2018 21:56:56 +04:00",
        "Sun, 32 Jul 2018 21:56:56 +0400", "Sun, 15 Jul 2018 24:56:56 +0400", "Sun, 15 Jul 2018 21:60 +0400",
        "Sun, 15 Jul 2018 21::56 +0400", "Sun, 15 Jul 2018 21:x:56 +0400", "Sun, +15 Jul 2018 21:56:56 +0400",
        "+15 Jul 2018 21:56:56", "1234567890 15 Jul 2018 21:56", "12345678901 Jul 2018 21:56",
        "Sun, 15 Ju 2018 21:56:56", "Sun, 15 Julio 2018 21:56:56 +0400 extra", "Sun, 15 Jul 2018 21:56:56 +04a0",
        "Sun, 15 Jul 2018 21:56:56 ++400", " Sun, 15 Jul 2018 21:56:56 +0400", "Sun, 15 Jul 2018 21:56:56 +0400\n",
        "Sun,\t15 Jul 2018 21:56:56", "Sun, 15 Jul -2018 21:56:56", "Sun, 15 Jul 2018 -1:56:56", "2018-07-15T21:56:56Z",
        "1531691816", "الأحد، 15 يوليو 2018", "Sun, 0 Jul 2018 21:56:56", "Sun, 15 Jul 2018 21:56:56:07 UT",
        "Sun, 15 Jul 2018", "", ",,,", "Sun 15 Jul 2018 7:5:3 z",
    ]
    for text in texts {
        let general = PublicationDateParser.rfc822(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if let fast = FastRFC822.parse(text) {
            #expect(fast.date == general?.date && fast.utcOffset == general?.utcOffset, "\(text)")
        }
    }
    let canonical = try? #require(FastRFC822.parse("Wed, 02 May 2018 09:23:58 +0400"))
    #expect(canonical?.utcOffset == 14_400)
    #expect(canonical?.date == Date(timeIntervalSince1970: 1_525_238_638))
}
