import Testing

@testable import KhabarNER

struct CoNLLCorpusTests {
    @Test func readsSentencesSeparatedByBlankLines() throws {
        let text = "زار B-PERS\nفلان I-PERS\nبيروت B-LOC\n\n\nوقال O\n"
        let s = try CoNLLCorpus.parse(text)
        #expect(s.count == 2)
        #expect(s[0].tokens == ["زار", "فلان", "بيروت"])
        #expect(s[0].labels.map(\.description) == ["B-PERS", "I-PERS", "B-LOC"])
        #expect(s[1].tokens == ["وقال"])
    }

    @Test(arguments: [("a B-XYZ\n", 1), ("a O\nnotag\n", 2)])
    func reportsTheLineOfABadRow(text: String, line: Int) {
        #expect(throws: CoNLLError.self) { try CoNLLCorpus.parse(text) }
        do { _ = try CoNLLCorpus.parse(text, file: "f.txt") } catch let e as CoNLLError {
            #expect(e.line == line)
            #expect(e.description.hasPrefix("f.txt:\(line):"))
        } catch { Issue.record("unexpected \(error)") }
    }
}

struct NEREvaluationTests {
    @Test func countsExactSpansOnly() {
        var e = NEREvaluation()
        let gold = "B-PERS I-PERS O B-LOC O B-ORG".split(separator: " ").map { NERLabel($0)! }
        let pred = "B-PERS O O B-LOC O B-LOC".split(separator: " ").map { NERLabel($0)! }
        e.add(gold: gold, predicted: pred)
        let all = e.score()
        #expect(all.tp == 1 && all.predicted == 3 && all.gold == 3)
        #expect(e.score(.location).tp == 1)
        #expect(e.score(.person).tp == 0)
        #expect(e.wrongType["ORG→LOC"] == 1)
        #expect(e.wrongType["boundary PERS"] == 1)
    }
}
