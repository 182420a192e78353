/// ``ArabicDateNames`` as one table keyed by the UTF-8 bytes of the folded words, built once: a word
/// is found by one 64-bit FNV-1a hash and one byte comparison, with no `String` made or hashed
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
    /// FNV-1a hash of a word's bytes → its index in `entries`.
    private let index: [UInt64: Int32]
    /// The longest word, in bytes.
    let maxBytes: Int

    init() {
        typealias N = ArabicDateNames
        func seconds(_ table: [String: Int]) -> [Second] {
            table.map { Second(word: Array($0.key.utf8), month: $0.value) }.sorted { $0.word.lexicographicallyPrecedes($1.word) }
        }
        var entries: [Entry] = []
        var index: [UInt64: Int32] = [:]
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
            let h = e.word.withUnsafeBufferPointer { Self.hash($0, 0..<$0.count) }
            precondition(index[h] == nil, "date vocabulary: two words with one hash")
            index[h] = Int32(entries.count)
            entries.append(e)
        }
        self.entries = entries
        self.index = index
        self.maxBytes = entries.map(\.word.count).max() ?? 0
    }

    /// The entry of the word `p[r]`, or nil.
    @inline(__always)
    func find(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int32? {
        guard r.count <= maxBytes, let k = index[Self.hash(p, r)] else { return nil }
        return entries[Int(k)].word.elementsEqual(p[r]) ? k : nil
    }

    /// 64-bit FNV-1a over the bytes.
    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in r { h = (h ^ UInt64(p[i])) &* 0x100_0000_01b3 }
        return h
    }
}
