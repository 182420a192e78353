import ArabicText

/// Splits text into words and punctuation marks in one pass over its UTF-8 bytes.
///
/// Rules:
/// - W1 a word is a maximal run of letters (Arabic U+0620–U+064A, U+066E–U+06D3, U+06FA–U+06FF,
///   Latin a–z A–Z and Latin-1 letters), digits (ASCII, Arabic-Indic) and combining marks (harakat,
///   U+0610–U+061A, U+064B–U+065F, U+0670, U+06D6–U+06ED) and tatweel;
/// - W2 a word mixing Arabic letters is `.arabic`; Latin letters only `.latin`; digits only `.number`;
/// - W3 every other non-space scalar is a one-scalar `.punctuation` word; spaces and controls separate.
///
/// A simple splitter local to the actor resolver: offsets are all it needs from tokenisation.
struct WordSplitter: Sendable {
    let keys: MatchKeys

    init(keys: MatchKeys = MatchKeys()) { self.keys = keys }

    /// The words of `text`, in order.
    func split(_ text: String) -> [Word] {
        var text = text
        return text.withUTF8 { split(bytes: $0) }
    }

    func split(bytes u: UnsafeBufferPointer<UInt8>) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(u.count / 6)
        var i = 0, scalar = 0
        var start = -1, startScalar = 0, hasArabic = false, hasLatin = false
        func close(_ end: Int, _ endScalar: Int) {
            guard start >= 0 else { return }
            let kind: Word.Kind = hasArabic ? .arabic : (hasLatin ? .latin : .number)
            var w = Word(kind: kind, scalarStart: startScalar, scalarEnd: endScalar, utf8Start: start, utf8End: end,
                         bare: [], keys: [], definite: false)
            keys.fill(&w, UnsafeBufferPointer(rebasing: u[start..<end]))
            words.append(w)
            start = -1; hasArabic = false; hasLatin = false
        }
        while i < u.count {
            let b = u[i]
            let len = b < 0x80 ? 1 : (b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : (b >= 0xC0 ? 2 : 1)))
            let n = min(len, u.count - i)
            var cp: UInt32 = 0
            switch n {
            case 1: cp = UInt32(b)
            case 2: cp = (UInt32(b & 0x1F) << 6) | UInt32(u[i + 1] & 0x3F)
            case 3: cp = (UInt32(b & 0x0F) << 12) | (UInt32(u[i + 1] & 0x3F) << 6) | UInt32(u[i + 2] & 0x3F)
            default: cp = (UInt32(b & 0x07) << 18) | (UInt32(u[i + 1] & 0x3F) << 12) | (UInt32(u[i + 2] & 0x3F) << 6) | UInt32(u[i + 3] & 0x3F)
            }
            let cls = Self.classify(cp)
            switch cls {
            case .arabic, .latin, .digit, .mark:
                if start < 0 { start = i; startScalar = scalar }
                if cls == .arabic { hasArabic = true }
                if cls == .latin { hasLatin = true }
            case .space:
                close(i, scalar)
            case .punct:
                close(i, scalar)
                var w = Word(kind: .punctuation, scalarStart: scalar, scalarEnd: scalar + 1, utf8Start: i, utf8End: i + n,
                             bare: Array(u[i..<(i + n)]), keys: [], definite: false)
                w.keys = [MatchKeys.hash(w.bare)]
                words.append(w)
            }
            i += n
            scalar += 1
        }
        close(u.count, scalar)
        return words
    }

    enum ScalarClass { case arabic, latin, digit, mark, space, punct }

    @inline(__always)
    static func classify(_ cp: UInt32) -> ScalarClass {
        switch cp {
        case 0x30...0x39, 0x0660...0x0669, 0x06F0...0x06F9: return .digit
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return .latin
        case 0x0620...0x063F, 0x0641...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06FA...0x06FF,
             0xFB50...0xFDFF, 0xFE70...0xFEFC: return .arabic
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640, 0x200C, 0x200D: return .mark
        case 0...0x20, 0x7F...0xA0, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF,
             0x2000...0x200A, 0x3000:
            return .space
        default: return .punct
        }
    }
}
