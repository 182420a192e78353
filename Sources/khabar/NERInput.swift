import KhabarNER

/// Turns a text file into token sentences for `bench ner`: an ANERcorp-style file (`token TAG`
/// lines) gives its tokens; any other text is tokenized and split into sentences as
/// `NERTagger.entities(inText:)` does.
enum NERInput {
    static func sentences(_ text: String) -> [[String]] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let labelled = lines.prefix(50).allSatisfy { line in
            line.isEmpty || line.split(separator: " ").last.map { $0 == "O" || $0.hasPrefix("B-") || $0.hasPrefix("I-") } == true
        }
        if labelled {
            var out: [[String]] = [], current: [String] = []
            for line in lines {
                if line.isEmpty {
                    if !current.isEmpty { out.append(current); current = [] }
                } else if let space = line.lastIndex(of: " ") {
                    current.append(String(line[..<space]))
                }
            }
            if !current.isEmpty { out.append(current) }
            return out
        }
        return NERTagger.sentences(of: text).sentences
    }
}
