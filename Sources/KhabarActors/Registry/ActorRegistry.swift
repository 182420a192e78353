import Foundation

/// The actor registry shipped with Khabar: countries, capitals and cities, curated people and
/// organisations, filtered Universal-PETRARCH persons, demonyms and role cues.
///
/// Built by `scripts/build-actor-registry.py` into `Resources/actors-registry.tsv`; loaded once.
///
/// ```swift
/// let registry = try ActorRegistry.shared()
/// registry.entries.count   // ≈ 2,700
/// ```
public final class ActorRegistry: Sendable {
    public let entries: [RegistryEntry]
    public let demonyms: [Demonym]
    public let roles: [RoleCue]
    /// Country entry index by ISO alpha-3.
    public let countryIndex: [String: Int]
    /// Demonym index by ISO alpha-3.
    public let demonymIndex: [String: Int]

    /// Parses the registry's text form (see the build script for the line format).
    public init(text: String, resource: String = "actors-registry.tsv") throws {
        var entries: [RegistryEntry] = [], demonyms: [Demonym] = [], roles: [RoleCue] = []
        var lineNo = 0
        // Lines and fields split at their bytes (newline and tab never join a neighbouring character).
        for lineBytes in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNo += 1
            if lineBytes.isEmpty || lineBytes.first == UInt8(ascii: "#") { continue }
            let f = lineBytes.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self)[...] }
            func fail(_ m: String) -> ActorResourceError { ActorResourceError(resource: resource, line: lineNo, message: m) }
            switch f[0] {
            case "E":
                guard f.count == 7, let type = ActorType(rawValue: String(f[2])) else { throw fail("bad actor line") }
                let periods = f[4].split(separator: ";").compactMap(CodePeriod.init)
                var country: String?, capital: String?, source = RegistryEntry.Source.curated
                for flag in f[5].split(separator: ",") {
                    if flag.hasPrefix("country=") { country = String(flag.dropFirst(8)); source = .city }
                    else if flag.hasPrefix("capital=") { capital = String(flag.dropFirst(8)) }
                    else if flag == "petrarch" { source = .petrarch }
                }
                let id = String(f[1])
                if country != nil && id == "gpe:\(country!)" { source = .country }
                if capital != nil { source = .capital }
                entries.append(RegistryEntry(id: id, type: type, nameEn: String(f[3]), periods: periods,
                    arabic: f[6].split(separator: "|").map(String.init), country: country, capitalOf: capital, source: source))
            case "D":
                guard f.count == 4 else { throw fail("bad demonym line") }
                demonyms.append(Demonym(country: String(f[1]), english: String(f[2]), forms: f[3].split(separator: "|").map(String.init)))
            case "R":
                guard f.count == 6, let kind = RoleCue.Kind(rawValue: String(f[1])) else { throw fail("bad role line") }
                roles.append(RoleCue(kind: kind, role: f[2] == "-" ? "" : String(f[2]), type: ActorType(rawValue: String(f[3])),
                                     english: String(f[4]), arabic: String(f[5])))
            default:
                throw fail("unknown record kind '\(f[0])'")
            }
        }
        guard !entries.isEmpty else { throw ActorResourceError(resource: resource, line: 0, message: "no actors") }
        self.entries = entries
        self.demonyms = demonyms
        self.roles = roles
        var ci: [String: Int] = [:]
        for (i, e) in entries.enumerated() where e.source == .country { ci[e.country!] = i }
        countryIndex = ci
        var di: [String: Int] = [:]
        for (i, d) in demonyms.enumerated() { di[d.country] = i }
        demonymIndex = di
    }

    /// Loads the registry shipped in the module's resources.
    public static func bundled() throws -> ActorRegistry {
        guard let url = Bundle.module.url(forResource: "actors-registry", withExtension: "tsv") else {
            throw ActorResourceError(resource: "actors-registry.tsv", line: 0, message: "resource missing from the bundle")
        }
        return try ActorRegistry(text: String(contentsOf: url, encoding: .utf8))
    }

    nonisolated(unsafe) private static var cached: ActorRegistry?
    private static let lock = NSLock()

    /// The bundled registry, loaded once per process.
    public static func shared() throws -> ActorRegistry {
        lock.lock(); defer { lock.unlock() }
        if let c = cached { return c }
        let r = try bundled()
        cached = r
        return r
    }

    /// The English adjective of a country (`RUS` → Russian), or its name.
    public func adjective(_ alpha3: String) -> String {
        if let d = demonymIndex[alpha3] { return demonyms[d].english }
        if let c = countryIndex[alpha3] { return entries[c].nameEn }
        return alpha3
    }
}
