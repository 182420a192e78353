import ArabicText
import Foundation
import KhabarCore

/// One analysed article turned into what the archive stores: metadata, text, the analysis layers, its
/// content hash and MinHash signature. Built off the database (in parallel); the writer only inserts.
public struct PreparedArticle: Sendable {
    public var docID: String
    public var url: String?
    public var sourceID: String?
    public var source: String?
    public var category: String?
    public var title: String?
    public var lede: String?
    public var author: String?
    /// UTC ISO 8601 (`YYYY-MM-DDTHH:MM:SSZ`), sortable as text.
    public var published: String?
    public var language: String?
    public var text: String
    /// 32 hex digits over the search-normalized word sequence (spacing, punctuation, diacritics and
    /// hamza spellings do not change it).
    public var contentHash: String
    public private(set) var signature: [UInt64]
    /// The signature's LSH band keys (``MinHash/bandKeys(_:)``) and stored bytes (``MinHash/encode(_:)``).
    public private(set) var bandKeys: [UInt64]
    public private(set) var signatureBytes: [UInt8]
    /// The tags as a JSON array of strings (`nil` when there are none).
    public var tags: String?
    /// The block structure as a JSON array of `[kind, start, end, section]` (scalar offsets into `text`).
    public var blocks: String
    public var input: String?
    /// The full-text index terms of ``title``, ``lede`` and ``text`` (nil for a missing column), made
    /// here so that the writer does not tokenize; used only while they match the column's bytes.
    public var titleTerms: IndexTerms?
    public var ledeTerms: IndexTerms?
    public var textTerms: IndexTerms
    public var dates: [DateMention]
    public private(set) var entities: [EntityMention]
    public private(set) var actors: [Actor]
    public private(set) var quotes: [Quote]
    public var events: [Event]
    /// How the analysis rows point to actors, worked out here so that the writer only binds (see
    /// ``ActorLinks``). It and the signature's band keys and bytes are derived from the layers above,
    /// which are therefore read-only after `init`.
    var actorLinks: ActorLinks

    /// Prepares an analysed document. Its token layer, when filled, must be `ArabicTokenizer(.khabar)`'s
    /// tokens of its text, as `Pipeline`'s tokenize stage makes it (the content hash and the index terms
    /// are made from it); an empty one is made here.
    public init(document: Document, input: String? = nil) {
        let a = document.article
        var tokens = document.tokens
        // Token ranges index the text's bytes directly (unchecked): a layer that does not fit the
        // text is not this text's, and is made again.
        if tokens.isEmpty || tokens[tokens.count - 1].utf8Range.upperBound > document.text.utf8.count {
            tokens = ArabicTokenizer(.khabar).tokenize(document.text)
        }
        let (hash, words) = Self.wordHashes(document.text, tokens)
        docID = StableID.id(url: a.url, text: document.text)
        url = a.url.flatMap { $0.isEmpty ? nil : $0 }
        sourceID = a.id
        source = a.source
        category = a.category
        title = a.title
        lede = a.lede
        author = a.author
        published = a.published.map { AnalysisJSON.iso8601($0, utcOffset: 0) }
        language = document.language
        text = document.text
        contentHash = hash
        signature = MinHash.signature(wordHashes: words)
        bandKeys = MinHash.bandKeys(signature)
        signatureBytes = MinHash.encode(signature)
        tags = a.tags.isEmpty ? nil : Self.json { w in
            w.beginArray()
            for tag in a.tags { w.string(tag) }
            w.endArray()
        }
        blocks = Self.json { w in
            w.beginArray()
            for b in document.blocks {
                w.beginArray()
                w.string(b.kind.rawValue)
                w.int(b.start)
                w.int(b.end)
                w.int(b.section)
                w.endArray()
            }
            w.endArray()
        }
        self.input = input
        let indexTokenizer = ArabicFTS5Tokenizer()
        titleTerms = a.title.map { IndexTerms($0, tokenizer: indexTokenizer) }
        ledeTerms = a.lede.map { IndexTerms($0, tokenizer: indexTokenizer) }
        textTerms = IndexTerms(document.text, tokens: tokens, tokenizer: indexTokenizer)
        dates = document.dates
        entities = document.entities
        actors = document.actors
        quotes = document.quotes
        events = document.events
        actorLinks = ActorLinks(actors: document.actors, entities: document.entities, quotes: document.quotes)
    }

    /// The content hash and the per-word hashes (FNV-1a 64 of each search-normalized word or number).
    static func wordHashes(_ text: String, _ tokens: [Token]) -> (String, [UInt64]) {
        var text = text
        let normalizer = ArabicNormalizer(.search)
        var words: [UInt64] = []
        words.reserveCapacity(tokens.count)
        var h1: UInt64 = 0xcbf2_9ce4_8422_2325, h2: UInt64 = 0x8422_2325_cbf2_9ce4
        // One buffer for every word (the `[UInt8]` overload makes a buffer per call and copies out).
        let scratch = ByteSink(capacity: 256)
        text.withUTF8 { p in
            for t in tokens where t.kind.isWord || t.kind == .number {
                scratch.count = 0
                normalizer.normalize(UnsafeBufferPointer(rebasing: p[t.utf8Range]), into: scratch)
                if scratch.count == 0 { continue }
                var w: UInt64 = 0xcbf2_9ce4_8422_2325
                for b in scratch.buffer {
                    w = (w ^ UInt64(b)) &* 0x0000_0100_0000_01B3
                    h1 = (h1 ^ UInt64(b)) &* 0x0000_0100_0000_01B3
                    h2 = (h2 ^ UInt64(b)) &* 0x0000_0100_0000_01B3 &+ 0x9E37
                }
                h1 = (h1 ^ 0x20) &* 0x0000_0100_0000_01B3
                h2 = (h2 ^ 0x20) &* 0x0000_0100_0000_01B3 &+ 0x9E37
                words.append(w)
            }
        }
        return (hex(h1) + hex(h2), words)
    }

    /// The actor ids of an article as byte keys, which of its actors its mentions and quote speakers
    /// point to, and each distinct actor's mention count: a mention or speaker whose actor is not in
    /// the article's actor layer is stored without one.
    struct ActorLinks: Sendable {
        /// One per actor of the article, in order.
        var keys: [IDKey] = []
        /// Per entity mention: the index of its actor in the article's actor layer, or -1.
        var mentionActor: [Int32] = []
        /// Per quote: the index of its speaker's actor in the article's actor layer, or -1.
        var speakerActor: [Int32] = []
        /// The first index of each distinct actor id, with the number of mentions pointing to it.
        var links: [(actor: Int, mentions: Int)] = []

        init(actors: [Actor], entities: [EntityMention], quotes: [Quote]) {
            keys = actors.map { IDKey($0.id) }
            // A repeated id points to its first index, so that every row of an actor gets one key.
            let first = keys.indices.map { keys.firstIndex(of: keys[$0])! }
            var counts = [Int](repeating: 0, count: keys.count)
            func slot(_ actor: String?) -> Int32 {
                guard let actor, !keys.isEmpty, let k = keys.firstIndex(of: IDKey(actor)) else { return -1 }
                return Int32(k)
            }
            mentionActor = entities.map { m in
                let k = slot(m.actor)
                if k >= 0 { counts[Int(k)] += 1 }
                return k
            }
            speakerActor = quotes.map { slot($0.speaker?.actor) }
            links = keys.indices.filter { first[$0] == $0 }.map { ($0, counts[$0]) }
        }
    }

    static func json(_ body: (inout JSONWriter) -> Void) -> String {
        var w = JSONWriter(reserving: 256)
        body(&w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
