/// A short English description of a cited source, for `via` links.
///
/// - D1 An anonymous head (مصادر، مصدر، مسؤول، شهود، دبلوماسي) not followed by a name → "unnamed source(s)"
///   or "unnamed official(s)", with the country of a nationality adjective («مسؤول أميركي» →
///   "unnamed official (United States)").
/// - D2 Anything else is described by its own mention.
enum SourceDescription {
    static func describe(tokens: [QToken], text: String) -> String {
        let words = tokens.filter { $0.cls == .word }
        guard let head = words.first else { return text }
        let key = head.key.hasPrefix("و") ? head.key.droppingFirst() : head.key
        guard WordClasses.anonymousHeads.contains(key) else { return text }
        let plural = key.hasSuffix("ون") || key.hasSuffix("ين") || key == "مصادر" || key == "شهود" || key.hasSuffix("و")
        let noun: String
        switch key {
        case "مصادر", "مصدر": noun = plural ? "unnamed sources" : "unnamed source"
        case "شهود": noun = "unnamed witnesses"
        default: noun = plural ? "unnamed officials" : "unnamed official"
        }
        let country = words.dropFirst().lazy.compactMap { WordClasses.nationality($0.key) }.first
        return country.map { "\(noun) (\($0))" } ?? noun
    }
}
