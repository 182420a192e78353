/// ``ArabicDateNames`` as one table keyed by the UTF-8 bytes of the folded words, built once: a word
/// is found by one 64-bit FNV-1a hash, a slot taken from its high bits (open addressing, linear
/// probing, a quarter full) and one byte comparison, with no `String` made or hashed
/// (hashing an Arabic `String` goes through Unicode normalization). Each entry holds every role its
/// word has in the date rules (a month, a weekday, a direction …).
///
/// Folded words hold base letters only (``DateLexer`` drops marks), so comparing bytes is the same
/// as comparing the strings.
struct DateVocabulary: Sendable {
    /// A second word and the month it completes (كانون + الثاني = 1).
    struct Second: Sendable {
        var word: [UInt8]
        var month: Int
    }

    /// The roles of one word of ``ArabicDateNames/vocabulary``.
    struct Entry: Sendable {
        var word: [UInt8]
        var gregorianMonth: Int?
        /// The first word of a two-word Gregorian month (كانون, تشرين): its second words.
        var gregorianSeconds: [Second]?
        var hijriMonth: Int?
        /// The first word of a two-word Hijri month (ربيع, جمادى, ذو): its second words.
        var hijriSeconds: [Second]?
        var weekday: Int?
        var relativeDay: Int?
        var period: DateMention.Granularity?
        var direction: Int?
        var isYearWord = false
    }

    static let shared = DateVocabulary()

    let entries: [Entry]
    /// Open-addressing slots: an index into `entries`, or -1.
    private let slots: [Int32]
    /// The hash of each entry's word.
    private let hashes: [UInt64]
    /// 64 − log2(slot count).
    private let shift: UInt64
    /// The longest word, in bytes.
    let maxBytes: Int

    init() {
        typealias N = ArabicDateNames
        func seconds(_ table: [String: Int]) -> [Second] {
            table.map { Second(word: Array($0.key.utf8), month: $0.value) }.sorted { $0.word.lexicographicallyPrecedes($1.word) }
        }
        var entries: [Entry] = []
        for w in N.vocabulary.sorted() {
            var e = Entry(word: Array(w.utf8))
            e.gregorianMonth = N.gregorianMonths[w]
            e.gregorianSeconds = N.twoWordMonths[w].map(seconds)
            e.hijriMonth = N.hijriMonths[w]
            e.hijriSeconds = N.hijriTwoWordMonths[w].map(seconds)
            e.weekday = N.weekdays[w]
            e.relativeDay = N.relativeDays[w]
            e.period = N.periods[w]
            e.direction = N.directions[w]
            e.isYearWord = N.yearWords.contains(w)
            entries.append(e)
        }
        var bits: UInt64 = 4
        while 1 << bits < entries.count * 4 { bits += 1 }
        var slots = [Int32](repeating: -1, count: 1 << bits)
        let hashes = entries.map { e in e.word.withUnsafeBufferPointer { Self.hash($0, 0..<$0.count) } }
        for k in entries.indices {
            var s = Self.slot(hashes[k], 64 - bits)
            while slots[s] >= 0 { s = (s + 1) & (slots.count - 1) }
            slots[s] = Int32(k)
        }
        self.entries = entries
        self.slots = slots
        self.hashes = hashes
        self.shift = 64 - bits
        self.maxBytes = entries.map(\.word.count).max() ?? 0
    }

    /// The entry of the word `p[r]`, or nil.
    @inline(__always)
    func find(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int32? {
        guard r.count <= maxBytes else { return nil }
        let h = Self.hash(p, r)
        var s = Self.slot(h, shift)
        while true {
            let k = Int(slots[s])
            if k < 0 { return nil }
            if hashes[k] == h && entries[k].word.elementsEqual(p[r]) { return Int32(k) }
            s = (s + 1) & (slots.count - 1)
        }
    }

    /// The slot of a hash: its high bits after a multiplication by a large odd constant.
    @inline(__always)
    static func slot(_ h: UInt64, _ shift: UInt64) -> Int { Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// 64-bit FNV-1a over the bytes.
    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in r { h = (h ^ UInt64(p[i])) &* 0x100_0000_01b3 }
        return h
    }
}
