import Foundation

/// A per-process cache of finished transliterations (Arabic name → English spelling), shared by every
/// thread: the same names (ministers, cities, agencies) recur across articles, and a name's spelling
/// depends on its bytes alone.
///
/// Keyed by FNV-1a of the name's UTF-8 and checked against the stored bytes, so names are compared
/// byte for byte (never through `String` hashing). Bounded: when it holds `capacity` names it is
/// emptied and refills with the names still in use. One lock guards it; a lookup or insert is a
/// few hundred nanoseconds against a few microseconds to transliterate.
///
/// ```swift
/// let cache = NameCache(capacity: 4)
/// cache.value(for: "لافروف") { "Lavrov" }   // computed
/// cache.value(for: "لافروف") { "?" }        // "Lavrov", from the cache
/// ```
final class NameCache: @unchecked Sendable {
    private struct Entry { var name: String; var value: String }
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var entries: [UInt64: [Entry]] = [:]
    private var count = 0
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// The cached value of `name`, or `make()`'s result, stored for the next caller.
    func value(for name: String, _ make: () -> String) -> String {
        let h = MatchKeys.hash(name.utf8)
        lock.lock()
        if let list = entries[h], let e = list.first(where: { $0.name.utf8.elementsEqual(name.utf8) }) {
            lock.unlock()
            return e.value
        }
        lock.unlock()
        let v = make()
        lock.lock()
        if count >= capacity { entries.removeAll(keepingCapacity: true); count = 0 }
        if !(entries[h]?.contains { $0.name.utf8.elementsEqual(name.utf8) } ?? false) {
            entries[h, default: []].append(Entry(name: name, value: v))
            count += 1
        }
        lock.unlock()
        return v
    }
}
