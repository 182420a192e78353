import ArabicLexicon
import ArabicText

/// Applies one text step to successive pieces of input, keeping offsets global across pieces.
struct TextStepProcessor {
    let step: TextCommand.Step
    let jsonl: Bool
    let reverse: Bool
    let normalizer: ArabicNormalizer
    let tokenizer: ArabicTokenizer
    let stemmer: ArabicStemmer
    let analyzer: LuceneAnalyzer
    let segmenter: CliticSegmenter?
    private var byteBase = 0
    private var scalarBase = 0
    private var tokens: [Token] = []
    private var scratch: [UInt8] = []

    init(step: TextCommand.Step, profile: String?, chain: LuceneAnalyzer.Chain, jsonl: Bool, reverse: Bool) throws {
        self.step = step
        self.jsonl = jsonl
        self.reverse = reverse
        let lucene = profile == "lucene"
        switch step {
        case .normalize: normalizer = ArabicNormalizer(ArabicNormalizer.Profile(rawValue: profile ?? "search") ?? .search)
        default: normalizer = ArabicNormalizer(lucene ? .lucene : .search)
        }
        tokenizer = ArabicTokenizer(lucene && step == .tokenize ? .lucene : .khabar)
        stemmer = ArabicStemmer(lucene ? .lucene : .search)
        analyzer = LuceneAnalyzer(chain)
        segmenter = step == .segment ? try CliticSegmenter.standard : nil
    }

    mutating func process(_ p: UnsafeBufferPointer<UInt8>, into w: inout ByteWriter) {
        defer {
            byteBase += p.count
            var s = 0
            for b in p where b & 0xC0 != 0x80 { s += 1 }
            scalarBase += s
        }
        switch step {
        case .normalize:
            scratch.removeAll(keepingCapacity: true)
            normalizer.normalize(p, into: &scratch)
            w.write(scratch)
        case .translit:
            scratch.removeAll(keepingCapacity: true)
            if reverse { Buckwalter.toArabic(p, into: &scratch) } else { Buckwalter.fromArabic(p, into: &scratch) }
            w.write(scratch)
        case .lucene:
            analyzer.analyze(p) { term in
                w.write(term)
                w.write(CollectionOfOne(UInt8(0x0A)))
            }
        case .tokenize:
            tokenize(p)
            for t in tokens { writeSpan(p, t.utf8Range, t.scalarRange, extra: [("kind", t.kind.rawValue)], into: &w) }
        case .sentences:
            tokenize(p)
            for s in SentenceSplitter().split(p, tokens: tokens, baseUTF8: byteBase) {
                writeSpan(p, s.utf8Range, s.scalarRange, extra: [], into: &w, flattenLines: true)
            }
        case .stem, .segment:
            tokenize(p)
            for t in tokens where t.kind.isWord {
                let word = UnsafeBufferPointer(rebasing: p[(t.utf8Range.lowerBound - byteBase)..<(t.utf8Range.upperBound - byteBase)])
                let result = step == .stem ? stem(word) : segment(word)
                writeSpan(p, t.utf8Range, t.scalarRange, extra: [(step == .stem ? "stem" : "segments", result)], into: &w, value: result)
            }
        }
    }

    private mutating func tokenize(_ p: UnsafeBufferPointer<UInt8>) {
        tokens.removeAll(keepingCapacity: true)
        tokenizer.tokenize(p, baseUTF8: byteBase, baseScalar: scalarBase, into: &tokens)
    }

    private mutating func stem(_ word: UnsafeBufferPointer<UInt8>) -> String {
        scratch.removeAll(keepingCapacity: true)
        normalizer.normalize(word, into: &scratch)
        return scratch.withUnsafeBufferPointer { n in
            String(decoding: UnsafeBufferPointer(rebasing: n[stemmer.stemRange(n, 0..<n.count)]), as: UTF8.self)
        }
    }

    private func segment(_ word: UnsafeBufferPointer<UInt8>) -> String {
        let w = String(decoding: word, as: UTF8.self)
        return segmenter?.segment(w).joined(separator: "+") ?? w
    }

    /// Writes one span: its text (or `value`) on a line, or a JSON object with offsets.
    private func writeSpan(
        _ p: UnsafeBufferPointer<UInt8>, _ bytes: Range<Int>, _ scalars: Range<Int>, extra: [(String, String)],
        into w: inout ByteWriter, flattenLines: Bool = false, value: String? = nil
    ) {
        let local = UnsafeBufferPointer(rebasing: p[(bytes.lowerBound - byteBase)..<(bytes.upperBound - byteBase)])
        if !jsonl {
            if let value {
                w.write(value)
            } else if flattenLines {
                w.write(local.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 })
            } else {
                w.write(local)
            }
            w.write(CollectionOfOne(UInt8(0x0A)))
            return
        }
        var line: [UInt8] = Array("{\"text\":".utf8)
        JSONText.appendString(local, to: &line)
        for (k, v) in extra {
            line.append(contentsOf: ",\"\(k)\":".utf8)
            JSONText.appendString(v, to: &line)
        }
        line.append(contentsOf: ",\"start\":\(scalars.lowerBound),\"end\":\(scalars.upperBound),\"byte_start\":\(bytes.lowerBound),\"byte_end\":\(bytes.upperBound)}\n".utf8)
        w.write(line)
    }
}
