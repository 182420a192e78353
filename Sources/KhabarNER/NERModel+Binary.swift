/// An error reading a model file: what is wrong and at which byte.
public struct NERModelError: Error, CustomStringConvertible {
    public let message: String
    public let offset: Int
    public var description: String { "NER model: \(message) at byte \(offset)" }
}

extension NERModel {
    static let magic: [UInt8] = Array("KNER".utf8)
    static let version: UInt32 = 1

    /// The compact file form: header (`KNER`, version, feature groups, label count, feature
    /// count, weight scale), Float32 transitions, sorted UInt32 keys, then per feature a UInt16
    /// mask of labels with non-zero weight followed by one Int8 per set bit (weight / scale).
    /// Weights that quantize to zero are dropped, and so are features left with none.
    public func serialized() -> [UInt8] {
        let L = NERLabel.count
        var body: [UInt8] = []
        var kept: [UInt32] = []
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        for row in order {
            var mask: UInt16 = 0
            var q: [Int8] = []
            for y in 0..<L where values[row * L + y] != 0 {
                mask |= 1 << UInt16(y)
                q.append(values[row * L + y])
            }
            guard mask != 0 else { continue }
            kept.append(keys[row])
            body.append(UInt8(mask & 0xFF)); body.append(UInt8(mask >> 8))
            body.append(contentsOf: q.map { UInt8(bitPattern: $0) })
        }
        var out = Self.magic
        func u32(_ v: UInt32) { for s in stride(from: 0, to: 32, by: 8) { out.append(UInt8((v >> UInt32(s)) & 0xFF)) } }
        u32(Self.version); u32(features.rawValue); u32(UInt32(L)); u32(UInt32(kept.count)); u32(scale.bitPattern)
        for t in transitions { u32(t.bitPattern) }
        for k in kept { u32(k) }
        out.append(contentsOf: body)
        return out
    }

    /// Reads ``serialized()`` output; throws ``NERModelError`` on anything malformed.
    public init(bytes: [UInt8]) throws {
        let L = NERLabel.count
        var p = 0
        func fail(_ m: String) -> NERModelError { NERModelError(message: m, offset: p) }
        func u32() throws -> UInt32 {
            guard p + 4 <= bytes.count else { throw fail("truncated") }
            defer { p += 4 }
            return UInt32(bytes[p]) | UInt32(bytes[p + 1]) << 8 | UInt32(bytes[p + 2]) << 16 | UInt32(bytes[p + 3]) << 24
        }
        guard bytes.count >= 4, Array(bytes[0..<4]) == Self.magic else { throw fail("not a Khabar NER model (no KNER header)") }
        p = 4
        guard try u32() == Self.version else { throw fail("unsupported version") }
        let features = NERFeatureSet(rawValue: try u32())
        guard try u32() == UInt32(L) else { throw fail("label count differs") }
        let n = Int(try u32())
        let scale = Float(bitPattern: try u32())
        var transitions = [Float](repeating: 0, count: (L + 1) * L)
        for i in transitions.indices { transitions[i] = Float(bitPattern: try u32()) }
        guard n <= (bytes.count - p) / 4 else { throw fail("feature count \(n) exceeds the file") }
        var keys = [UInt32](repeating: 0, count: n)
        for i in 0..<n { keys[i] = try u32() }
        var values = [Int8](repeating: 0, count: n * L)
        for row in 0..<n {
            guard p + 2 <= bytes.count else { throw fail("truncated weights") }
            let mask = UInt16(bytes[p]) | UInt16(bytes[p + 1]) << 8
            p += 2
            for y in 0..<L where mask & (1 << UInt16(y)) != 0 {
                guard p < bytes.count else { throw fail("truncated weights") }
                values[row * L + y] = Int8(bitPattern: bytes[p])
                p += 1
            }
        }
        guard p == bytes.count else { throw fail("trailing bytes") }
        self.init(features: features, keys: keys, values: values, scale: scale, transitions: transitions)
    }
}
