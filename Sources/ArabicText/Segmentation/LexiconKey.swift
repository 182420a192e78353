/// The hash under which the segmentation lexicon stores a word: FNV-1a (64 bits) over the UTF-8
/// bytes of the word's *lexicon key*.
///
/// The key is the word under the `search` rules of ``ArabicNormalizer`` except L3: teh marbuta ة is
/// kept (it is what tells دورة, one word, from دور+ه, noun + pronoun). Marks are already gone from
/// the letters the segmenter hashes; alef forms fold to ا, ى to ي, Persian letters to Arabic ones.
/// `scripts/build-segmentation-lexicon.py` applies the same rules when it counts the corpus.
struct LexiconKey {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    private static let search = ArabicNormalizer(.search)

    /// Folds one letter with the key rules; `nil` when it disappears (a mark, tatweel, a control).
    @inline(__always)
    static func fold(_ cp: UInt32) -> UInt32? {
        if cp == CodePoint.tehMarbuta { return cp }
        if let f = search.fold(cp) { return f == ArabicNormalizer.deleted ? nil : f }
        return cp
    }

    /// Adds one scalar (folded first).
    @inline(__always)
    mutating func add(_ cp: UInt32) {
        guard let f = Self.fold(cp) else { return }
        if f < 0x80 {
            addByte(UInt8(f))
        } else if f < 0x800 {
            addByte(UInt8(0xC0 | (f >> 6)))
            addByte(UInt8(0x80 | (f & 0x3F)))
        } else if f < 0x10000 {
            addByte(UInt8(0xE0 | (f >> 12)))
            addByte(UInt8(0x80 | ((f >> 6) & 0x3F)))
            addByte(UInt8(0x80 | (f & 0x3F)))
        } else {
            addByte(UInt8(0xF0 | (f >> 18)))
            addByte(UInt8(0x80 | ((f >> 12) & 0x3F)))
            addByte(UInt8(0x80 | ((f >> 6) & 0x3F)))
            addByte(UInt8(0x80 | (f & 0x3F)))
        }
    }

    @inline(__always)
    mutating func addByte(_ b: UInt8) {
        value = (value ^ UInt64(b)) &* 0x0000_0100_0000_01B3
    }

    /// Adds one letter of U+0621–U+064A, the only letters the analysis hashes: for them the key
    /// rules reduce to آ أ إ → ا and ى → ي, and every one is two UTF-8 bytes.
    @inline(__always)
    mutating func addArabicLetter(_ cp: UInt32) {
        var f = cp
        if cp == 0x0622 || cp == 0x0623 || cp == 0x0625 { f = 0x0627 } else if cp == 0x0649 { f = 0x064A }
        addByte(UInt8(truncatingIfNeeded: 0xC0 | (f >> 6)))
        addByte(UInt8(truncatingIfNeeded: 0x80 | (f & 0x3F)))
    }

    /// Adds a run of scalars.
    @inline(__always)
    mutating func add<C: Collection>(_ scalars: C) where C.Element == UInt32 {
        for cp in scalars { add(cp) }
    }

    /// The hash of a whole string's key.
    static func hash(_ word: String) -> UInt64 {
        var k = LexiconKey()
        for s in word.unicodeScalars { k.add(s.value) }
        return k.value
    }
}
