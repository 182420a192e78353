/// The byte scanner behind ``ArabicTokenizer``'s `khabar` mode (rules T1–T6 there).
enum KhabarScanner {
    /// What a scalar can be, for the scanner.
    enum CharClass: UInt8 {
        case space, control, arabicLetter, mark, letter, digit, punctuation, symbol
    }

    /// Classes of U+0000–U+06FF (ASCII, Latin-1, Latin Extended, Arabic), computed once and never
    /// written after (safe to read from any thread). Hot loops fetch the pointer once per call: each
    /// read of a static costs a once-check.
    nonisolated(unsafe) static let low: UnsafePointer<CharClass> = {
        let table = (0..<0x0700).map { classify(UInt32($0)) }
        let p = UnsafeMutablePointer<CharClass>.allocate(capacity: table.count)
        p.initialize(from: table, count: table.count)
        return UnsafePointer(p)
    }()

    @inline(__always)
    static func charClass(_ cp: UInt32) -> CharClass {
        cp < 0x0700 ? low[Int(cp)] : classify(cp)
    }

    @inline(__always)
    static func charClass(_ cp: UInt32, _ low: UnsafePointer<CharClass>) -> CharClass {
        cp < 0x0700 ? low[Int(cp)] : classify(cp)
    }

    static func classify(_ cp: UInt32) -> CharClass {
        if CodePoint.isInvisibleControl(cp) { return .control }
        if CodePoint.isArabicLetter(cp) { return .arabicLetter }
        if CodePoint.isArabicMark(cp) { return .mark }
        guard let s = Unicode.Scalar(cp) else { return .symbol }
        let p = s.properties
        if p.isWhitespace || cp == 0x85 { return .space }
        switch p.generalCategory {
        case .decimalNumber: return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .format: return .control
        case .control: return .space
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return .letter
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        default: return .symbol
        }
    }

    @inline(__always)
    static func isLatin(_ cp: UInt32) -> Bool {
        (cp >= 0x41 && cp <= 0x5A) || (cp >= 0x61 && cp <= 0x7A) || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
            || (cp >= 0x1E00 && cp <= 0x1EFF)
    }

    @inline(__always)
    static func isPerCharacterScript(_ cp: UInt32) -> Bool {
        let c = WordBreak.wordClass(cp)
        return c == .ideographic || c == .hiragana
    }

    /// Calls `emit(start, end, kind)` for each token, in order.
    static func forEachToken(_ p: UnsafeBufferPointer<UInt8>, _ emit: (Int, Int, TokenKind) -> Void) {
        let n = p.count
        let low = Self.low
        var i = 0
        while i < n {
            let b = p[i]
            if b == 0x20 || b == 0x0A {
                i += 1
                continue
            }
            let (cp, len) = decodeScalar(p, at: i)
            switch charClass(cp, low) {
            case .space, .control, .mark:
                i += len  // a mark with no word before it is dropped with the space it follows
            case .arabicLetter:
                let e = arabicWordEnd(p, i + len, low)
                emit(i, e, .arabicWord)
                i = e
            case .letter:
                if let e = email(p, i) {
                    emit(i, e, .email)
                    i = e
                } else if let e = url(p, i) {
                    emit(i, e, .url)
                    i = e
                } else if isPerCharacterScript(cp) {
                    let e = skipMarks(p, i + len)
                    emit(i, e, .otherWord)
                    i = e
                } else {
                    let e = letterWordEnd(p, i + len)
                    emit(i, e, isLatin(cp) ? .latinWord : .otherWord)
                    i = e
                }
            case .digit:
                if let e = email(p, i) {
                    emit(i, e, .email)
                    i = e
                } else {
                    let e = numberEnd(p, i + len)
                    emit(i, e, .number)
                    i = e
                }
            case .punctuation, .symbol:
                if let (e, kind) = tagged(p, i, cp) {
                    emit(i, e, kind)
                    i = e
                } else if cp == 0x2E, i + 1 < n, p[i + 1] == 0x2E {
                    var e = i + 1
                    while e < n && p[e] == 0x2E { e += 1 }
                    emit(i, e, .punctuation)
                    i = e
                } else {
                    let e = skipMarks(p, i + len)
                    emit(i, e, charClass(cp) == .punctuation ? .punctuation : .symbol)
                    i = e
                }
            }
        }
    }

    /// Skips marks and joiners after a character.
    @inline(__always)
    static func skipMarks(_ p: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        var j = from
        while j < p.count, p[j] >= 0x80 {
            let (cp, l) = decodeScalar(p, at: j)
            let c = charClass(cp)
            guard c == .mark || cp == 0x200C || cp == 0x200D else { break }
            j += l
        }
        return j
    }

    /// T1: the end of an Arabic word.
    @inline(__always)
    static func arabicWordEnd(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ low: UnsafePointer<CharClass>) -> Int {
        var j = from
        let n = p.count
        while j < n {
            let b = p[j]
            if b >= 0xD8 && b <= 0xDB && j + 1 < n {
                let cp = UInt32(b & 0x1F) << 6 | UInt32(p[j + 1] & 0x3F)
                let c = low[Int(cp)]
                if c == .arabicLetter || c == .mark {
                    j += 2
                    continue
                }
                return j
            }
            if b < 0x80 { return j }
            let (cp, l) = decodeScalar(p, at: j)
            let c = charClass(cp)
            guard c == .arabicLetter || c == .mark || cp == 0x200C || cp == 0x200D else { return j }
            j += l
        }
        return j
    }

    /// T2: the end of a word of letters (Latin or another script), with digits and an internal apostrophe.
    @inline(__always)
    static func letterWordEnd(_ p: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        var j = from
        let n = p.count
        while j < n {
            let (cp, l) = decodeScalar(p, at: j)
            let c = charClass(cp)
            if (c == .letter && !isPerCharacterScript(cp)) || c == .mark || c == .digit {
                j += l
                continue
            }
            if cp == 0x27 || cp == 0x2019, j + l < n {
                let (cp2, _) = decodeScalar(p, at: j + l)
                if charClass(cp2) == .letter && !isPerCharacterScript(cp2) {
                    j += l
                    continue
                }
            }
            break
        }
        return j
    }

    @inline(__always)
    static func isDigit(_ p: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        guard j < p.count else { return false }
        let b = p[j]
        if b >= 0x30 && b <= 0x39 { return true }
        if b < 0x80 { return false }
        let (cp, _) = decodeScalar(p, at: j)
        return charClass(cp) == .digit
    }

    /// T3: the end of a number: digits, separators between digits, a trailing percent sign.
    @inline(__always)
    static func numberEnd(_ p: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        var j = from
        let n = p.count
        while j < n {
            let (cp, l) = decodeScalar(p, at: j)
            if charClass(cp) == .digit {
                j += l
                continue
            }
            if cp == 0x2E || cp == 0x2C || cp == CodePoint.arabicDecimalSeparator || cp == CodePoint.arabicThousandsSeparator,
                isDigit(p, j + l)
            {
                j += l
                continue
            }
            if cp == 0x25 || cp == CodePoint.arabicPercentSign {
                j += l
            }
            break
        }
        return j
    }
}
