import Foundation

/// The data the text layer reads: boilerplate markers, media names, month names, day ordinals,
/// abbreviations and ZWNJ words (files in `Resources/Lexicons`, one entry a line).
///
/// Built from a `Lexicons` value so that tests can hand over their own files; `bundled()` takes
/// them from the files shipped with the module.
public struct TextLexicons: Sendable {
    /// Site boilerplate markers (`boilerplate.txt`).
    public var boilerplate: Lexicon
    /// News agencies and outlets (`media.txt`).
    public var media: Lexicon
    /// Jalali month names with `month=` (`jalali-months.txt`).
    public var jalaliMonths: Lexicon
    /// Gregorian month names as Persian writes them, with `month=` (`gregorian-months.txt`).
    public var gregorianMonths: Lexicon
    /// Ordinal day numbers with `value=` (`day-ordinals.txt`).
    public var dayOrdinals: Lexicon
    /// Abbreviations whose period does not end a sentence (`abbreviations.txt`).
    public var abbreviations: Lexicon
    /// Words that bound the outlet after «به گزارش» (`outlet-cues.txt`, `kind=stop/generic/reporter/own`).
    public var outletCues: Lexicon
    /// Words a sentence never ends with, so a line ending with one was wrapped (`line-continuers.txt`).
    public var lineContinuers: Lexicon
    /// Words written with a ZWNJ, and ZWNJ affix patterns (`zwnj-words.txt`).
    public var zwnjWords: Lexicon
    /// Given names (`given-names.txt`), used to choose between attached titles («سیدهاشم» is
    /// «سید هاشم», «سیدهزهرا» is «سیده زهرا»).
    public var givenNames: Lexicon
    /// Lineage honorifics (`lineage-honorifics.txt`); those marked `attached=split` are split off the word they
    /// are written attached to («سیدمصطفی» → «سید» + «مصطفی»).
    public var lineageHonorifics: Lexicon

    /// The honorifics the tokenizer splits off an attached word, as written in the file.
    public var attachedPrefixes: [String] {
        lineageHonorifics.entries.filter { $0["attached"] == "split" }.map(\.surface)
    }
    /// The honorifics split off an attached word only before a given name (`attached=before-given-name`).
    public var guardedPrefixes: [String] {
        lineageHonorifics.entries.filter { $0["attached"] == "before-given-name" }.map(\.surface)
    }

    /// The text-layer lexicons out of a set of parsed lexicons (absent files are empty lexicons).
    public init(_ lexicons: Lexicons) {
        boilerplate = lexicons["boilerplate"]
        media = lexicons["media"]
        jalaliMonths = lexicons["jalali-months"]
        gregorianMonths = lexicons["gregorian-months"]
        dayOrdinals = lexicons["day-ordinals"]
        abbreviations = lexicons["abbreviations"]
        lineContinuers = lexicons["line-continuers"]
        outletCues = lexicons["outlet-cues"]
        zwnjWords = lexicons["zwnj-words"]
        givenNames = lexicons["given-names"]
        lineageHonorifics = lexicons["lineage-honorifics"]
    }

    /// The text-layer lexicons of the bundled files, read by the one loader of the bundle
    /// (`Lexicons.bundled()`), so a defect anywhere in them is the same `LexiconError` with its `file:line`.
    public static func bundled() throws(LexiconError) -> TextLexicons {
        TextLexicons(try Lexicons.bundled())
    }
}
