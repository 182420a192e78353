/// T4: URLs, e-mail addresses, hashtags and mentions.
extension KhabarScanner {
    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// Whether the ASCII bytes at `i` are `s`, ignoring case.
    @inline(__always)
    static func matches(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= p.count else { return false }
        let q = s.utf8Start
        for k in 0..<n where lower(p[i + k]) != q[k] { return false }
        return true
    }

    /// A URL starting at `i` (which starts a letter), or nil.
    static func url(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let b = lower(p[i])
        guard b == UInt8(ascii: "h") || b == UInt8(ascii: "w") else { return nil }
        guard matches(p, i, "http://") || matches(p, i, "https://") || matches(p, i, "www.") else { return nil }
        if i > 0, p[i - 1] < 0x80, charClass(UInt32(p[i - 1])) == .letter { return nil }
        var j = i
        let n = p.count
        while j < n {
            let (cp, l) = decodeScalar(p, at: j)
            let c = charClass(cp)
            if c == .space || c == .control { break }
            if cp == 0x22 || cp == 0x3C || cp == 0x3E || cp == 0xAB || cp == 0xBB || cp == 0x201C || cp == 0x201D { break }
            j += l
        }
        // Trailing punctuation belongs to the sentence, not the address.
        while j > i {
            let b = p[j - 1]
            if b < 0x80, ".,;:!?)]}'".utf8.contains(b) {
                j -= 1
            } else if j - 2 > i, p[j - 2] == 0xD8, p[j - 1] == 0x8C || p[j - 1] == 0x9B || p[j - 1] == 0x9F {
                j -= 2  // ، ؛ ؟
            } else {
                break
            }
        }
        let minimal = matches(p, i, "www.") ? 5 : 9
        return j - i >= minimal ? j : nil
    }

    @inline(__always)
    static func isLocalPart(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (lower(b) >= 0x61 && lower(b) <= 0x7A) || b == 0x2E || b == 0x5F || b == 0x25
            || b == 0x2B || b == 0x2D
    }

    @inline(__always)
    static func isDomain(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (lower(b) >= 0x61 && lower(b) <= 0x7A) || b == 0x2D
    }

    /// An e-mail address starting at `i`, or nil.
    static func email(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let n = p.count
        var j = i
        while j < n && isLocalPart(p[j]) { j += 1 }
        guard j > i, j < n, p[j] == 0x40 else { return nil }
        var k = j + 1
        var dots = 0
        var labelStart = k
        while k < n {
            if isDomain(p[k]) {
                k += 1
            } else if p[k] == 0x2E, k > labelStart, k + 1 < n, isDomain(p[k + 1]) {
                dots += 1
                k += 1
                labelStart = k
            } else {
                break
            }
        }
        return dots > 0 && k > labelStart ? k : nil
    }

    /// A hashtag or mention starting at `i` (a `#` or `@` followed by a word), or nil.
    static func tagged(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ cp: UInt32) -> (Int, TokenKind)? {
        guard cp == 0x23 || cp == 0x40, i + 1 < p.count else { return nil }
        var j = i + 1
        while j < p.count {
            let (c, l) = decodeScalar(p, at: j)
            let k = charClass(c)
            let ok: Bool
            if cp == 0x40 {
                ok = c < 0x80 && (k == .letter || k == .digit || c == 0x5F)
            } else {
                ok = k == .letter || k == .arabicLetter || k == .digit || k == .mark || c == 0x5F
            }
            guard ok else { break }
            j += l
        }
        return j > i + 1 ? (j, cp == 0x23 ? .hashtag : .mention) : nil
    }
}
