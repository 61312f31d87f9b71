import Foundation
import Testing
@testable import Extractors

/// Adversarial input must finish (every stage looks ahead a bounded number of tokens) and never crash.
/// The time limits are wall-clock and generous: on a loaded two-core machine a debug build takes about 6 s of
/// CPU for 50,000 «سید» and twice that for 100,000 (linear); a quadratic stage would take hours.
@Suite("Robustness")
struct RobustnessTests {
    @Test("50,000 «سید» in a row finish")
    func manySeyyeds() {
        let text = String(repeating: "سید ", count: 50_000)
        let start = Date()
        let r = Fixture.extract(text)
        #expect(r.people.isEmpty)
        #expect(Date().timeIntervalSince(start) < 600)
    }

    @Test("a one-megabyte sentence of names and roles finishes with exact offsets")
    func hugeSentence() {
        let unit = "علی احمدی شهردار رشت و سید محمد حسینی در نشست با فرماندار کرمان، "
        let text = String(repeating: unit, count: 1_000_000 / unit.utf8.count)
        let start = Date()
        let r = Fixture.extract(text)
        #expect(Date().timeIntervalSince(start) < 600)
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("empty, punctuation-only and Latin-only documents give empty records")
    func degenerate() {
        for text in ["", "   \n\n", "،،،.؟!", "Hello world 123"] {
            let r = Fixture.extract(text)
            #expect(r.people.isEmpty && r.meetings.isEmpty)
        }
    }

    @Test("the same document gives the same record (deterministic ids)")
    func deterministic() throws {
        let text = try String(contentsOf: SeedGoldTests.root.appendingPathComponent("seeds/001_e04cdcbd535f7dd2.txt"), encoding: .utf8)
        #expect(Fixture.extract(text) == Fixture.extract(text))
    }
}
