import ArabicText
import Foundation

/// Finds the actors of an article and resolves each mention to one actor with an English name and
/// a CAMEO code. Works on plain text alone (registry-driven mention finder) and uses entity spans
/// from a tagger when given.
///
/// Rules (each has a table test in `Tests/KhabarActorsTests`):
/// - A1 registry: the longest registry spelling starting at a word, over normalized, article-less,
///   proclitic-stripped readings (لروسيا، وموسكو، بواشنطن), in one left-to-right pass;
/// - A2 title + name: a title (وزير الخارجية, الرئيس, المتحدث باسم …) with its country (demonym,
///   country or city name, organisation) and an optional comma, then a registry person or a run of
///   name words: one PER mention; the code is the registry's for the article date, else country +
///   the title's role (GOV, MIL, …), the organisation's code for spokespeople, ELI for "former";
/// - A3 apposition: a run of name words, a comma, then a title chain (سارة ساندرز، المتحدثة باسم …);
/// - A4 a title chain without a name (وزير الخارجية السعودي) is a PER actor of that role;
/// - A5 nominal actors: a group or people cue with a country (السلطات المصرية, حكومة موزمبيق,
///   مسؤولون أمريكيون, إدارة ترامب) → country + role; a definite group cue alone takes the
///   article's main country (the country mentioned most);
/// - A6 media and organisation heads: وكالة/صحيفة/شركة + a registry organisation or a name
///   (quoted or up to three words) + an optional demonym → that organisation, country + MED/BUS/…;
/// - A7 metonymy: a capital used as an agent stands for its government (موسكو → RUSGOV) unless
///   a locative preposition precedes it (في، إلى، من، ب…), where it is the place (SAU for في الرياض);
/// - A8 demonyms alone (الغزو الروسي) are MISC mentions of the country (RUS);
/// - A9 surnames and repeated full names of people already found link to them (روبيو after
///   ماركو روبيو);
/// - A10 tagger spans not covered above become actors of their type, with transliterated names.
///
/// ```swift
/// let resolver = try ActorResolver.shared()
/// let result = resolver.resolve("قال وزير الخارجية الروسي سيرغي لافروف", date: 20261130)
/// result.actors.first?.nameEn   // "Sergey Lavrov", cameo "RUSGOV"
/// ```
public final class ActorResolver: Sendable {
    public let registry: ActorRegistry
    public let transliterator: Transliterator?
    let index: PhraseIndex
    let splitter = WordSplitter()
    /// Every word key the rules look up, in one ``KeyTable`` so that each reading of a word is
    /// looked up once: the value holds ``Lexicon`` bits (function word, name token, particle,
    /// locative) and, above them, 1 + the number of the phrase bucket the key starts (0: none).
    let lexicon: KeyTable
    /// The quotation marks " « » “ ” „ as UTF-8.
    let quoteBytes: [[UInt8]] = [[0x22], [0xC2, 0xAB], [0xC2, 0xBB], [0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D], [0xE2, 0x80, 0x9E]]

    /// `bytes` are those of one of ``quoteBytes`` (compared in place: no list walk per punctuation mark).
    @inline(__always)
    static func isQuoteMark(_ bytes: ArraySlice<UInt8>) -> Bool {
        let i = bytes.startIndex
        switch bytes.count {
        case 1: return bytes[i] == 0x22
        case 2: return bytes[i] == 0xC2 && (bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB)
        case 3: return bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x9C && bytes[i + 2] <= 0x9E
        default: return false
        }
    }

    /// Builds the phrase index over the registry's spellings, demonyms and role cues.
    public init(registry: ActorRegistry, transliterator: Transliterator?) {
        self.registry = registry
        self.transliterator = transliterator
        let keys = MatchKeys()
        let splitter = WordSplitter()
        var index = PhraseIndex()
        var definite = false
        var bare: [UInt8] = []
        func tokens(_ s: String) -> [[UInt8]]? {
            let ws = splitter.split(s, bare: &bare)
            if ws.isEmpty || ws.contains(where: { $0.kind == .punctuation }) { return nil }
            definite = ws[0].definite
            return ws.map { Array(bare[$0.bareRange]) }
        }
        var names = Set<UInt64>()
        // One-word person spellings that are also demonyms or role words are left out (السوداني is
        // "Sudanese" before it is Mohammed Shia al-Sudani).
        var common = Set<UInt64>()
        for d in registry.demonyms { for f in d.forms { if let t = tokens(f), t.count == 1 { common.insert(MatchKeys.hash(t[0])) } } }
        for c in registry.roles { if let t = tokens(c.arabic), t.count == 1 { common.insert(MatchKeys.hash(t[0])) } }
        for (i, e) in registry.entries.enumerated() {
            for s in e.arabic {
                guard let t = tokens(s) else { continue }
                if t.count == 1, e.type == .PER, common.contains(MatchKeys.hash(t[0])) { continue }
                index.add(tokens: t, target: .actor(i), priority: e.source.rawValue, definite: definite)
                if e.type == .PER { for x in t { names.insert(MatchKeys.hash(x)) } }
            }
        }
        for (i, d) in registry.demonyms.enumerated() {
            for s in d.forms { if let t = tokens(s) { index.add(tokens: t, target: .demonym(i), priority: 5) } }
        }
        for (i, r) in registry.roles.enumerated() {
            if let t = tokens(r.arabic) { index.add(tokens: t, target: .role(i), priority: r.kind == .agent ? 7 : 6) }
        }
        index.finish()
        self.index = index
        if let tr = transliterator {
            for tok in tr.nameTokens(minimumCount: 2) {
                var norm: [UInt8] = []
                tok.withUnsafeBufferPointer { keys.normalize($0, into: &norm) }
                names.insert(MatchKeys.hash(MatchKeys.dropArticle(norm)))
            }
        }
        let stop = Set(FunctionWords.list.map { MatchKeys.hash(keys.bare($0)) })
        let particles = ["بن", "ابن", "بنت", "عبد", "أبو", "ابو", "آل", "ولد", "دي", "فون", "دا"].map { MatchKeys.hash(keys.bare($0)) }
        let locatives = ["في", "إلى", "الى", "من", "داخل", "قرب", "خارج", "نحو", "العاصمة", "عاصمة", "مدينة", "وفي", "ومن", "وإلى", "مقرها",
                         "مقره", "بتوقيت", "حتى", "زيارة", "لزيارة", "وصل", "وصلت", "ضواحي", "شوارع"].map { MatchKeys.hash(keys.bare($0)) }
        var lexicon: [UInt64: Int32] = [:]
        for k in stop { lexicon[k, default: 0] |= Lexicon.stop }
        for k in names.subtracting(stop) { lexicon[k, default: 0] |= Lexicon.name }
        for k in particles { lexicon[k, default: 0] |= Lexicon.particle }
        for k in locatives { lexicon[k, default: 0] |= Lexicon.locative }
        for (k, b) in index.firstKeyBuckets { lexicon[k, default: 0] |= (b + 1) << Lexicon.bucketShift }
        self.lexicon = KeyTable(lexicon.map { ($0.key, $0.value) })
    }

    /// The bits of a ``lexicon`` value.
    enum Lexicon {
        static let stop: Int32 = 1, name: Int32 = 2, particle: Int32 = 4, locative: Int32 = 8
        static let bucketShift: Int32 = 4
    }

    nonisolated(unsafe) private static var cached: ActorResolver?
    private static let lock = NSLock()

    /// A resolver over the bundled registry and transliteration model, built once per process.
    public static func shared() throws -> ActorResolver {
        lock.lock(); defer { lock.unlock() }
        if let c = cached { return c }
        let r = ActorResolver(registry: try ActorRegistry.shared(), transliterator: try Transliterator.shared())
        cached = r
        return r
    }

    /// Today's date as yyyymmdd (UTC).
    public static func today() -> Int {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day], from: Date())
        return c.year! * 10000 + c.month! * 100 + c.day!
    }

    /// Resolves the actors of `text`. `entities` are optional tagger spans (scalar offsets);
    /// `date` (yyyymmdd) selects the codes of people in office on that day. `tokens`, when given,
    /// must be `ArabicTokenizer(.khabar)`'s tokens of `text` (a document's token layer): the text is
    /// then not tokenized again.
    public func resolve(_ text: String, tokens: [Token]? = nil, entities: [EntitySpan] = [],
                        date: Int = ActorResolver.today()) -> ActorAnalysis {
        var doc = ArticleResolution(resolver: self, text: text, tokens: tokens, day: date)
        doc.findAtoms()
        doc.applyRules()
        doc.linkNames()
        doc.applyTaggerSpans(entities)
        return doc.result()
    }
}
