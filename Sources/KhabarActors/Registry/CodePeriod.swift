/// A CAMEO code that holds for a period (dates as yyyymmdd integers; `nil` = open).
public struct CodePeriod: Sendable, Hashable {
    public var code: String
    public var from: Int?
    public var to: Int?

    /// Parses `CODE@yyyy-mm-dd..yyyy-mm-dd` (either date may be empty).
    init?(_ field: Substring) {
        let parts = field.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        code = String(parts[0])
        let range = parts[1].components(separatedBy: "..")
        guard range.count == 2 else { return nil }
        from = Self.day(range[0])
        to = Self.day(range[1])
    }

    public init(code: String, from: Int? = nil, to: Int? = nil) {
        self.code = code; self.from = from; self.to = to
    }

    /// `2018-04-17` → 20180417; nil when empty or malformed.
    public static func day(_ s: String) -> Int? {
        let digits = s.filter(\.isNumber)
        guard digits.count == 8 else { return nil }
        return Int(digits)
    }

    func contains(_ day: Int) -> Bool {
        (from.map { day >= $0 } ?? true) && (to.map { day < $0 } ?? true)
    }
}

extension Array where Element == CodePeriod {
    /// The code that holds on `day`. Outside every period: after the last one, its code with the
    /// government role turned into ELI (former officials, CAMEO's elites); before the first, the first.
    func code(on day: Int) -> String {
        guard !isEmpty else { return "" }
        if let p = last(where: { $0.contains(day) }) { return p.code }
        let ends = compactMap(\.to)
        if let lastEnd = ends.max(), day >= lastEnd, allSatisfy({ $0.to != nil }) {
            let latest = self.max { ($0.to ?? 0) < ($1.to ?? 0) }!
            return CodePeriod.former(latest.code)
        }
        return self.min { ($0.from ?? 0) < ($1.from ?? 0) }!.code
    }
}

extension CodePeriod {
    /// `USAGOV` → `USAELI`, `USAGOVMIL` → `USAELI`; codes without GOV are unchanged.
    static func former(_ code: String) -> String {
        guard let r = code.range(of: "GOV") else { return code }
        return String(code[..<r.lowerBound]) + "ELI"
    }
}
