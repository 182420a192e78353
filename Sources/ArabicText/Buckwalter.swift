/// Buckwalter transliteration, both directions.
///
/// The standard table (Buckwalter 2002) for the 36 letters, tatweel, the eight harakat, dagger alef
/// and alef wasla, extended with پ چ ڤ گ (`P J V G`). Every other character passes through unchanged,
/// so Arabic text round-trips losslessly (`fromArabic` then `toArabic` gives the input back) as long as
/// it has no Latin letters or Buckwalter symbols of its own.
///
/// ```swift
/// Buckwalter.fromArabic("كَتَبَ")   // "kataba"
/// Buckwalter.toArabic("kataba")    // "كَتَبَ"
/// ```
public enum Buckwalter {
    /// Arabic code point → Buckwalter character.
    static let pairs: [(UInt32, UInt8)] = [
        (0x0621, 0x27), (0x0622, 0x7C), (0x0623, 0x3E), (0x0624, 0x26), (0x0625, 0x3C), (0x0626, 0x7D),
        (0x0627, 0x41), (0x0628, 0x62), (0x0629, 0x70), (0x062A, 0x74), (0x062B, 0x76), (0x062C, 0x6A),
        (0x062D, 0x48), (0x062E, 0x78), (0x062F, 0x64), (0x0630, 0x2A), (0x0631, 0x72), (0x0632, 0x7A),
        (0x0633, 0x73), (0x0634, 0x24), (0x0635, 0x53), (0x0636, 0x44), (0x0637, 0x54), (0x0638, 0x5A),
        (0x0639, 0x45), (0x063A, 0x67), (0x0640, 0x5F), (0x0641, 0x66), (0x0642, 0x71), (0x0643, 0x6B),
        (0x0644, 0x6C), (0x0645, 0x6D), (0x0646, 0x6E), (0x0647, 0x68), (0x0648, 0x77), (0x0649, 0x59),
        (0x064A, 0x79), (0x064B, 0x46), (0x064C, 0x4E), (0x064D, 0x4B), (0x064E, 0x61), (0x064F, 0x75),
        (0x0650, 0x69), (0x0651, 0x7E), (0x0652, 0x6F), (0x0670, 0x60), (0x0671, 0x7B), (0x067E, 0x50),
        (0x0686, 0x4A), (0x06A4, 0x56), (0x06AF, 0x47),
    ]

    /// Indexed by `cp - 0x0600`; 0 where there is no Buckwalter character.
    static let forward: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x100)
        for (cp, b) in pairs { t[Int(cp - 0x0600)] = b }
        return t
    }()

    /// Indexed by ASCII byte; 0 where the byte is not a Buckwalter character.
    static let backward: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 128)
        for (cp, b) in pairs { t[Int(b)] = cp }
        return t
    }()

    /// Arabic script → Buckwalter.
    public static func fromArabic(_ text: String) -> String {
        var text = text
        return text.withUTF8 { p in
            var out: [UInt8] = []
            out.reserveCapacity(p.count)
            fromArabic(p, into: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Arabic script → Buckwalter, over bytes.
    public static func fromArabic(_ p: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var i = 0
        while i < p.count {
            let b = p[i]
            if b >= 0xD8 && b <= 0xDB && i + 1 < p.count && p[i + 1] & 0xC0 == 0x80 {
                let cp = UInt32(b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                let t = forward[Int(cp - 0x0600)]
                if t != 0 {
                    out.append(t)
                } else {
                    out.append(b)
                    out.append(p[i + 1])
                }
                i += 2
            } else {
                out.append(b)
                i += 1
            }
        }
    }

    /// Buckwalter → Arabic script.
    public static func toArabic(_ text: String) -> String {
        var text = text
        return text.withUTF8 { p in
            var out: [UInt8] = []
            out.reserveCapacity(p.count * 2)
            toArabic(p, into: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Buckwalter → Arabic script, over bytes.
    public static func toArabic(_ p: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        for b in p {
            if b < 0x80, case let cp = backward[Int(b)], cp != 0 {
                UTF8Scalar.append(cp, to: &out)
            } else {
                out.append(b)
            }
        }
    }
}
