import ArgumentParser
import KhabarStore

/// `--db PATH` for the archive commands (default `KHABAR_DB`, else `./khabar.sqlite`).
struct ArchiveOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The archive file (default: $KHABAR_DB, else ./khabar.sqlite).")
    var db: String?

    var path: String { Archive.path(explicit: db) }
}

/// Runs `body` over `count` items on every core; results in input order.
func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer { slots.deallocate() }
    let box = SlotBox(slots)
    DispatchQueue.concurrentPerform(iterations: count) { i in box.slots[i] = body(i) }
    return slots.map { $0! }
}

private struct SlotBox<T>: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<T?>
    init(_ s: UnsafeMutableBufferPointer<T?>) { slots = s }
}

import Dispatch
