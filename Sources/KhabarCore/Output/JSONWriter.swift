/// A small, fast JSON writer over UTF-8 bytes: objects and arrays are written in call order, so the
/// output's field order is the order the code writes (the contract's order), and escaping is one
/// byte loop (`"` `\` and controls below U+0020 escaped; everything else written as UTF-8).
public struct JSONWriter {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    /// Per open container: has it got an element yet.
    private var nonEmpty: [Bool] = []
    private var afterKey = false

    public init(reserving capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func beginObject() { value(); bytes.append(0x7B); nonEmpty.append(false) }
    public mutating func endObject() { bytes.append(0x7D); nonEmpty.removeLast() }
    public mutating func beginArray() { value(); bytes.append(0x5B); nonEmpty.append(false) }
    public mutating func endArray() { bytes.append(0x5D); nonEmpty.removeLast() }

    /// Writes `"name":`; the next call writes its value.
    public mutating func key(_ name: String) {
        value()
        writeString(name)
        bytes.append(0x3A)
        afterKey = true
    }

    public mutating func string(_ s: String?) {
        value()
        guard let s else { bytes.append(contentsOf: Self.null); return }
        writeString(s)
    }

    private mutating func writeString(_ s: String) {
        var s = s
        bytes.append(0x22)
        s.withUTF8 { p in
            for b in p {
                switch b {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)
                case 0x09: bytes.append(0x5C); bytes.append(0x74)
                case 0..<0x20:
                    bytes.append(contentsOf: Array("\\u00".utf8))
                    bytes.append(Self.hex[Int(b >> 4)])
                    bytes.append(Self.hex[Int(b & 0xF)])
                default: bytes.append(b)
                }
            }
        }
        bytes.append(0x22)
    }

    public mutating func int(_ n: Int?) {
        value()
        guard let n else { bytes.append(contentsOf: Self.null); return }
        bytes.append(contentsOf: Array(String(n).utf8))
    }

    public mutating func double(_ d: Double?) {
        value()
        guard let d, d.isFinite else { bytes.append(contentsOf: Self.null); return }
        bytes.append(contentsOf: Array(String(d).utf8))
    }

    public mutating func bool(_ b: Bool) {
        value()
        bytes.append(contentsOf: Array((b ? "true" : "false").utf8))
    }

    public mutating func null() { value(); bytes.append(contentsOf: Self.null) }

    /// Convenience: `"name": "value"`.
    public mutating func field(_ name: String, _ s: String?) { key(name); string(s) }
    /// Convenience: `"name": n`.
    public mutating func field(_ name: String, _ n: Int?) { key(name); int(n) }

    /// Starts a value (or a key): a comma first unless it is the first in its container or the
    /// value of the key just written.
    private mutating func value() {
        if afterKey {
            afterKey = false
            return
        }
        if let last = nonEmpty.last {
            if last { bytes.append(0x2C) }
            nonEmpty[nonEmpty.count - 1] = true
        }
    }

    private static let null: [UInt8] = Array("null".utf8)
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}
