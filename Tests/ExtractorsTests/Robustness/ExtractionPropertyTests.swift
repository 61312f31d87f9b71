import Testing
import PropertyBased
import Extractors

/// Random Persian-like text through the whole extractor (issue 8): whatever the text, the record keeps
/// its invariants (offsets in bounds and cutting the mention text, no self-loops, every met pair with a
/// meeting as evidence) and the same text gives the same record.
@Suite("Extraction properties")
struct ExtractionPropertyTests {
    @Test func randomTextKeepsTheRecordInvariants() async {
        await propertyCheck(count: 300, input: PersianLikeText.generator) { text in
            let record = robustnessExtractor.extract(SourceDocument(id: "random", text: text))
            let problems = ExtractionInvariants.violations(of: record, text: text)
            #expect(problems.isEmpty, "\(problems.prefix(3)) in «\(text)»")
        }
    }

    @Test func extractionIsDeterministic() async {
        await propertyCheck(count: 100, input: PersianLikeText.shortGenerator) { text in
            let document = SourceDocument(id: "random", text: text)
            #expect(robustnessExtractor.extract(document) == robustnessExtractor.extract(document))
        }
    }

    @Test func aPrefixCutAnywhereKeepsTheInvariants() async {
        // Cutting a text at any scalar (even inside a word or between a letter and its ZWNJ) must not
        // make the rules read past the end.
        await propertyCheck(count: 150, input: PersianLikeText.shortGenerator, Gen.int(in: 0...400)) { text, cut in
            let scalars = Array(text.unicodeScalars)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars.prefix(cut))
            let prefix = String(view)
            let record = robustnessExtractor.extract(SourceDocument(id: "cut", text: prefix))
            #expect(ExtractionInvariants.violations(of: record, text: prefix).isEmpty, "«\(prefix)»")
        }
    }

    @Test func theInvariantCheckerCatchesABrokenRecord() {
        // The checker itself must be able to fail: a record with a shifted mention and a self-loop.
        let text = "علی رضایی با محمد احمدی دیدار کرد."
        var record = robustnessExtractor.extract(SourceDocument(id: "x", text: text))
        #expect(ExtractionInvariants.violations(of: record, text: text) == [])
        #expect(!record.people.isEmpty && !record.people[0].mentions.isEmpty, "the sample sentence has people")
        guard !record.people.isEmpty, !record.people[0].mentions.isEmpty else { return }
        record.people[0].mentions[0].start += 1
        record.met.append(MetPair(a: record.people[0].id, b: record.people[0].id, meetings: []))
        let problems = ExtractionInvariants.violations(of: record, text: text)
        #expect(problems.contains { $0.contains("reads") })
        #expect(problems.contains { $0.contains("self-loop") })
        #expect(problems.contains { $0.contains("no meeting") })
    }
}
