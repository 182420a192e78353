/// Joins an article's pieces into one text, one block per line, recording scalar ranges.
///
/// Rules: each piece is trimmed of surrounding ASCII whitespace and no-break spaces; CR, LF, tab,
/// VT, FF and the line separators U+0085, U+2028, U+2029 inside it become a space; empty pieces are
/// dropped; blocks are joined by a single `"\n"`. Pieces are copied as bytes; the scalar offsets of
/// the whole text are computed in one pass at the end.
struct DocumentTextBuilder {
    private var bytes: [UInt8] = []
    private var byteBlocks: [(kind: TextBlock.Kind, range: Range<Int>, section: Int?)] = []
    private var hasLineSeparators = false

    init(reservingBytes capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ piece: String, kind: TextBlock.Kind, section: Int?) {
        var piece = piece
        piece.withUTF8 { p in
            var lo = 0, hi = p.count
            while lo < hi, Self.isTrimmable(p, lo) { lo += p[lo] == 0xC2 ? 2 : 1 }
            while hi > lo, Self.isTrimmableEnd(p, hi) { hi -= p[hi - 1] == 0xA0 ? 2 : 1 }
            guard lo < hi else { return }
            if !byteBlocks.isEmpty { bytes.append(0x0A) }
            let base = bytes.count
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[lo..<hi]))
            bytes.withUnsafeMutableBufferPointer { out in
                for i in base..<out.count {
                    let b = out[i]
                    if b < 0x20 {
                        if b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0B || b == 0x0C { out[i] = 0x20 }
                    } else if b == 0x85, i > base, out[i - 1] == 0xC2 {
                        hasLineSeparators = true
                    } else if b == 0xA8 || b == 0xA9, i > base + 1, out[i - 1] == 0x80, out[i - 2] == 0xE2 {
                        hasLineSeparators = true
                    }
                }
            }
            if hasLineSeparators { foldLineSeparators(from: base) }
            byteBlocks.append((kind, base..<bytes.count, section))
        }
    }

    /// Replaces U+0085 (C2 85), U+2028 and U+2029 (E2 80 A8/A9) after `base` by one space each.
    private mutating func foldLineSeparators(from base: Int) {
        hasLineSeparators = false
        var out: [UInt8] = []
        var k = base
        let end = bytes.count
        while k < end {
            let b = bytes[k]
            if b == 0xC2, k + 1 < end, bytes[k + 1] == 0x85 {
                out.append(0x20)
                k += 2
            } else if b == 0xE2, k + 2 < end, bytes[k + 1] == 0x80, bytes[k + 2] == 0xA8 || bytes[k + 2] == 0xA9 {
                out.append(0x20)
                k += 3
            } else {
                out.append(b)
                k += 1
            }
        }
        bytes.replaceSubrange(base..<end, with: out)
    }

    func finish() -> (text: String, blocks: [TextBlock], utf8Offsets: [Int32]) {
        let n = bytes.count
        var scalars = 0
        let offsets = [Int32](unsafeUninitializedCapacity: n + 1) { out, count in
            bytes.withUnsafeBufferPointer { p in
                for i in 0..<n where p[i] & 0xC0 != 0x80 {
                    out[scalars] = Int32(i)
                    scalars += 1
                }
            }
            out[scalars] = Int32(n)
            count = scalars + 1
        }
        // Block boundaries are scalar starts: find their scalar indices by binary search.
        func scalarIndex(ofByte byte: Int) -> Int {
            var lo = 0, hi = offsets.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if Int(offsets[mid]) < byte { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let blocks = byteBlocks.map {
            TextBlock(kind: $0.kind, start: scalarIndex(ofByte: $0.range.lowerBound),
                      end: scalarIndex(ofByte: $0.range.upperBound), section: $0.section)
        }
        return (String(decoding: bytes, as: UTF8.self), blocks, offsets)
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
}
