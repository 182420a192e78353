/// One byte per letter of the transliteration model: `^` (before the word) 1, `$` (after it) 2, and
/// a plain Arabic letter U+0621–U+06FF (no combining mark, no prepended mark) its offset from
/// U+0621 plus 3. ``unknown`` stands for any other character and matches no model window.
enum LetterCode {
    static let start: UInt8 = 1, end: UInt8 = 2, unknown: UInt8 = 255
    static let alef = code(0xD8, 0xA7)!, lam = code(0xD9, 0x84)!

    /// A plain letter: U+0621–U+064A, U+066E–U+066F, U+0671–U+06D3, U+06D5, U+06EE–U+06FF
    /// (the marks U+064B–U+065F, U+0670, U+06D6–U+06ED and the digits and signs are left out).
    static func code(scalar v: UInt32) -> UInt8? {
        let plain = (0x0621...0x064A).contains(v) || (0x066E...0x066F).contains(v) || (0x0671...0x06D3).contains(v)
            || v == 0x06D5 || (0x06EE...0x06FF).contains(v)
        return plain ? UInt8(v - 0x0621 + 3) : nil
    }

    /// The code of a two-byte scalar, or nil when it is not a plain letter.
    @inline(__always)
    static func code(_ b0: UInt8, _ b1: UInt8) -> UInt8? {
        guard b0 >= 0xD8, b0 <= 0xDB, b1 & 0xC0 == 0x80 else { return nil }
        return code(scalar: UInt32(b0 & 0x1F) << 6 | UInt32(b1 & 0x3F))
    }

    /// One code per scalar when every scalar is a plain letter (then scalars are characters), else nil.
    static func codes<C: RandomAccessCollection>(_ s: C) -> [UInt8]? where C.Element == UInt8, C.Index == Int {
        var out: [UInt8] = []
        out.reserveCapacity(s.count / 2)
        var i = s.startIndex
        while i < s.endIndex {
            guard i + 1 < s.endIndex, let c = code(s[i], s[i + 1]) else { return nil }
            out.append(c)
            i += 2
        }
        return out
    }

    /// One code per character of `s`: a single plain letter has its code, any other cluster ``unknown``.
    static func characterCodes(_ s: String) -> [UInt8] {
        s.map { ch in
            let sc = ch.unicodeScalars
            guard sc.count == 1, let c = code(scalar: sc.first!.value) else { return unknown }
            return c
        }
    }
}

/// A context window of the model with its back-off kind, packed into 64 bits: the kind (1–7) in
/// the top byte, then the window's letter codes, first letter highest. Kinds are the model's
/// `1 L R 3 4L 4R 5` (windows of 1, 2, 2, 3, 4, 4 and 5 letters), so the packing is one-to-one.
enum ContextKey {
    static let kinds: [[UInt8]] = ["1", "L", "R", "3", "4L", "4R", "5"].map { Array($0.utf8) }
    static let lengths = [1, 2, 2, 3, 4, 4, 5]

    @inline(__always)
    static func key(_ kind: UInt64, _ window: UInt64) -> UInt64 { kind << 56 | window }

    /// The model line's kind and window (`^`, `$`, letters) as a key; nil when malformed.
    static func parse(kind: ArraySlice<UInt8>, window: ArraySlice<UInt8>) -> UInt64? {
        guard let k = kinds.firstIndex(where: { $0.elementsEqual(kind) }) else { return nil }
        var packed: UInt64 = 0, n = 0
        var i = window.startIndex
        while i < window.endIndex {
            let c: UInt8
            if window[i] == UInt8(ascii: "^") { c = LetterCode.start; i += 1 }
            else if window[i] == UInt8(ascii: "$") { c = LetterCode.end; i += 1 }
            else {
                guard i + 1 < window.endIndex, let l = LetterCode.code(window[i], window[i + 1]) else { return nil }
                c = l; i += 2
            }
            packed = packed << 8 | UInt64(c); n += 1
        }
        guard n == lengths[k] else { return nil }
        return key(UInt64(k + 1), packed)
    }
}
