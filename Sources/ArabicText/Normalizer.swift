/// Folds Arabic spelling variants so that text is compared, indexed and matched the same way.
///
/// One pass over UTF-8 bytes. Three profiles:
///
/// **`lucene`** — exactly Lucene's `ArabicNormalizer`:
/// - L1 آ أ إ (U+0622, U+0623, U+0625) → ا (U+0627)
/// - L2 ى alef maksura (U+0649) → ي (U+064A)
/// - L3 ة teh marbuta (U+0629) → ه (U+0647)
/// - L4 tatweel (U+0640) deleted
/// - L5 harakat U+064B–U+0652 (fathatan … sukun) deleted
///
/// **`search`** (the default, used for indexing and matching) — `lucene` plus:
/// - S1 dagger alef (U+0670) and madda/hamza marks U+0653–U+0655 deleted
/// - S2 ٱ alef wasla (U+0671) → ا
/// - S3 Persian/Urdu letters folded: ک (U+06A9) → ك, ی (U+06CC) → ي, ۀ ہ ھ ە ۃ (U+06C0, U+06C1,
///   U+06BE, U+06D5, U+06C3) → ه
/// - S4 presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) → their NFKC letters, then these rules
///   (ﻻ → لا, ﷲ → الله)
/// - S5 Arabic-Indic (U+0660–U+0669) and Extended Arabic-Indic (U+06F0–U+06F9) digits → ASCII 0–9;
///   Arabic decimal separator ٫ (U+066B) → `.`, thousands separator ٬ (U+066C) → `,`
/// - S6 invisible controls deleted: U+200B–U+200F, U+061C, U+202A–U+202E, U+2066–U+2069, BOM U+FEFF
/// - S7 ASCII letters lower-cased (A–Z → a–z)
/// - Arabic punctuation (، ؛ ؟ « ») is kept unchanged so it still tokenizes as punctuation.
///
/// **`display`** — only what never shows: invisible controls (S6) and tatweel (L4) deleted.
///
/// Every profile is idempotent: `normalize(normalize(x)) == normalize(x)`.
///
/// ```swift
/// ArabicNormalizer(.search).normalize("إِلَى الْمُفاوَضَاتِ")   // "الي المفاوضات"
/// ```
public struct ArabicNormalizer: Sendable {
    /// A named set of folding rules; see the type's documentation.
    public enum Profile: String, CaseIterable, Sendable {
        case lucene, search, display
    }

    public let profile: Profile

    public init(_ profile: Profile = .search) {
        self.profile = profile
    }

    /// Normalizes a string.
    public func normalize(_ text: String) -> String {
        var text = text
        return text.withUTF8 { input in
            let sink = ByteSink(capacity: input.count + 16)
            normalize(input, into: sink)
            return String(decoding: sink.buffer, as: UTF8.self)
        }
    }

    /// Normalizes UTF-8 bytes, appending to `out`. Bytes that are not well-formed UTF-8 are copied
    /// unchanged (repair input first with ``UTF8Repair`` to get U+FFFD instead).
    public func normalize(_ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let sink = ByteSink(capacity: input.count + 16)
        normalize(input, into: sink)
        out.append(contentsOf: sink.buffer)
    }

    /// The hot loop: one- and two-byte scalars through a precomputed table, the rest through ``fold(_:)``.
    /// Appends to `sink`; a caller that normalizes many short inputs (a tokenizer, one token at a
    /// time) keeps one sink and empties it (`count = 0`) instead of allocating one per call, as
    /// the `[UInt8]` overload does.
    @inline(__always)
    package func normalize(_ input: UnsafeBufferPointer<UInt8>, into sink: ByteSink) {
        normalize(input, into: sink, table: NormalizerTables.table(for: profile))
    }

    /// The loop itself, with the profile's table fetched by the caller.
    @inline(__always)
    func normalize(_ input: UnsafeBufferPointer<UInt8>, into sink: ByteSink, table: UnsafePointer<UInt32>) {
        let n = input.count
        var i = 0
        while i < n {
            sink.ensure(40)
            let b = input[i]
            if b < 0xE0 && b >= 0xC2 && i + 1 < n && input[i + 1] & 0xC0 == 0x80 {
                let cp = Int(b & 0x1F) << 6 | Int(input[i + 1] & 0x3F)
                let action = table[cp]
                if action == NormalizerTables.keep {
                    sink.append(b)
                    sink.append(input[i + 1])
                } else {
                    NormalizerTables.apply(action, to: sink)
                }
                i += 2
                continue
            }
            if b < 0x80 {
                let action = table[Int(b)]
                if action == NormalizerTables.keep { sink.append(b) } else { NormalizerTables.apply(action, to: sink) }
                i += 1
                continue
            }
            let len = UTF8Scalar.sequenceLength(b)
            guard len > 1, i + len <= n, let cp = UTF8Scalar.decode(input, at: i, length: len) else {
                sink.append(b)
                i += 1
                continue
            }
            appendSlow(scalar: cp, original: UnsafeBufferPointer(rebasing: input[i..<(i + len)]), into: sink)
            i += len
        }
    }

    /// Applies the profile's rule for one scalar of three or four bytes; `original` is its UTF-8.
    private func appendSlow(scalar cp: UInt32, original: UnsafeBufferPointer<UInt8>, into sink: ByteSink) {
        var out: [UInt8] = []
        if let folded = fold(cp) {
            if folded != Self.deleted { UTF8Scalar.append(folded, to: &out) }
        } else if profile == .search, cp >= 0xFB50, cp <= 0xFEFF, let decomposition = PresentationForms.decomposition(of: cp) {
            for d in decomposition {
                if let folded = fold(d) {
                    if folded != Self.deleted { UTF8Scalar.append(folded, to: &out) }
                } else {
                    UTF8Scalar.append(d, to: &out)
                }
            }
        } else {
            out.append(contentsOf: original)
        }
        sink.ensure(out.count)
        for b in out { sink.append(b) }
    }

    static let deleted: UInt32 = 0xFFFF_FFFF

    /// The replacement for one scalar under this profile: `nil` keeps it, ``deleted`` drops it.
    @inline(__always)
    func fold(_ cp: UInt32) -> UInt32? {
        typealias C = CodePoint
        switch profile {
        case .display:
            return (cp == C.tatweel || CodePoint.isInvisibleControl(cp)) ? Self.deleted : nil
        case .lucene:
            return Self.luceneFold(cp)
        case .search:
            if let f = Self.luceneFold(cp) { return f }
            switch cp {
            case C.daggerAlef, 0x0653...0x0655: return Self.deleted
            case C.alefWasla: return C.alef
            case C.keheh: return C.kaf
            case C.farsiYeh: return C.yeh
            case C.hehWithYeh, C.hehGoal, C.hehDoachashmee, C.ae, C.tehMarbutaGoal: return C.heh
            case 0x0660...0x0669: return 0x30 + (cp - 0x0660)
            case 0x06F0...0x06F9: return 0x30 + (cp - 0x06F0)
            case C.arabicDecimalSeparator: return 0x2E
            case C.arabicThousandsSeparator: return 0x2C
            case 0x41...0x5A: return cp | 0x20
            default:
                return CodePoint.isInvisibleControl(cp) ? Self.deleted : nil
            }
        }
    }

    @inline(__always)
    static func luceneFold(_ cp: UInt32) -> UInt32? {
        typealias C = CodePoint
        switch cp {
        case C.alefMadda, C.alefHamzaAbove, C.alefHamzaBelow: return C.alef
        case C.alefMaksura: return C.yeh
        case C.tehMarbuta: return C.heh
        case C.tatweel, C.fathatan...C.sukun: return deleted
        default: return nil
        }
    }
}
