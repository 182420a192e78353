/// NFKC decompositions of the Arabic presentation forms, parsed once from the generated table.
enum PresentationForms {
    private static let first: UInt32 = 0xFB50
    private static let last: UInt32 = 0xFEFF

    /// Indexed by `cp - 0xFB50`; empty where the code point has no decomposition.
    private static let table: [[UInt32]] = {
        var t = [[UInt32]](repeating: [], count: Int(last - first + 1))
        for line in PresentationFormsData.table.split(separator: "\n") {
            let fields = line.split(separator: " ").compactMap { UInt32($0, radix: 16) }
            guard fields.count >= 2, fields[0] >= first, fields[0] <= last else { continue }
            t[Int(fields[0] - first)] = Array(fields.dropFirst())
        }
        return t
    }()

    static func decomposition(of cp: UInt32) -> [UInt32]? {
        guard cp >= first, cp <= last else { return nil }
        let d = table[Int(cp - first)]
        return d.isEmpty ? nil : d
    }
}
