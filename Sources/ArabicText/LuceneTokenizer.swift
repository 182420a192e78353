/// Word boundaries of Lucene's `StandardTokenizer` (UAX #29 word segmentation, Lucene 8), over UTF-8.
///
/// Rules applied (UAX #29 numbering):
/// - WB4 Extend, Format and ZWJ attach to the character before them (Arabic harakat stay in the word)
/// - WB5 letter × letter; WB6/7 letter × (MidLetter | MidNumLet | ') × letter (`a.b`, `l'avion`)
/// - WB8–10 digits and letters join (`G20`, `عام2022`); WB11/12 digit (MidNum | MidNumLet | ') digit
///   (`1,000`, `3.5`, `١،٢`)
/// - WB13 Katakana runs; WB13a/b ExtendNumLet (`_`) joins letters, digits and Katakana
/// - every other boundary breaks; segments holding no letter or digit (spaces, punctuation) are dropped
/// - Han ideographs and Hiragana are one token per character; complex-context runs (Thai …) one token
/// - a token longer than 255 UTF-16 units is cut into pieces of 255, as Lucene does
///
/// - emoji (an emoji-presentation character, or an emoji followed by U+FE0F) with their modifiers,
///   variation selectors, keycaps, tags and ZWJ sequences are one token, as Lucene's `<EMOJI>`
public enum LuceneTokenizer {
    static let maxTokenLength = 255

    /// Calls `emit(start, end, firstClass)` with the byte range of each token, in order.
    @inline(__always)
    static func forEachToken(_ p: UnsafeBufferPointer<UInt8>, _ emit: (Int, Int, WordClass) -> Void) {
        let t = WordBreak.Tables.shared
        var i = 0
        while i < p.count { i = step(t, p, i, emit) }
    }

    /// Reads what starts at byte `i` — a token (emitted) or a character between tokens — and returns
    /// where the next one starts.
    @inline(__always)
    static func step(
        _ t: WordBreak.Tables, _ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ emit: (Int, Int, WordClass) -> Void
    ) -> Int {
        let n = p.count
        let (c, len, cp) = t.classAt(p, i)
        switch c {
        case .aLetter, .hebrewLetter, .numeric, .katakana, .extendNumLet:
            let (end, hasWordCharacter) = wordEnd(t, p, from: i + len, last: c)
            // A run of connector punctuation alone (`____`) is not a token.
            if c != .extendNumLet || hasWordCharacter { emitLimited(p, i, end, c, emit) }
            return end
        case .ideographic, .hiragana:
            let end = skipExtend(t, p, i + len)
            emit(i, end, c)
            return end
        case .complexContext:
            var j = skipExtend(t, p, i + len)
            while j < n {
                let (c2, l2, _) = t.classAt(p, j)
                guard c2 == .complexContext else { break }
                j = skipExtend(t, p, j + l2)
            }
            emitLimited(p, i, j, c, emit)
            return j
        default:
            if cp >= 0x80, c == .other, let end = emojiEnd(p, i, cp, len) {
                emit(i, end, .other)
                return end
            }
            return i + len
        }
    }

    /// WB4: skips Extend, Format and ZWJ.
    @inline(__always)
    static func skipExtend(_ t: WordBreak.Tables, _ p: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        var j = from
        while j < p.count {
            let (c, l, _) = t.classAt(p, j)
            guard c == .extend || c == .format else { return j }
            j += l
        }
        return j
    }

    @inline(__always)
    static func isAHLetter(_ c: WordClass) -> Bool { c == .aLetter || c == .hebrewLetter }

    /// The end of the word that started with class `start` and continues at `from` (WB4–WB13b), and
    /// whether it holds a letter or digit.
    @inline(__always)
    static func wordEnd(_ t: WordBreak.Tables, _ p: UnsafeBufferPointer<UInt8>, from: Int, last start: WordClass) -> (Int, Bool) {
        let n = p.count
        var last = start
        var word = start != .extendNumLet
        var j = from
        while j < n {
            // Fast path: Arabic letters and marks (U+0600–U+067F) after an Arabic letter.
            if last == .aLetter {
                while j + 1 < n {
                    let b = p[j], b1 = p[j + 1]
                    guard (b == 0xD8 || b == 0xD9) && b1 & 0xC0 == 0x80 else { break }
                    let c = t.arabic[(b == 0xD9 ? 64 : 0) + Int(b1 & 0x3F)]
                    guard c == .aLetter || c == .extend else { break }
                    j += 2
                }
                if j >= n { break }
            }
            let (c, l, _) = t.classAt(p, j)
            if c == last && c == .aLetter {
                j += l
                continue
            }
            if c == .extend || c == .format {
                j += l
                continue
            }
            if joins(last, c) {
                last = c
                word = word || c != .extendNumLet
                j += l
                continue
            }
            // WB6/7 and WB11/12: a middle character between two letters or two digits.
            let letterMid = isAHLetter(last) && (c == .midLetter || c == .midNumLet || c == .singleQuote)
            let numberMid = last == .numeric && (c == .midNum || c == .midNumLet || c == .singleQuote)
            if letterMid || numberMid {
                let k = skipExtend(t, p, j + l)
                if k < n {
                    let (c2, l2, _) = t.classAt(p, k)
                    if (letterMid && isAHLetter(c2)) || (numberMid && c2 == .numeric) {
                        last = c2
                        j = k + l2
                        continue
                    }
                }
            }
            break
        }
        return (j, word)
    }

    /// WB5, WB8–WB10, WB13–WB13b: the pairs that never break.
    @inline(__always)
    static func joins(_ a: WordClass, _ b: WordClass) -> Bool {
        switch (a, b) {
        case (.aLetter, .aLetter), (.aLetter, .hebrewLetter), (.hebrewLetter, .aLetter),
            (.hebrewLetter, .hebrewLetter):
            return true
        case (.numeric, .numeric), (.aLetter, .numeric), (.hebrewLetter, .numeric), (.numeric, .aLetter),
            (.numeric, .hebrewLetter):
            return true
        case (.katakana, .katakana):
            return true
        case (.aLetter, .extendNumLet), (.hebrewLetter, .extendNumLet), (.numeric, .extendNumLet),
            (.katakana, .extendNumLet), (.extendNumLet, .extendNumLet):
            return true
        case (.extendNumLet, .aLetter), (.extendNumLet, .hebrewLetter), (.extendNumLet, .numeric),
            (.extendNumLet, .katakana):
            return true
        default:
            return false
        }
    }

    /// Emits `[start, end)`, cut into pieces of at most 255 UTF-16 units.
    @inline(__always)
    static func emitLimited(
        _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ c: WordClass,
        _ emit: (Int, Int, WordClass) -> Void
    ) {
        // Fast path: 255 UTF-16 units need at least 255 bytes.
        if end - start <= maxTokenLength {
            emit(start, end, c)
            return
        }
        var s = start
        var units = 0
        var j = start
        while j < end {
            let (cp, l) = decodeScalar(p, at: j)
            let u = UTF8Scalar.utf16Length(cp)
            if units + u > maxTokenLength {
                emit(s, j, c)
                s = j
                units = 0
            }
            units += u
            j += l
        }
        if s < end { emit(s, end, c) }
    }

    /// The end of an emoji sequence starting at `i`, or nil if `cp` does not start one.
    static func emojiEnd(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ cp: UInt32, _ len: Int) -> Int? {
        guard let s = Unicode.Scalar(cp), s.properties.isEmoji else { return nil }
        var j = i + len
        let presentation = s.properties.isEmojiPresentation
        if !presentation {
            guard j < p.count, decodeScalar(p, at: j).cp == 0xFE0F else { return nil }
        }
        let regional = cp >= 0x1F1E6 && cp <= 0x1F1FF
        if regional, j < p.count, case let (c2, l2) = decodeScalar(p, at: j), c2 >= 0x1F1E6 && c2 <= 0x1F1FF {
            j += l2
        }
        while j < p.count {
            let (c, l) = decodeScalar(p, at: j)
            switch c {
            case 0xFE0F, 0x20E3, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F:
                j += l
            case 0x200D:
                guard j + l < p.count, case let (c2, l2) = decodeScalar(p, at: j + l),
                    let s2 = Unicode.Scalar(c2), s2.properties.isEmoji
                else { return j }
                j += l + l2
            default:
                return j
            }
        }
        return j
    }
}

extension LuceneTokenizer {
    /// The byte ranges of `StandardTokenizer`'s tokens (for benchmarks and callers that want no kinds).
    public static func forEachTokenRange(_ p: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        forEachToken(p) { s, e, _ in body(s..<e) }
    }
}
