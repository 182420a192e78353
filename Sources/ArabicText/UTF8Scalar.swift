/// Small UTF-8 helpers for the byte loops of this module.
///
/// Lifetime rule: every function here reads only inside the buffer it is given, at the index it is
/// given, and never keeps a pointer.
enum UTF8Scalar {
    /// The length of the sequence a lead byte starts, or 0 for a continuation or invalid byte.
    @inline(__always)
    static func sequenceLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xC2 { return 0 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        if lead < 0xF5 { return 4 }
        return 0
    }

    /// Decodes the well-formed sequence of `length` bytes at `i`, or `nil` if it is not well-formed.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> UInt32? {
        switch length {
        case 1:
            return UInt32(p[i])
        case 2:
            let c1 = p[i + 1]
            guard c1 & 0xC0 == 0x80 else { return nil }
            return UInt32(p[i] & 0x1F) << 6 | UInt32(c1 & 0x3F)
        case 3:
            let c1 = p[i + 1], c2 = p[i + 2]
            guard c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80 else { return nil }
            let cp = UInt32(p[i] & 0x0F) << 12 | UInt32(c1 & 0x3F) << 6 | UInt32(c2 & 0x3F)
            guard cp >= 0x800, !(0xD800...0xDFFF).contains(cp) else { return nil }
            return cp
        case 4:
            let c1 = p[i + 1], c2 = p[i + 2], c3 = p[i + 3]
            guard c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80, c3 & 0xC0 == 0x80 else { return nil }
            let cp = UInt32(p[i] & 0x07) << 18 | UInt32(c1 & 0x3F) << 12 | UInt32(c2 & 0x3F) << 6 | UInt32(c3 & 0x3F)
            guard cp >= 0x10000, cp <= 0x10FFFF else { return nil }
            return cp
        default:
            return nil
        }
    }

    /// Appends the UTF-8 encoding of `cp`.
    @inline(__always)
    static func append(_ cp: UInt32, to out: inout [UInt8]) {
        if cp < 0x80 {
            out.append(UInt8(cp))
        } else if cp < 0x800 {
            out.append(UInt8(0xC0 | (cp >> 6)))
            out.append(UInt8(0x80 | (cp & 0x3F)))
        } else if cp < 0x10000 {
            out.append(UInt8(0xE0 | (cp >> 12)))
            out.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (cp & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (cp >> 18)))
            out.append(UInt8(0x80 | ((cp >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (cp & 0x3F)))
        }
    }

    /// The number of UTF-16 code units of a scalar (what Lucene's lengths count).
    @inline(__always)
    static func utf16Length(_ cp: UInt32) -> Int { cp >= 0x10000 ? 2 : 1 }
}
