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

    /// The same tables as raw pointers, so hot loops read them without copy-on-write checks. Allocated
    /// once for the life of the process and never written after: safe to read from any thread.
    nonisolated(unsafe) static let asciiPointer: UnsafePointer<WordClass> = {
        let p = UnsafeMutablePointer<WordClass>.allocate(capacity: 128)
        p.initialize(from: ascii, count: 128)
        return UnsafePointer(p)
    }()

    nonisolated(unsafe) static let arabicPointer: UnsafePointer<WordClass> = {
        let p = UnsafeMutablePointer<WordClass>.allocate(capacity: 256)
        p.initialize(from: arabic, count: 256)
        return UnsafePointer(p)
    }()

    /// Both tables, fetched once per call of a hot loop (a static read costs a once-check each time).
    struct Tables {
        let ascii: UnsafePointer<WordClass>
        let arabic: UnsafePointer<WordClass>
        static var shared: Tables { Tables(ascii: asciiPointer, arabic: arabicPointer) }

        /// The class, byte length and code point of the scalar at byte `j` (ill-formed bytes read as U+FFFD).
        @inline(__always)
        func classAt(_ p: UnsafeBufferPointer<UInt8>, _ j: Int) -> (WordClass, Int, UInt32) {
            let b = p[j]
            if b < 0x80 { return (ascii[Int(b)], 1, UInt32(b)) }
            if b >= 0xD8 && b <= 0xDB && j + 1 < p.count {
                let b1 = p[j + 1]
                if b1 & 0xC0 == 0x80 {
                    let cp = UInt32(b & 0x1F) << 6 | UInt32(b1 & 0x3F)
                    return (arabic[Int(cp - 0x0600)], 2, cp)
                }
            }
            let (cp, l) = decodeScalar(p, at: j)
            return (lookup(cp), l, cp)
        }
    }

    /// The class, byte length and code point of the scalar at byte `j` (ill-formed bytes read as U+FFFD).
    @inline(__always)
    static func classAt(_ p: UnsafeBufferPointer<UInt8>, _ j: Int) -> (WordClass, Int, UInt32) {
        let b = p[j]
        if b < 0x80 { return (asciiPointer[Int(b)], 1, UInt32(b)) }
        if b >= 0xD8 && b <= 0xDB && j + 1 < p.count {
            let b1 = p[j + 1]
            if b1 & 0xC0 == 0x80 {
                let cp = UInt32(b & 0x1F) << 6 | UInt32(b1 & 0x3F)
                return (arabicPointer[Int(cp - 0x0600)], 2, cp)
            }
        }
        let (cp, l) = decodeScalar(p, at: j)
        return (lookup(cp), l, cp)
    }

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
