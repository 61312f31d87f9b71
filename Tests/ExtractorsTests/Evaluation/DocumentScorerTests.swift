import Foundation
import Testing
@testable import Extractors

/// The scorer on the synthetic gold/prediction pair of `Tests/CLITests/Fixtures/eval-synthetic` (every
/// branch of score.py: titles, سید, surface forms, unnamed people, resolved roles, mention_only, optional
/// institutions and pairs, pairs with unmatched people, unknown ids, ids of other JSON types, «.txt» names),
/// with counts worked out by hand. `EvalAgreementTests` checks the same files against score.py itself.
@Suite("Document scorer")
struct DocumentScorerTests {
    static let folder = SeedGoldTests.root.appendingPathComponent("Tests/CLITests/Fixtures/eval-synthetic")

    static func lines(_ name: String) throws -> [(Data, Int)] {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        return data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
            .filter { !$0.element.isEmpty }.map { (Data($0.element), $0.offset + 1) }
    }

    static func evaluation() throws -> Evaluation {
        let gold = try lines("gold.jsonl").map { try GoldDocument(jsonLine: $0.0, line: $0.1) }
        var predictions = PredictionSet()
        for (data, line) in try lines("pred.jsonl") { predictions.insert(try PredictedDocument(jsonLine: data, line: line)) }
        let text = try String(contentsOf: folder.appendingPathComponent("texts/doc-a.txt"), encoding: .utf8)
        return Evaluation(gold: gold, predictions: predictions) { id in
            id == "doc-a" ? String(text.unicodeScalars.drop { $0 == "\u{FEFF}" }) : nil
        }
    }

    @Test("document a: counts per field, worked out by hand")
    func documentA() throws {
        let e = try Self.evaluation()
        let a = try #require(e.documents.first { $0.id == "doc-a" })
        #expect(a.counts[.people] == FieldCounts(tp: 4, fp: 3, fn: 1))
        #expect(a.counts[.roles] == FieldCounts(tp: 3, fp: 2, fn: 2))
        #expect(a.counts[.institutions] == FieldCounts(tp: 1, fp: 1, fn: 1))
        #expect(a.counts[.met] == FieldCounts(tp: 2, fp: 5, fn: 2))
        #expect(e.badOffsets.map(\.text) == ["روحانی", "شهرداری رشت"])
    }

    @Test("totals, missing documents, and the .txt and base-name look-ups")
    func totals() throws {
        let e = try Self.evaluation()
        #expect(e.goldCount == 6)
        #expect(e.missing == ["doc-b"])
        #expect(e.totals[.met] == FieldCounts(tp: 2, fp: 6, fn: 3))
        #expect(e.documents.first { $0.id == "doc-f" }?.counts[.people] == FieldCounts(tp: 1, fp: 0, fn: 0))
        #expect(e.documents.first { $0.id == "doc-d" }?.predicted == true)
    }

    @Test("each mistake has its class and the rule that produced it")
    func mistakes() throws {
        let e = try Self.evaluation()
        func rules(_ kind: ExtractionMistake.Kind, in doc: String = "doc-a") -> [String] {
            e.mistakes.filter { $0.kind == kind && $0.document == doc }.map(\.rule)
        }
        #expect(rules(.personMissed) == [ExtractionMistake.noRuleFired])
        #expect(rules(.falsePerson) == ["person.single-name", "person.surname-title", "person.given-surname"])
        #expect(rules(.falseRole) == ["role.before-name"])
        #expect(rules(.roleOfUnmatchedPerson) == ["role.after-name"])
        #expect(rules(.roleMissed).count == 2)
        #expect(rules(.falseInstitution) == ["org.gazetteer"])
        #expect(e.mistakes.first { $0.kind == .institutionMissed }?.text == "شورای شهر رشت")
        #expect(rules(.falsePair) == ["meeting.dar-in-neshast", ExtractionMistake.noRuleRecorded])
        #expect(rules(.pairWithUnmatchedPerson) == ["meeting.ba-didar"])
        #expect(rules(.pairWithUnknownID) == ["meeting.ba-didar", "meeting.ba-didar"])
        let missedPairs = e.mistakes.filter { $0.kind == .pairMissed }
        #expect(missedPairs.count == 3)
        #expect(missedPairs.contains { $0.document == "doc-e" && $0.detail.contains("one person twice") })
        // Each field's mistakes add up to its false positives and false negatives.
        for field in ScoredField.allCases {
            let ofField = e.mistakes.filter { $0.kind.field == field }
            #expect(ofField.filter(\.kind.isMiss).count == e.totals[field]!.fn, "\(field)")
            #expect(ofField.filter { !$0.kind.isMiss }.count == e.totals[field]!.fp, "\(field)")
        }
    }

    @Test("score.py's JSON, byte for byte")
    func json() throws {
        let expected = #"{"people": {"tp": 6, "fp": 5, "fn": 2, "p": 0.5454545454545454, "r": 0.75, "f1": 0.631578947368421}, "roles": {"tp": 3, "fp": 3, "fn": 3, "p": 0.5, "r": 0.5, "f1": 0.5}, "institutions": {"tp": 1, "fp": 3, "fn": 2, "p": 0.25, "r": 0.3333333333333333, "f1": 0.28571428571428575}, "met": {"tp": 2, "fp": 6, "fn": 3, "p": 0.25, "r": 0.4, "f1": 0.3076923076923077}, "documents": 6, "missing_documents": ["doc-b"], "bad_offsets": 2}"#
        #expect(try Self.evaluation().json() == expected)
    }

    @Test("a gold line that is not JSON, has no id, or a malformed pair names its line")
    func goldErrors() {
        func reason(_ line: String) -> String? {
            do { _ = try GoldDocument(jsonLine: Data(line.utf8), line: 7); return nil } catch { return "\(error)" }
        }
        #expect(reason("{\"id\": \"x\"") == "line 7: not JSON")
        #expect(reason("[1, 2]") == "line 7: not a JSON object")
        #expect(reason("{\"people\": []}") == "line 7: the record has no `id`")
        #expect(reason("{\"id\": \"x\", \"met\": [{\"pair\": [\"a\"]}]}") == "line 7: x: `met[0]` needs a `pair` of two names")
        #expect(reason("{\"id\": \"x\", \"people\": [{\"unnamed\": true}]}") == "line 7: x: `people[0]` has no `name`")
        #expect(reason("{\"id\": \"x\"}") == nil)
    }
}
