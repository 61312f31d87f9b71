import Foundation
import Testing
@testable import Graph

/// The byte-level shortcuts resolution takes for Persian keys: `CanonicalOrder` must give `String`'s own
/// order and equality on every pair, and `ExactKey` and `Tally` count by bytes.
@Suite("Byte-level key order")
struct StringKeyOrderTests {
    /// Pieces that random keys are made of: Persian and Arabic letters, ZWNJ, ASCII, Latin-1, combining
    /// marks (Arabic harakat, hamza above, Latin acute), composed forms they are equivalent to, Greek.
    static let pieces = [
        "ا", "آ", "ا\u{0653}", "أ", "ا\u{0654}", "ی", "ي", "ئ", "ی\u{0654}", "ه", "ۀ", "ه\u{0654}", "ک", "ك",
        "\u{200C}", "پ", "چ", "ژ", "گ", "۱", "1", "a", "Z", " ", "-", "é", "e\u{0301}", "\u{064E}", "Ω", "\u{2126}",
        "ـ", "،", "«", "»",
    ]

    static func randomKey(_ random: inout SystemRandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    @Test func canonicalOrderAgreesWithStringOnRandomPairs() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let (a, b) = (Self.randomKey(&random), Self.randomKey(&random))
            let expected = a == b ? 0 : (a < b ? -1 : 1)
            #expect(CanonicalOrder.compare(a, b) == expected, "\(Array(a.unicodeScalars)) vs \(Array(b.unicodeScalars))")
            let stable = (CanonicalOrder.isStable(a), CanonicalOrder.isStable(b))
            #expect(CanonicalOrder.compare(a, stable: stable.0, b, stable: stable.1) == expected)
        }
    }

    @Test func onlyTextNormalizationLeavesAloneIsCompared() {
        #expect(CanonicalOrder.isStable("محمد\u{200C}رضا علوی 12"))
        #expect(CanonicalOrder.isStable("café"))
        #expect(!CanonicalOrder.isStable("cafe\u{0301}"), "a combining mark is left to String")
        #expect(!CanonicalOrder.isStable("ا\u{0653}"), "alef + madda composes to «آ»")
        #expect(!CanonicalOrder.isStable("\u{2126}"), "the ohm sign is a singleton decomposition")
    }

    @Test func exactKeysAreEqualOnlyWhenTheirBytesAre() {
        #expect(ExactKey("علوی") == ExactKey("علوی"))
        #expect(ExactKey("آ") != ExactKey("ا\u{0653}"), "canonically equivalent, different bytes")
        #expect(Set([ExactKey("علوی"), ExactKey("علوی"), ExactKey("علوي")]).count == 2)
    }

    @Test func aTallyCountsSpellingsByBytesAndPicksOneWinnerWhateverTheOrder() {
        // «آقا» composed and decomposed: two values of one count each, the winner the same either way.
        let spellings = ["آقا", "ا\u{0653}قا", "آقا"]
        var forward = Tally(), backward = Tally()
        for s in spellings { forward.add(s) }
        for s in spellings.reversed() { backward.add(s) }
        #expect(forward.winner == "آقا")
        #expect(forward.winner.map { Array($0.utf8) } == backward.winner.map { Array($0.utf8) })
        #expect(forward.others.map { Array($0.utf8) } == [Array("ا\u{0653}قا".utf8)])
    }
}
