/// Substring search over bytes (first-byte scan, then compare), ASCII case-insensitive on request.
///
/// Lifetime rule: reads only inside the buffer it is given and keeps no pointer.
enum ByteSearch {
    static func find(
        _ p: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from: Int, to: Int? = nil, caseInsensitive: Bool = false
    ) -> Int? {
        let end = min(to ?? p.count, p.count)
        let m = needle.count
        guard m > 0, from >= 0, end - from >= m else { return nil }
        let first = caseInsensitive ? lower(needle[0]) : needle[0]
        var i = from
        let last = end - m
        while i <= last {
            let b = caseInsensitive ? lower(p[i]) : p[i]
            if b == first {
                var k = 1
                while k < m {
                    let x = caseInsensitive ? lower(p[i + k]) : p[i + k]
                    let y = caseInsensitive ? lower(needle[k]) : needle[k]
                    if x != y { break }
                    k += 1
                }
                if k == m { return i }
            }
            i += 1
        }
        return nil
    }

    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// The offset of `<NAME>` (or `</NAME>` when `closing`), the name matched ASCII
    /// case-insensitively (`name` is given in upper case).
    static func findTag(
        _ p: UnsafeBufferPointer<UInt8>, _ name: UnsafeBufferPointer<UInt8>, closing: Bool, from: Int, to: Int
    ) -> Int? {
        let end = min(to, p.count)
        let prefix = closing ? 2 : 1
        let m = name.count + prefix + 1
        var i = from
        while i + m <= end {
            if p[i] == 0x3C, !closing || p[i + 1] == 0x2F, p[i + m - 1] == 0x3E {
                var k = 0
                while k < name.count, p[i + prefix + k] & 0xDF == name[k] { k += 1 }
                if k == name.count { return i }
            }
            i += 1
        }
        return nil
    }
}
