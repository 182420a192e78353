import ArabicText

/// Stable article ids: the same article gets the same id on every run and machine.
///
/// `u` + 16 hex digits of FNV-1a 64 over the URL when there is one, otherwise `t` + the FNV-1a 64
/// of the text normalized with ``ArabicNormalizer`` (`.search`), so spelling variants of the same
/// text share an id.
public enum StableID {
    public static func id(url: String?, text: String) -> String {
        if let url, !url.isEmpty { return "u" + hex(fnv1a(url)) }
        return "t" + hex(fnv1a(ArabicNormalizer(.search).normalize(text)))
    }

    static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
