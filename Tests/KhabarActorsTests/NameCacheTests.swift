import Testing
@testable import KhabarActors

/// The per-process transliteration cache gives the spelling computed afresh, and stays bounded.
struct NameCacheTests {
    @Test(arguments: ["سيرغي لافروف", "جوزيف هانلون", "الرياض", "Donald Trump"])
    func cachedSpellingEqualsFreshOne(_ name: String) throws {
        let t = try Transliterator.shared()
        #expect(t.transliterate(name) == t.transliterateUncached(name))
        #expect(t.transliterate(name) == t.transliterateUncached(name))  // now from the cache
    }

    @Test func fullCacheEmptiesAndRefills() {
        let cache = NameCache(capacity: 2)
        var calls = 0
        for n in ["a", "b", "c", "a"] { _ = cache.value(for: n) { calls += 1; return n.uppercased() } }
        #expect(calls == 4)  // "c" found the cache full and emptied it, so "a" is computed again
        #expect(cache.value(for: "a") { "?" } == "A")
    }
}
