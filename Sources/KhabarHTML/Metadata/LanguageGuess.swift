/// Decides the page's language and direction.
///
/// Rules:
/// 1. Declared: `<html lang>`, else `og:locale`, else `content-language` / `language` meta; the primary
///    subtag is kept, lower-cased (`ar-EG` → `ar`, `ar_AR` → `ar`).
/// 2. Script check on the extracted text (at least 50 letters): if the letters are mostly Latin while the
///    declaration names an Arabic-script language (or the reverse), the script wins and a warning is added.
/// 3. Undeclared: mostly Arabic-script letters → `ur` when Urdu-only letters (ٹ ڈ ڑ ں ے) are ≥ 2 % of them,
///    `fa` when Persian letters (پ چ ژ گ) are and Urdu ones are not, else `ar`; mostly Latin → `en`
///    (a guess: Latin-script languages are not told apart).
/// 4. Direction: `rtl` for ar, fa, ur, ps, ku, ckb, sd, ug, he, yi, dv; `ltr` otherwise.
enum LanguageGuess {
    static let rtlLanguages: Set<String> = ["ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug", "he", "yi", "dv", "arz"]
    static let arabicScriptLanguages: Set<String> = ["ar", "fa", "ur", "ps", "ckb", "sd", "ug", "arz"]

    static func primary(_ tag: String?) -> String? {
        guard let tag else { return nil }
        let p = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { String($0).lowercased() } ?? ""
        return p.isEmpty || p.count > 3 || !p.allSatisfy({ $0.isLetter }) ? nil : p
    }

    static func decide(meta: PageMetadata, text: String) -> (language: String?, direction: ExtractedPage.Direction, warning: String?) {
        let declared = primary(meta.htmlLang) ?? primary(meta.first(["og:locale"]))
            ?? primary(meta.first(["content-language", "language", "dc.language"]))
        let guessed = byScript(text)
        var language = declared
        var warning: String?
        if let d = declared, let g = guessed, arabicScriptLanguages.contains(d) != arabicScriptLanguages.contains(g) {
            language = g
            warning = "page declares language \(d) but its text is in \(arabicScriptLanguages.contains(g) ? "Arabic" : "Latin") script"
        } else if declared == nil {
            language = guessed
        }
        let dir: ExtractedPage.Direction
        if let l = language { dir = rtlLanguages.contains(l) ? .rtl : .ltr }
        else { dir = meta.htmlDir?.lowercased() == "rtl" ? .rtl : .ltr }
        return (language, dir, warning)
    }

    /// The language suggested by the letters of the text, or nil when there are fewer than 50 letters.
    static func byScript(_ text: String) -> String? {
        var arabic = 0, latin = 0, urdu = 0, persian = 0
        for s in text.unicodeScalars {
            let v = s.value
            if (v >= 0x0620 && v <= 0x064A) || (v >= 0x066E && v <= 0x06D3) {
                arabic += 1
                if v == 0x0679 || v == 0x0688 || v == 0x0691 || v == 0x06BA || v == 0x06D2 { urdu += 1 }
                if v == 0x067E || v == 0x0686 || v == 0x0698 || v == 0x06AF { persian += 1 }
            } else if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F) {
                latin += 1
            }
        }
        guard arabic + latin >= 50 else { return nil }
        if arabic >= latin {
            if urdu * 50 >= arabic { return "ur" }
            if persian * 50 >= arabic { return "fa" }
            return "ar"
        }
        return "en"
    }
}
