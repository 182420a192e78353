/// Named Arabic code points, as Lucene names them, so that every rule reads as what it does.
public enum CodePoint {
    public static let arabicComma: UInt32 = 0x060C
    public static let arabicSemicolon: UInt32 = 0x061B
    public static let arabicLetterMark: UInt32 = 0x061C
    public static let arabicQuestionMark: UInt32 = 0x061F
    public static let hamza: UInt32 = 0x0621
    public static let alefMadda: UInt32 = 0x0622
    public static let alefHamzaAbove: UInt32 = 0x0623
    public static let wawHamzaAbove: UInt32 = 0x0624
    public static let alefHamzaBelow: UInt32 = 0x0625
    public static let yehHamzaAbove: UInt32 = 0x0626
    public static let alef: UInt32 = 0x0627
    public static let beh: UInt32 = 0x0628
    public static let tehMarbuta: UInt32 = 0x0629
    public static let teh: UInt32 = 0x062A
    public static let seen: UInt32 = 0x0633
    public static let tatweel: UInt32 = 0x0640
    public static let feh: UInt32 = 0x0641
    public static let kaf: UInt32 = 0x0643
    public static let lam: UInt32 = 0x0644
    public static let meem: UInt32 = 0x0645
    public static let noon: UInt32 = 0x0646
    public static let heh: UInt32 = 0x0647
    public static let waw: UInt32 = 0x0648
    public static let alefMaksura: UInt32 = 0x0649
    public static let yeh: UInt32 = 0x064A
    public static let fathatan: UInt32 = 0x064B
    public static let shadda: UInt32 = 0x0651
    public static let sukun: UInt32 = 0x0652
    public static let arabicPercentSign: UInt32 = 0x066A
    public static let arabicDecimalSeparator: UInt32 = 0x066B
    public static let arabicThousandsSeparator: UInt32 = 0x066C
    public static let daggerAlef: UInt32 = 0x0670
    public static let alefWasla: UInt32 = 0x0671
    public static let keheh: UInt32 = 0x06A9
    public static let hehDoachashmee: UInt32 = 0x06BE
    public static let hehWithYeh: UInt32 = 0x06C0
    public static let hehGoal: UInt32 = 0x06C1
    public static let tehMarbutaGoal: UInt32 = 0x06C3
    public static let farsiYeh: UInt32 = 0x06CC
    public static let ae: UInt32 = 0x06D5
    public static let arabicFullStop: UInt32 = 0x06D4
    public static let bom: UInt32 = 0xFEFF
    public static let replacement: UInt32 = 0xFFFD

    /// Bidi and zero-width controls that never show: U+200B–U+200F, U+061C, U+202A–U+202E,
    /// U+2066–U+2069 and the byte-order mark U+FEFF.
    @inline(__always)
    public static func isInvisibleControl(_ cp: UInt32) -> Bool {
        switch cp {
        case 0x200B...0x200F, arabicLetterMark, 0x202A...0x202E, 0x2066...0x2069, bom: return true
        default: return false
        }
    }

    /// Arabic harakat, dagger alef and Quranic marks: the combining marks of the Arabic blocks.
    @inline(__always)
    public static func isArabicMark(_ cp: UInt32) -> Bool {
        switch cp {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7, 0x06E8,
            0x06EA...0x06ED, 0x08D3...0x08FF:
            return true
        default: return false
        }
    }

    /// Letters of the Arabic script (U+0620–U+064A, U+066E–U+06D3, U+06D5, U+06EE–U+06FF less digits,
    /// the supplement, extended-A and presentation forms), tatweel included.
    @inline(__always)
    public static func isArabicLetter(_ cp: UInt32) -> Bool {
        switch cp {
        case 0x0620...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06E5, 0x06E6, 0x06EE, 0x06EF,
            0x06FA...0x06FC, 0x06FF, 0x0750...0x077F, 0x08A0...0x08C9, 0xFB50...0xFDFB, 0xFE70...0xFEFC:
            return true
        default: return false
        }
    }
}
