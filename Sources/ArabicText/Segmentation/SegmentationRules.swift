/// The closed-class language data of ``CliticSegmenter``: which clitics exist, how they combine and
/// which function words must not be cut. Sets hold lexicon-key hashes (see ``LexiconKey``), so
/// أن / ان / إن compare equal, as they do in real spelling.
enum SegmentationRules {
    static let waw: UInt32 = 0x0648, feh: UInt32 = 0x0641, beh: UInt32 = 0x0628, lam: UInt32 = 0x0644
    static let kaf: UInt32 = 0x0643, seen: UInt32 = 0x0633, alef: UInt32 = 0x0627

    /// R1 Proclitic sequences, in the order they attach: a conjunction (و ف), then a preposition
    /// (ب ل ك) or the future particle س.
    static let proclitics: [Clitic] = ["و", "ف", "ب", "ل", "ك", "س", "وب", "ول", "وك", "وس", "فب", "فل", "فك", "فس"]
        .map(Clitic.init)

    /// R2 Pronoun enclitics (on verbs, nouns, prepositions and particles), tried in this order.
    /// ي (my / me after a preposition) is only split from the particles of R6: on open-class words
    /// it is far more often a nisba or verb ending (عربي، يجري).
    static let pronouns: [Clitic] = ["ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "ك", "نا", "ني", "ي"]
        .map(Clitic.init)

    /// R3 Pronouns that a bare preposition ب / ل takes with nothing between (له، بها، لنا); after
    /// a conjunction alone only the third-person independent forms (وها، وهم).
    static let prepositionPronouns = hashes("ه ها هم هما هن كم كما كن ك نا")
    static let conjunctionPronouns = hashes("ها هم هما هن")

    /// R4 Function words that look like clitic + word but are one word: never segmented.
    static let unsplittable = hashes(
        """
        كما كان كانت كانوا كنا كنت لكن بعد بل كل لدى فقط فوق كيف كذلك لقد لم لن لا لو ليس ليست ليسوا \
        كي لكي بعض بدون بين فيما بينما كلما عندما إنما ذلك هناك هنا تلك هذه هذا هؤلاء بي ما كم لماذا \
        ماذا إذ إذا كلا سوف سوى سواء لدي لي كأن لعل ليت لذا فإذا فحسب
        """)

    /// R5 Two-letter words a proclitic may leave behind (وقد، بما، ولم، وهو); any other two-letter
    /// remainder is too likely an accident of spelling (بات ≠ ب+ات).
    static let shortStems = hashes("ما من في عن لا لم لن قد هو هي أن إن أي كل مع لو كي ذا هم هن نا أو ثم إذ")

    /// R6 Prepositions, particles and quantifiers that take pronoun suffixes (فيه، عليها، أنه، لكنه،
    /// نفسه، بعضهم): always real words, whatever the corpus says.
    static let particles = hashes(
        """
        في على علي إلى إلي من عن مع لدى لدي عند بين حول دون ضد نحو خلال أمام وراء فوق تحت بعد قبل \
        مثل غير كل بعض نفس ذات أن إن لكن كأن لعل ليت منذ حتى أنفس جميع معظم أحد كلا كلي أي
        """)

    /// R7 (rules only, no lexicon) Function words a conjunction or preposition may precede.
    static let functionWords = hashes(
        """
        هو هي هم هما هن هذا هذه هؤلاء ذلك تلك التي الذي الذين اللذين اللتين اللواتي قد لم لن لا ما \
        من في على إلى عن مع بين أن إن لكن كان كانت يكون تكون غير كل بعض حتى لو إذا
        """)

    /// R7 (rules only) Pronouns split from any stem of three letters or more.
    static let rulesOnlySuffixes: Set<Clitic> = Set(["ها", "هم", "هما", "كم", "هن"].map(Clitic.init))

    /// و ف ب ل ك س: the letters a proclitic can be.
    @inline(__always)
    static func isProcliticLetter(_ cp: UInt32) -> Bool {
        cp == waw || cp == feh || cp == beh || cp == lam || cp == kaf || cp == seen
    }

    /// ه ا م ن ك ي: the letters a pronoun of R2 ends with.
    @inline(__always)
    static func isPronounEnding(_ cp: UInt32) -> Bool {
        cp == 0x0647 || cp == alef || cp == 0x0645 || cp == 0x0646 || cp == kaf || cp == 0x064A
    }

    /// ب ل ك: prepositions, which govern the genitive.
    static func isPreposition(_ cp: UInt32) -> Bool { cp == beh || cp == lam || cp == kaf }

    /// R8 Letters that open an imperfect verb: the only words س (future) attaches to.
    static func isImperfectPrefix(_ cp: UInt32) -> Bool {
        cp == 0x064A || cp == 0x062A || cp == 0x0646 || cp == 0x0623  // ي ت ن أ
    }

    /// R9 How unlikely each proclitic is a priori (multiplies the stem's count when analyses
    /// compete): ف and س are rarer than و ب ل, ك rarer still.
    static func weight(_ cp: UInt32) -> Double {
        switch cp {
        case feh, seen: return 0.5
        case kaf: return 0.3
        default: return 1
        }
    }

    /// R10 Which proclitics cannot stand *before* a word starting with the given proclitic: if
    /// such a combination (or the article ال) is attested, the word is a word of its own
    /// (ووافق and الوفد show that وافق, وفد are not و+…).
    static func blockers(_ cp: UInt32) -> [Clitic] {
        switch cp {
        case waw, feh: return blockConjunction
        case seen: return blockFuture
        default: return blockPreposition
        }
    }
    static let blockConjunction = [waw, feh, beh, lam, kaf].map(Clitic.init)
    static let blockFuture = [beh, lam, kaf, seen].map(Clitic.init)
    static let blockPreposition = [beh, lam, kaf].map(Clitic.init)

    static func hashes(_ words: String) -> HashCountTable {
        HashCountTable(
            words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { (LexiconKey.hash(String($0)), 1) })
    }
}
