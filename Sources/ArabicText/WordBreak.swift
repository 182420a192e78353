/// The character classes of UAX #29 word segmentation that tokenizers here use, plus the classes
/// Lucene's StandardTokenizer treats as tokens of their own (Han ideographs, Hiragana, complex-context
/// scripts such as Thai).
enum WordClass: UInt8 {
    case other = 0
    case aLetter = 1
    case hebrewLetter = 2
    case numeric = 3
    case katakana = 4
    case extendNumLet = 5
    case midLetter = 6
    case midNum = 7
    case midNumLet = 8
    case singleQuote = 9
    case doubleQuote = 10
    case extend = 11  // Extend and ZWJ
    case format = 12
    case regionalIndicator = 13
    case ideographic = 14
    case hiragana = 15
    case complexContext = 16
    case newline = 17
}

enum WordBreak {
    /// Classes of the ASCII range, per UAX #29.
    static let ascii: [WordClass] = {
        var t = [WordClass](repeating: .other, count: 128)
        for c in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(c)] = .aLetter }
        for c in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(c)] = .aLetter }
        for c in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(c)] = .numeric }
        t[Int(UInt8(ascii: "_"))] = .extendNumLet
        t[Int(UInt8(ascii: ":"))] = .midLetter
        t[Int(UInt8(ascii: ","))] = .midNum
        t[Int(UInt8(ascii: ";"))] = .midNum
        t[Int(UInt8(ascii: "."))] = .midNumLet
        t[Int(UInt8(ascii: "'"))] = .singleQuote
        t[Int(UInt8(ascii: "\""))] = .doubleQuote
        t[0x0A] = .newline
        t[0x0B] = .newline
        t[0x0C] = .newline
        t[0x0D] = .newline
        return t
    }()

    /// Classes of U+0600–U+06FF, the hot range for Arabic text.
    static let arabic: [WordClass] = (0x0600...0x06FF).map { lookup(UInt32($0)) }

    /// The class of any scalar.
    @inline(__always)
    static func wordClass(_ cp: UInt32) -> WordClass {
        if cp < 0x80 { return ascii[Int(cp)] }
        if cp >= 0x0600 && cp <= 0x06FF { return arabic[Int(cp - 0x0600)] }
        return lookup(cp)
    }

    /// Binary search in the generated range table.
    static func lookup(_ cp: UInt32) -> WordClass {
        let r = WordBreakData.ranges
        var lo = 0
        var hi = r.count / 3 - 1
        while lo <= hi {
            let mid = (lo + hi) >> 1
            let first = r[mid * 3], last = r[mid * 3 + 1]
            if cp < first {
                hi = mid - 1
            } else if cp > last {
                lo = mid + 1
            } else {
                return WordClass(rawValue: UInt8(r[mid * 3 + 2])) ?? .other
            }
        }
        return .other
    }
}
