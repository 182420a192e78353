/// Up to three letters held inline (a proclitic sequence, a pronoun, a lookup prefix), so the
/// analysis loops copy no arrays and touch no reference counts.
struct Clitic: RandomAccessCollection, Hashable, Sendable {
    let count: Int
    private let c0: UInt32, c1: UInt32, c2: UInt32

    init(_ s: String) {
        let v = s.unicodeScalars.map(\.value)
        precondition(v.count <= 3, "a clitic has at most three letters")
        count = v.count
        c0 = v.count > 0 ? v[0] : 0
        c1 = v.count > 1 ? v[1] : 0
        c2 = v.count > 2 ? v[2] : 0
    }

    init(_ a: UInt32) {
        count = 1
        c0 = a
        c1 = 0
        c2 = 0
    }

    static let empty = Clitic("")

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always)
    subscript(i: Int) -> UInt32 {
        i == 0 ? c0 : i == 1 ? c1 : c2
    }
}
