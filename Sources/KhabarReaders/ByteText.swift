/// Byte-level text helpers for the readers' hot paths (no `Character` iteration).
///
/// Lifetime rule: every function reads only inside the buffer it is given and keeps no pointer.
enum ByteText {
    /// ASCII whitespace (space, tab, LF, VT, FF, CR).
    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// The range of `r` without leading/trailing ASCII whitespace and no-break spaces (C2 A0).
    static func trimmed(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi {
            if isSpace(p[lo]) { lo += 1 } else if p[lo] == 0xC2, lo + 1 < hi, p[lo + 1] == 0xA0 { lo += 2 } else { break }
        }
        while hi > lo {
            if isSpace(p[hi - 1]) { hi -= 1 } else if p[hi - 1] == 0xA0, hi - 2 >= lo, p[hi - 2] == 0xC2 { hi -= 2 } else { break }
        }
        return lo..<hi
    }

    /// Non-empty trimmed lines of `r` (split on LF; CR trimmed as whitespace), as strings.
    static func lines(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> [String] {
        var out: [String] = []
        var start = r.lowerBound
        var i = r.lowerBound
        while i <= r.upperBound {
            if i == r.upperBound || p[i] == 0x0A {
                let t = trimmed(p, start..<i)
                if !t.isEmpty { out.append(string(p, t)) }
                start = i + 1
            }
            i += 1
        }
        return out
    }

    /// The text of `r` with every run of ASCII whitespace folded to one space, trimmed.
    static func folded(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        let t = trimmed(p, r)
        var needsFold = false
        var i = t.lowerBound
        while i < t.upperBound {
            if isSpace(p[i]) && (p[i] != 0x20 || (i + 1 < t.upperBound && isSpace(p[i + 1]))) {
                needsFold = true
                break
            }
            i += 1
        }
        guard needsFold else { return string(p, t) }
        var out: [UInt8] = []
        out.reserveCapacity(t.count)
        var lastSpace = false
        for j in t {
            if isSpace(p[j]) {
                if !lastSpace { out.append(0x20) }
                lastSpace = true
            } else {
                out.append(p[j])
                lastSpace = false
            }
        }
        return out.withUnsafeBufferPointer { XMLEntities.decode($0) }
    }

    /// The text of `r`, entities decoded.
    @inline(__always)
    static func string(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        XMLEntities.decode(UnsafeBufferPointer(rebasing: p[r]))
    }
}
