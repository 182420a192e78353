/// Joins an article's pieces into one text, one block per line, recording scalar ranges.
///
/// Rules: each piece is trimmed of surrounding whitespace; CR, LF, tab and other line breaks
/// (U+0085, U+2028, U+2029) inside it become a space; empty pieces are dropped; blocks are joined
/// by a single `"\n"`. One pass over the UTF-8 bytes of each piece.
struct DocumentTextBuilder {
    private var bytes: [UInt8] = []
    private var offsets: [Int32] = []
    private var blocks: [TextBlock] = []
    private var scalars = 0

    init(reservingBytes capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        offsets.reserveCapacity(capacity)
    }

    mutating func append(_ piece: String, kind: TextBlock.Kind, section: Int?) {
        var piece = piece
        piece.withUTF8 { p in
            // Trim ASCII whitespace and NBSP at both ends.
            var lo = 0, hi = p.count
            while lo < hi, Self.isTrimmable(p, lo) { lo += Self.width(p[lo]) }
            while hi > lo, Self.isTrimmableEnd(p, hi) { hi -= Self.endWidth(p, hi) }
            guard lo < hi else { return }
            if !blocks.isEmpty {
                offsets.append(Int32(bytes.count))
                bytes.append(0x0A)
                scalars += 1
            }
            let start = scalars
            let base = bytes.count
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[lo..<hi]))
            var i = lo
            var needsRewrite = false
            while i < hi {
                let b = p[i]
                offsets.append(Int32(base + i - lo))
                if b < 0x20 {
                    if b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0B || b == 0x0C { bytes[base + i - lo] = 0x20 }
                } else if b == 0xC2 && i + 1 < hi && p[i + 1] == 0x85 {
                    needsRewrite = true
                } else if b == 0xE2 && i + 2 < hi && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9) {
                    needsRewrite = true
                }
                scalars += 1
                i += Self.width(b)
            }
            if needsRewrite { rewriteLineSeparators(from: base, firstScalar: start) }
            blocks.append(TextBlock(kind: kind, start: start, end: scalars, section: section))
        }
    }

    /// Replaces U+0085, U+2028 and U+2029 (2–3 bytes) after `base` by one space each and
    /// recomputes the offsets of the scalars from `firstScalar` on. Rare: only text that has them.
    private mutating func rewriteLineSeparators(from base: Int, firstScalar: Int) {
        var out: [UInt8] = []
        var k = base
        let end = bytes.count
        var scalar = firstScalar
        while k < end {
            let b = bytes[k]
            let w = Self.width(b)
            offsets[scalar] = Int32(base + out.count)
            if (b == 0xC2 && k + 1 < end && bytes[k + 1] == 0x85)
                || (b == 0xE2 && k + 2 < end && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9))
            {
                out.append(0x20)
            } else {
                out.append(contentsOf: bytes[k..<min(k + w, end)])
            }
            scalar += 1
            k += w
        }
        bytes.replaceSubrange(base..<end, with: out)
    }

    mutating func finish() -> (text: String, blocks: [TextBlock], utf8Offsets: [Int32]) {
        offsets.append(Int32(bytes.count))
        return (String(decoding: bytes, as: UTF8.self), blocks, offsets)
    }

    @inline(__always)
    static func width(_ lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    static func isTrimmable(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = p[i]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return true }
        return b == 0xC2 && i + 1 < p.count && p[i + 1] == 0xA0
    }

    static func isTrimmableEnd(_ p: UnsafeBufferPointer<UInt8>, _ hi: Int) -> Bool {
        let b = p[hi - 1]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return true }
        return b == 0xA0 && hi >= 2 && p[hi - 2] == 0xC2
    }

    static func endWidth(_ p: UnsafeBufferPointer<UInt8>, _ hi: Int) -> Int {
        p[hi - 1] == 0xA0 ? 2 : 1
    }
}
