/// A search-normalized word used as a lookup key: its text and a 64-bit FNV-1a hash of its UTF-8
/// bytes, computed once.
///
/// Equality and hashing work on the bytes. `String` compares and hashes non-ASCII text through
/// Unicode normalization, which made every Arabic set lookup and `==` of the quote rules slow. Bytes
/// give the same answers here: keys come out of `ArabicNormalizer(.search)`, which deletes the
/// combining hamza and madda (U+0653–U+0655), and the word lists hold plain letters, so no key is
/// canonically equal to a list word without being byte-equal to it.
///
/// `hasPrefix`, `hasSuffix` and `count` keep `String`'s grapheme semantics: for a *plain* key (ASCII
/// letters, digits and signs, Arabic letters U+0621–U+064A: one scalar a character) they work on
/// bytes; any other key goes through `String`.
struct WordKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    let text: String
    /// FNV-1a over the UTF-8 bytes.
    let fnv: UInt64
    /// Every scalar is its own character (see the type's documentation).
    let plain: Bool

    init(_ text: String) {
        var s = text
        (fnv, plain) = s.withUTF8 { Self.scan($0) }
        self.text = s
    }

    init(stringLiteral value: String) { self.init(value) }

    /// A key from UTF-8 bytes (well-formed).
    init(bytes: UnsafeBufferPointer<UInt8>) {
        text = String(decoding: bytes, as: UTF8.self)
        (fnv, plain) = Self.scan(bytes)
    }

    @inline(__always)
    static func scan(_ p: UnsafeBufferPointer<UInt8>) -> (UInt64, Bool) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var plain = true
        var i = 0
        while i < p.count {
            let b = p[i]
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            if b >= 0x80 {
                // Arabic letters U+0621–U+063F are D8 A1–D8 BF; U+0640–U+064A are D9 80–D9 8A.
                if !(b == 0xD8 && i + 1 < p.count && p[i + 1] >= 0xA1)
                    && !(b == 0xD9 && i + 1 < p.count && p[i + 1] <= 0x8A)
                {
                    plain = false
                }
                if i + 1 < p.count, p[i + 1] & 0xC0 == 0x80, b & 0xE0 == 0xC0 {
                    h = (h ^ UInt64(p[i + 1])) &* 0x100_0000_01b3
                    i += 2
                    continue
                }
            } else if b <= 0x20 || b == 0x7F {
                plain = false
            }
            i += 1
        }
        return (h, plain)
    }

    /// FNV-1a over bytes: the ``fnv`` of the key with these UTF-8 bytes.
    static func fnv<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    static func == (a: WordKey, b: WordKey) -> Bool {
        a.fnv == b.fnv && a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(fnv) }

    var description: String { text }

    var isEmpty: Bool { text.isEmpty }

    /// Characters, as `String.count`.
    var count: Int {
        plain ? text.utf8.count - text.utf8.lazy.filter { $0 & 0xC0 == 0x80 }.count : text.count
    }

    /// Unicode scalars.
    var scalarCount: Int { text.utf8.count - text.utf8.lazy.filter { $0 & 0xC0 == 0x80 }.count }

    /// As `String.hasPrefix` (`prefix` is plain letters).
    func hasPrefix(_ prefix: String) -> Bool {
        plain ? text.utf8.starts(with: prefix.utf8) : text.hasPrefix(prefix)
    }

    /// As `String.hasSuffix` (`suffix` is plain letters).
    func hasSuffix(_ suffix: String) -> Bool {
        guard plain else { return text.hasSuffix(suffix) }
        let a = text.utf8, b = suffix.utf8
        return a.count >= b.count && a.suffix(b.count).elementsEqual(b)
    }

    /// The key without its first character (`String.dropFirst`).
    func droppingFirst() -> WordKey {
        plain ? WordKey(String(text.unicodeScalars.dropFirst())) : WordKey(String(text.dropFirst()))
    }

    /// The key without its last `n` characters (`String.dropLast`).
    func droppingLast(_ n: Int = 1) -> WordKey {
        plain ? WordKey(String(text.unicodeScalars.dropLast(n))) : WordKey(String(text.dropLast(n)))
    }

    static func + (a: String, b: WordKey) -> WordKey { WordKey(a + b.text) }
}
