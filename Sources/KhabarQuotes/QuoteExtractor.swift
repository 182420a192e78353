import ArabicText

/// Finds who said what in Arabic news text: direct, indirect and mixed quotes, their cues, speakers and
/// sourcing chains. Works on plain text; entity spans from an earlier stage are optional hints.
///
/// ```swift
/// let quotes = QuoteExtractor().extract("وقال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا مستعدة.")
/// // [indirect «روسيا مستعدة», cue «وقال», speaker «المتحدث باسم الكرملين دميتري بيسكوف»]
/// ```
///
/// Rules (each has a test in `QuoteExtractorTests`):
/// - R1 A cue verb (``CueLexicon``: every person, gender, tense, clitic) followed, within its clause, by a
///   complementizer (أن، إن، بأن، أنه …), a colon or a quotation opens a quote.
/// - R2 Content after a complementizer or colon runs to the end of the reported clause (``ContentBounds``); a
///   quotation right after the complementizer that ends the clause makes it direct (content inside the marks).
///   Content with a quoted part and an unquoted part is mixed; with no marks, indirect.
/// - R3 A quoted term after a cue and its subject with no complementizer (وصفه … بـ"الديكتاتور") is a direct quote.
/// - R4 The speaker is the noun phrase after the cue (VSO, ``SpeakerPhraseReader``); else a short subject
///   before it in the same clause (SVO: «البيان قال إن»); else the last speaker whose gender and number
///   agree with the cue's inflection (continuations أضاف، تابع، مضيفًا and pronoun subjects).
/// - R5 A quotation followed by «، قال X» (comma, then the cue) is a direct quote by X.
/// - R6 Attribution phrases (بحسب، وفقًا لـ، نقلًا عن …, ``SourcePhrases``) attribute the clause before them
///   (or after them, when they open the sentence) to the source they name.
/// - R7 Sourcing chain: استنادًا إلى X / نقلًا عن X after a speaker, and عن X after نقل, add X to `via`.
/// - R8 A paragraph that is one quotation right after a quoting paragraph continues the last speaker.
/// - R9 Narrator formulas (يذكر أن، يشار إلى أن) and cues with nothing reported (أعرب عن قلقه) are not quotes.
/// - R10 Supplied entity hints give the speaker its actor id and gender, and extend a speaker phrase that
///   stops inside an entity.
public struct QuoteExtractor: Sendable {
    public init() {}

    /// Extracts the quotes of `text`, in text order. Offsets are Unicode scalar indices into `text`.
    ///
    /// - Parameter tokens: the `ArabicTokenizer(.khabar)` tokens of `text`, when a caller has them
    ///   already (the analysis pipeline's token layer); they must be exactly those. `nil` tokenizes here.
    public func extract(_ text: String, entities: [EntityHint] = [], tokens: [Token]? = nil) -> [Quote] {
        var run = QuoteRun(text: text, hints: entities, tokens: tokens)
        run.findCueQuotes()
        run.findSourcePhraseQuotes()
        run.findContinuationParagraphs()
        return run.finish()
    }
}
