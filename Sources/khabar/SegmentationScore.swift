import ArabicText
import Foundation

/// One gold word: its sentence, surface form and segments.
struct GoldSegmentation {
    let sentence: String
    let surface: String
    let segments: [String]
}

/// The gold file, read line by line; bad lines are reported, not fatal.
struct SegmentationGold {
    var words: [GoldSegmentation] = []
    var problems: [String] = []

    static func read(_ path: String) throws -> SegmentationGold {
        let text = try readTextFile(path)
        var gold = SegmentationGold()
        for (i, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if i == 0 || line.isEmpty { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 3, !f[1].isEmpty else {
                gold.problems.append("\(path):\(i + 1): expected sent_id, surface, segments; line skipped")
                continue
            }
            let segs = f[2].split(separator: "+", omittingEmptySubsequences: false).map(String.init)
            guard segs.joined() == String(f[1]), !segs.contains(where: \.isEmpty) else {
                gold.problems.append("\(path):\(i + 1): segments do not concatenate to the surface; line skipped")
                continue
            }
            gold.words.append(GoldSegmentation(sentence: String(f[0]), surface: String(f[1]), segments: segs))
        }
        return gold
    }
}

/// Word accuracy and split-point precision/recall for one part of the data.
struct SegmentationCounts {
    var words = 0, exact = 0, truePoints = 0, predictedPoints = 0, goldPoints = 0
    var accuracy: Double { words == 0 ? 0 : Double(exact) / Double(words) }
    var precision: Double { predictedPoints == 0 ? 1 : Double(truePoints) / Double(predictedPoints) }
    var recall: Double { goldPoints == 0 ? 1 : Double(truePoints) / Double(goldPoints) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    mutating func add(gold: Set<Int>, predicted: Set<Int>) {
        words += 1
        if gold == predicted { exact += 1 }
        truePoints += gold.intersection(predicted).count
        predictedPoints += predicted.count
        goldPoints += gold.count
    }
}

struct SegmentationScore {
    var all = SegmentationCounts(), dev = SegmentationCounts(), heldOut = SegmentationCounts()
    /// category → (surface, gold, predicted) → count
    var errors: [String: [String: Int]] = [:]

    static func run(
        _ segmenter: CliticSegmenter, on words: [GoldSegmentation], dev devIDs: Set<String>,
        errorsIn part: String = "all"
    ) -> SegmentationScore {
        var s = SegmentationScore()
        for w in words {
            let predicted = segmenter.segment(w.surface)
            let g = points(w.segments)
            let p = points(predicted)
            s.all.add(gold: g, predicted: p)
            let isDev = devIDs.contains(w.sentence)
            if isDev { s.dev.add(gold: g, predicted: p) } else { s.heldOut.add(gold: g, predicted: p) }
            if g != p && (part == "all" || (part == "dev") == isDev) {
                let example = "\(w.surface)  \(w.segments.joined(separator: "+")) → \(predicted.joined(separator: "+"))"
                s.errors[category(w.surface, gold: g, predicted: p), default: [:]][example, default: 0] += 1
            }
        }
        return s
    }

    /// Split points as scalar offsets into the surface.
    static func points(_ segments: [String]) -> Set<Int> {
        var out = Set<Int>()
        var at = 0
        for seg in segments.dropLast() {
            at += seg.unicodeScalars.count
            out.insert(at)
        }
        return out
    }

    static let proclitic: Set<Character> = ["و", "ف", "ب", "ل", "ك", "س"]
    static let pronouns: Set<String> = ["ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "ك", "نا", "ني", "ي"]

    /// missed/false proclitic when the differing point has only proclitic letters before it,
    /// missed/false suffix when a pronoun follows it, otherwise other.
    static func category(_ surface: String, gold: Set<Int>, predicted: Set<Int>) -> String {
        let scalars = Array(surface.unicodeScalars)
        func kind(_ point: Int) -> String {
            let head = String(String.UnicodeScalarView(scalars[..<point]))
            let tail = String(String.UnicodeScalarView(scalars[point...]))
            if head.count <= 3 && head.allSatisfy({ proclitic.contains($0) }) { return "proclitic" }
            if pronouns.contains(tail) { return "suffix" }
            return "other split"
        }
        if let missed = gold.subtracting(predicted).min() { return "missed \(kind(missed))" }
        if let extra = predicted.subtracting(gold).min() { return "false \(kind(extra))" }
        return "other"
    }

    func printFigures() {
        for (name, c) in [("whole file", all), ("held-out", heldOut), ("dev", dev)] {
            print(
                String(
                    format: "  %-10@ words %6d  exact %6d  accuracy %.4f  split P %.4f R %.4f F1 %.4f",
                    name, c.words, c.exact, c.accuracy, c.precision, c.recall, c.f1))
        }
    }

    func printErrors(examples: Int) {
        for (category, cases) in errors.sorted(by: { $0.value.values.reduce(0, +) > $1.value.values.reduce(0, +) }) {
            print("  \(category): \(cases.values.reduce(0, +))")
            for (example, n) in cases.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key })
                .prefix(examples)
            {
                print("    \(example)\(n > 1 ? "  ×\(n)" : "")")
            }
        }
    }
}
