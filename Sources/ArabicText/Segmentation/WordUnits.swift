/// A word decoded once from UTF-8 into *units*: a base character with the marks that follow it.
/// The segmenter cuts only between units, so a mark always stays on its letter.
///
/// The buffers belong to the caller (stack allocations in ``CliticSegmenter/splitPoints(_:into:)``),
/// each with room for one unit per byte plus one; they are valid only inside that call.
struct WordUnits {
    /// The base scalar of each unit (U+FFFD for a byte that is not valid UTF-8).
    let letters: UnsafeMutableBufferPointer<UInt32>
    /// The byte offset where each unit starts; `offsets[count]` is the word's length.
    let offsets: UnsafeMutableBufferPointer<Int>
    /// The nunation each unit carries.
    let tanween: UnsafeMutableBufferPointer<Tanween>
    /// The number of units.
    private(set) var count = 0

    /// Nunation marks, which end an indefinite noun and so rule clitics out.
    enum Tanween: UInt8 {
        case none, accusativeOrNominative, genitive  // ً ٌ  /  ٍ
    }

    init(
        _ bytes: UnsafeBufferPointer<UInt8>, letters: UnsafeMutableBufferPointer<UInt32>,
        offsets: UnsafeMutableBufferPointer<Int>, tanween: UnsafeMutableBufferPointer<Tanween>
    ) {
        self.letters = letters
        self.offsets = offsets
        self.tanween = tanween
        let n = bytes.count
        var i = 0
        while i < n {
            let len = UTF8Scalar.sequenceLength(bytes[i])
            var cp = CodePoint.replacement
            var step = 1
            if len >= 1, i + len <= n, let c = UTF8Scalar.decode(bytes, at: i, length: len) {
                cp = c
                step = len
            }
            if Self.isMark(cp) && count > 0 {
                if cp == 0x064B || cp == 0x064C {
                    tanween[count - 1] = .accusativeOrNominative
                } else if cp == 0x064D {
                    tanween[count - 1] = .genitive
                }
            } else {
                letters[count] = cp
                offsets[count] = i
                tanween[count] = .none
                count += 1
            }
            i += step
        }
        offsets[count] = n
    }

    /// Arabic harakat U+064B–U+0652, dagger alef U+0670, madda/hamza marks U+0653–U+0655.
    @inline(__always)
    static func isMark(_ cp: UInt32) -> Bool {
        (cp >= 0x064B && cp <= 0x0655) || cp == CodePoint.daggerAlef
    }

    /// Arabic letters ء–غ and ف–ي (tatweel excluded).
    @inline(__always)
    static func isArabicLetter(_ cp: UInt32) -> Bool {
        (cp >= 0x0621 && cp <= 0x063A) || (cp >= 0x0641 && cp <= 0x064A)
    }

    @inline(__always)
    static func isDigit(_ cp: UInt32) -> Bool {
        (cp >= 0x30 && cp <= 0x39) || (cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9)
    }

    @inline(__always)
    static func isPercent(_ cp: UInt32) -> Bool { cp == 0x25 || cp == CodePoint.arabicPercentSign }

    /// و ف ب ل: the clitics split from a number (و2006، ب15000).
    @inline(__always)
    static func isNumberClitic(_ cp: UInt32) -> Bool {
        cp == 0x0648 || cp == 0x0641 || cp == 0x0628 || cp == 0x0644
    }

    func allArabicLetters(_ lo: Int, _ hi: Int) -> Bool {
        var i = lo
        while i < hi {
            if !Self.isArabicLetter(letters[i]) { return false }
            i += 1
        }
        return true
    }
}
