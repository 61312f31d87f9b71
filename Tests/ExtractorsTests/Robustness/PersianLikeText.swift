import Foundation
import PropertyBased
import Extractors

/// The extractor every robustness test shares (loading the lexicons once keeps the suites fast).
let robustnessExtractor: Extractor = {
    do { return try Extractor.bundled() } catch { fatalError("bundled lexicons: \(error)") }
}()

/// Random Persian-like text: words the rules key on (names, titles, role and institution heads,
/// meeting triggers, places) drawn from the bundled lexicons, mixed with connectors, punctuation,
/// digits, letter variants, joiners, bidi controls, emoji and Latin, so the generated sentences
/// reach every recognizer and also the unlikely corners between them.
enum PersianLikeText {
    /// Every `stride`-th entry (in a fixed order) of some lexicons, so the pool is varied but small.
    static let lexiconWords: [String] = {
        let lexicons = robustnessExtractor.lexicons
        var words: [String] = []
        for (name, stride) in [("given-names", 25), ("surnames", 20), ("titles", 2), ("role-heads", 4),
                               ("institution-heads", 4), ("meeting-triggers", 1), ("provinces", 3),
                               ("countries", 15), ("speech-verbs", 3), ("pronouns", 1), ("jalali-months", 2), ("media", 5)] {
            let surfaces = lexicons[name].entries.map(\.surface).sorted()
            words += Swift.stride(from: 0, to: surfaces.count, by: stride).map { surfaces[$0] }
        }
        return words
    }()

    /// Glue and noise between the words.
    static let glue: [String] = [
        " ", " ", " ", " و ", " با ", " در ", " از ", " به ", "، ", ". ", ".\n", "\n\n", ": ", " «", "» ", " (", ") ",
        "؛ ", "؟ ", " - ", " را ", " که ", " این ", " آقای ", " خانم ", " دکتر ", " سید ", " سید ", " وی ", " او ",
        " دیدار کرد", " گفت", " سابق ", " پیشین ", "‌", "\u{200C}", "\u{200F}", "\u{202E}", "\u{202C}", "\u{0640}",
        "ي", "ك", "ة", "۱۴۰۰", "2021", "١٢", "😀", "👨‍👩‍👧", "Ali", "ICT", "\r\n", "\t", "&amp;", "<b>", "</b>",
    ]

    static let pieces: [String] = lexiconWords + glue

    /// A text of up to 120 pieces joined with spaces (pieces carry their own punctuation).
    /// Stored generators, not functions returning `some Sequence`: Swift 6.3 rejects the opaque
    /// shrinker type as a non-Sendable metatype in a `@Sendable` property check.
    static let generator = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...120).map { indices in
        indices.map { pieces[$0] }.joined(separator: " ")
    }

    /// The same, up to 60 pieces.
    static let shortGenerator = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...60).map { indices in
        indices.map { pieces[$0] }.joined(separator: " ")
    }
}
