import Foundation

/// An error loading the tagger's files.
public struct NERResourceError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

extension NERTagger {
    static let magic: [UInt8] = Array("KNT1".utf8)

    static let inducedMagic: [UInt8] = Array("IND1".utf8)

    /// The tagger file: `KNT1`, the number of models (1 or 2), then each model's length
    /// (UInt32, little-endian) and bytes (``NERModel/serialized()``); then, when the model
    /// uses an induced lexicon, `IND1`, its entry count (UInt32) and entries (UInt64 word hash,
    /// UInt8 code), sorted by hash.
    public func serialized() -> [UInt8] {
        let models = [model] + (secondPass.map { [$0] } ?? [])
        var out = Self.magic
        func u32(_ v: Int) { for s in stride(from: 0, to: 32, by: 8) { out.append(UInt8((v >> s) & 0xFF)) } }
        u32(models.count)
        for m in models {
            let b = m.serialized()
            u32(b.count)
            out.append(contentsOf: b)
        }
        let induced = lexicon.induced.entries.sorted { $0.0 < $1.0 }
        if !induced.isEmpty {
            out.append(contentsOf: Self.inducedMagic)
            u32(induced.count)
            for (k, v) in induced {
                for s in stride(from: 0, to: 64, by: 8) { out.append(UInt8((k >> UInt64(s)) & 0xFF)) }
                out.append(UInt8(truncatingIfNeeded: v))
            }
        }
        return out
    }

    /// Reads a tagger file written by ``serialized()``.
    public init(bytes: [UInt8], lexicon: NERLexicon) throws {
        guard bytes.count >= 8, Array(bytes[0..<4]) == Self.magic else {
            throw NERModelError(message: "not a Khabar NER tagger (no KNT1 header)", offset: 0)
        }
        func u32(_ p: Int) -> Int { Int(bytes[p]) | Int(bytes[p + 1]) << 8 | Int(bytes[p + 2]) << 16 | Int(bytes[p + 3]) << 24 }
        let count = u32(4)
        guard count == 1 || count == 2 else { throw NERModelError(message: "expected 1 or 2 models, found \(count)", offset: 4) }
        var p = 8
        var models: [NERModel] = []
        for _ in 0..<count {
            guard p + 4 <= bytes.count else { throw NERModelError(message: "truncated", offset: p) }
            let len = u32(p)
            p += 4
            guard len <= bytes.count - p else { throw NERModelError(message: "model length \(len) exceeds the file", offset: p) }
            models.append(try NERModel(bytes: Array(bytes[p..<(p + len)])))
            p += len
        }
        var lexicon = lexicon
        if p < bytes.count {
            guard p + 8 <= bytes.count, Array(bytes[p..<(p + 4)]) == Self.inducedMagic else {
                throw NERModelError(message: "expected the induced lexicon (IND1)", offset: p)
            }
            let n = u32(p + 4)
            p += 8
            guard n <= (bytes.count - p) / 9, p + 9 * n == bytes.count else {
                throw NERModelError(message: "induced lexicon size \(n) does not match the file", offset: p)
            }
            var table: [UInt64: UInt64] = [:]
            table.reserveCapacity(n)
            for _ in 0..<n {
                var k: UInt64 = 0
                for b in 0..<8 { k |= UInt64(bytes[p + b]) << UInt64(8 * b) }
                table[k] = UInt64(bytes[p + 8])
                p += 9
            }
            lexicon.induced = WordTable(table)
        }
        self.init(model: models[0], secondPass: models.count > 1 ? models[1] : nil, lexicon: lexicon)
    }

    /// The lexicon shipped with the package (clusters, gazetteer, cues).
    public static func bundledLexicon() throws -> NERLexicon {
        NERLexicon.load(
            clusters: try resource("ner-clusters", "tsv"),
            gazetteer: try resource("ner-gazetteer", "txt"),
            cues: try resource("ner-cues", "txt"))
    }

    /// The tagger shipped with the package; `modelPath` reads another model file instead.
    public static func bundled(modelPath: String? = nil) throws -> NERTagger {
        let lexicon = try bundledLexicon()
        let bytes: [UInt8]
        if let modelPath {
            guard let d = FileManager.default.contents(atPath: modelPath) else {
                throw NERResourceError(message: "\(modelPath): cannot read the model file")
            }
            bytes = [UInt8](d)
        } else {
            bytes = try resource("ner-model", "bin")
        }
        return try NERTagger(bytes: bytes, lexicon: lexicon)
    }

    static func resource(_ name: String, _ ext: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext),
            let data = try? Data(contentsOf: url)
        else { throw NERResourceError(message: "NER resource \(name).\(ext) is missing from the package") }
        return [UInt8](data)
    }
}
