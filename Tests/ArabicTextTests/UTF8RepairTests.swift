import Testing
@testable import ArabicText

struct UTF8RepairTests {
    @Test(arguments: [
        ("well-formed is unchanged", [0xD8, 0xA8, 0x41], [0xD8, 0xA8, 0x41], 0, nil),
        ("lone continuation byte", [0x41, 0x80, 0x42], [0x41, 0xEF, 0xBF, 0xBD, 0x42], 1, 1),
        ("truncated two-byte sequence", [0xD8], [0xEF, 0xBF, 0xBD], 1, 0),
        ("truncated three-byte sequence is one U+FFFD", [0xE2, 0x80, 0x41], [0xEF, 0xBF, 0xBD, 0x41], 1, 0),
        ("overlong encoding", [0xC0, 0xAF], [0xEF, 0xBF, 0xBD, 0xEF, 0xBF, 0xBD], 2, 0),
        ("surrogate", [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBD, 0xEF, 0xBF, 0xBD, 0xEF, 0xBF, 0xBD], 3, 0),
        ("invalid lead byte", [0xFF], [0xEF, 0xBF, 0xBD], 1, 0),
    ] as [(String, [UInt8], [UInt8], Int, Int?)])
    func repair(rule: String, input: [UInt8], expected: [UInt8], count: Int, first: Int?) {
        let r = UTF8Repair(input)
        #expect(r.bytes == expected, "\(rule)")
        #expect(r.replacements == count, "\(rule)")
        #expect(r.firstInvalidOffset == first, "\(rule)")
    }
}
