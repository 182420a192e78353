/// Decodes `&amp; &lt; &gt; &quot; &apos;`, `&nbsp;` and numeric references (`&#1575;`, `&#x627;`)
/// over bytes; any other `&` is kept as written (the inputs are not well-formed). Ill-formed UTF-8
/// is replaced with U+FFFD.
enum XMLEntities {
    static func decode(_ p: UnsafeBufferPointer<UInt8>) -> String {
        guard p.contains(0x26) else { return String(decoding: p, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(p.count)
        var i = 0
        while i < p.count {
            let b = p[i]
            guard b == 0x26, let semi = (i + 1..<min(i + 12, p.count)).first(where: { p[$0] == 0x3B }) else {
                out.append(b)
                i += 1
                continue
            }
            let name = String(decoding: UnsafeBufferPointer(rebasing: p[(i + 1)..<semi]), as: UTF8.self)
            if let scalar = scalar(name) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i = semi + 1
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func scalar(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{00A0}"
        default: break
        }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, value != 0, let s = Unicode.Scalar(value) else { return nil }
        return s
    }
}
