/// Precomputed actions of each ``ArabicNormalizer`` profile for U+0000–U+07FF (the one- and two-byte
/// scalars, which hold all of ASCII and the Arabic block), derived from ``ArabicNormalizer/fold(_:)`` so
/// the rules are written once.
///
/// An action is `keep`, `delete`, or a replacement packed as `length << 24 | byte0 << 16 | byte1 << 8`.
enum NormalizerTables {
    static let keep: UInt32 = 0
    static let delete: UInt32 = 1

    /// Built once and never written after: safe to read from any thread.
    nonisolated(unsafe) static let lucene = pointer(build(.lucene))
    nonisolated(unsafe) static let search = pointer(build(.search))
    nonisolated(unsafe) static let display = pointer(build(.display))

    static func pointer(_ table: [UInt32]) -> UnsafePointer<UInt32> {
        let p = UnsafeMutablePointer<UInt32>.allocate(capacity: table.count)
        p.initialize(from: table, count: table.count)
        return UnsafePointer(p)
    }

    /// The table of a profile (fetch it once per loop, not per character).
    @inline(__always)
    static func table(for profile: ArabicNormalizer.Profile) -> UnsafePointer<UInt32> {
        switch profile {
        case .lucene: return lucene
        case .search: return search
        case .display: return display
        }
    }

    static func build(_ profile: ArabicNormalizer.Profile) -> [UInt32] {
        let n = ArabicNormalizer(profile)
        return (0..<0x800).map { cp -> UInt32 in
            guard let f = n.fold(UInt32(cp)) else { return keep }
            if f == ArabicNormalizer.deleted { return delete }
            var bytes: [UInt8] = []
            UTF8Scalar.append(f, to: &bytes)
            precondition(bytes.count <= 2)
            return UInt32(bytes.count) << 24 | UInt32(bytes[0]) << 16 | UInt32(bytes.count > 1 ? bytes[1] : 0) << 8
        }
    }

    @inline(__always)
    static func apply(_ action: UInt32, to sink: ByteSink) {
        if action == delete { return }
        let len = action >> 24
        sink.append(UInt8((action >> 16) & 0xFF))
        if len > 1 { sink.append(UInt8((action >> 8) & 0xFF)) }
    }
}
