/// A growable output buffer of bytes for the hot loops of this module: unlike `[UInt8].append`, a
/// write is a store and a bounds check is one compare per scalar, not per byte.
///
/// Lifetime rule: `pointer` is valid until the next call that may grow the sink (`ensure`) or until
/// the sink is released; never keep it across those.
package final class ByteSink {
    package private(set) var pointer: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    package var count = 0

    package init(capacity: Int = 256) {
        self.capacity = max(64, capacity)
        pointer = .allocate(capacity: self.capacity)
    }

    deinit { pointer.deallocate() }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    func ensure(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private func grow(_ needed: Int) {
        var c = capacity * 2
        while c < needed { c *= 2 }
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        p.update(from: pointer, count: count)
        pointer.deallocate()
        pointer = p
        capacity = c
    }

    @inline(__always)
    func append(_ b: UInt8) {
        pointer[count] = b
        count += 1
    }

    package var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: pointer, count: count) }
}
