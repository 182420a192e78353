import ArabicText

/// Turns the text into the resolver's words: ``ArabicTokenizer`` (`.khabar` mode) tokens with their
/// match keys.
///
/// Rules:
/// - W1 Arabic tokens are `.arabic` words; Latin and other-script tokens `.latin`; numbers `.number`;
/// - W2 a hashtag is split into its `#` (punctuation) and its words at `_` (#الرباعية_العربية);
/// - W3 punctuation, symbols, URLs, e-mail addresses and @mentions are `.punctuation` words, which no
///   phrase crosses.
struct WordSplitter: Sendable {
    let keys: MatchKeys
    let tokenizer = ArabicTokenizer(.khabar)

    init(keys: MatchKeys = MatchKeys()) { self.keys = keys }

    /// The words of `text`, in order.
    func split(_ text: String) -> [Word] {
        var bare: [UInt8] = []
        return split(text, bare: &bare)
    }

    /// The words of `text`, their bare forms in `bare` (see ``Word/bareRange``).
    func split(_ text: String, bare: inout [UInt8]) -> [Word] {
        var text = text
        return text.withUTF8 { split(bytes: $0, bare: &bare) }
    }

    /// The words of the UTF-8 text `u`. Their bare forms (normalized words, punctuation as written)
    /// are appended to `buffer`, which is emptied first; each word holds its range there.
    ///
    /// `given` is the ``ArabicTokenizer`` (`.khabar`) output for exactly these bytes when the caller
    /// has it (a document's token layer); otherwise the text is tokenized here.
    func split(bytes u: UnsafeBufferPointer<UInt8>, tokens given: [Token]? = nil, bare buffer: inout [UInt8]) -> [Word] {
        let tokens: [Token]
        if let given {
            tokens = given
        } else {
            var made: [Token] = []
            made.reserveCapacity(u.count / 5)
            tokenizer.tokenize(u, into: &made)
            tokens = made
        }
        var words: [Word] = []
        words.reserveCapacity(tokens.count)
        buffer.removeAll(keepingCapacity: true)
        buffer.reserveCapacity(u.count + 64)
        for t in tokens {
            switch t.kind {
            case .arabicWord: words.append(word(.arabic, t.utf8Range, t.scalarRange, u, &buffer))
            case .latinWord, .otherWord: words.append(word(.latin, t.utf8Range, t.scalarRange, u, &buffer))
            case .number: words.append(word(.number, t.utf8Range, t.scalarRange, u, &buffer))
            case .hashtag: splitHashtag(t, u, into: &words, &buffer)
            default: words.append(punct(t.utf8Range, t.scalarRange, u, &buffer))
            }
        }
        return words
    }

    private func word(_ kind: Word.Kind, _ b: Range<Int>, _ s: Range<Int>, _ u: UnsafeBufferPointer<UInt8>,
                      _ buffer: inout [UInt8]) -> Word {
        let start = buffer.count
        keys.normalize(UnsafeBufferPointer(rebasing: u[b]), into: &buffer)
        let end = buffer.count
        let (wordKeys, definite, bareRange) = buffer.withUnsafeBufferPointer { p -> (WordKeys, Bool, Range<Int>) in
            let norm = p[start..<end]
            let bare = MatchKeys.dropArticle(norm)
            return (MatchKeys.readings(norm), MatchKeys.isDefinite(norm), bare.startIndex..<bare.endIndex)
        }
        return Word(kind: kind, scalarStart: s.lowerBound, scalarEnd: s.upperBound, utf8Start: b.lowerBound, utf8End: b.upperBound,
                    bareRange: bareRange, keys: wordKeys, definite: definite)
    }

    private func punct(_ b: Range<Int>, _ s: Range<Int>, _ u: UnsafeBufferPointer<UInt8>,
                       _ buffer: inout [UInt8]) -> Word {
        let start = buffer.count
        buffer.append(contentsOf: u[b])
        let bareRange = start..<buffer.count
        var keys = WordKeys()
        keys.append(MatchKeys.hash(u[b]))
        let p = UnsafeBufferPointer(rebasing: u[b])
        let comma = (p.count == 2 && p[0] == 0xD8 && p[1] == 0x8C) || (p.count == 1 && p[0] == 0x2C)  // ، or ,
        return Word(kind: .punctuation, scalarStart: s.lowerBound, scalarEnd: s.upperBound, utf8Start: b.lowerBound,
                    utf8End: b.upperBound, bareRange: bareRange, keys: keys, definite: false, isComma: comma)
    }

    /// W2: `#` then the `_`-separated parts as words.
    private func splitHashtag(_ t: Token, _ u: UnsafeBufferPointer<UInt8>, into words: inout [Word], _ buffer: inout [UInt8]) {
        var b = t.utf8Range.lowerBound, s = t.scalarRange.lowerBound
        let end = t.utf8Range.upperBound
        var partStart = -1, partScalar = 0, arabic = false
        func close() {
            if partStart >= 0 {
                words.append(word(arabic ? .arabic : .latin, partStart..<b, partScalar..<s, u, &buffer))
                partStart = -1; arabic = false
            }
        }
        while b < end {
            let c = u[b]
            let len = c < 0x80 ? 1 : (c >= 0xF0 ? 4 : (c >= 0xE0 ? 3 : 2))
            if c == 0x23 || c == 0x5F {  // '#', '_'
                close()
                words.append(punct(b..<(b + 1), s..<(s + 1), u, &buffer))
            } else {
                if partStart < 0 { partStart = b; partScalar = s }
                if c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB { arabic = true }
            }
            b += min(len, end - b)
            s += 1
        }
        close()
    }
}
