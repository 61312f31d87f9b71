import Foundation

/// The data the text layer reads: boilerplate markers, media names, month names, day ordinals,
/// abbreviations and ZWNJ words (files in `Resources/Lexicons`, one entry a line).
///
/// Built from a `Lexicons` value so that tests can hand over their own files; `standard` reads
/// the bundled files once.
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
        zwnjWords = lexicons["zwnj-words"]
        givenNames = lexicons["given-names"]
        lineageHonorifics = lexicons["lineage-honorifics"]
    }

    /// The files this type reads.
    public static let fileNames = ["boilerplate.txt", "media.txt", "jalali-months.txt", "gregorian-months.txt",
                                   "day-ordinals.txt", "abbreviations.txt", "zwnj-words.txt", "given-names.txt",
                                   "lineage-honorifics.txt"]

    /// Reads the text-layer files from the module bundle (only those, so that a problem in another
    /// lexicon does not stop the text layer).
    public static func bundled() throws -> TextLexicons {
        guard let dir = Bundle.module.url(forResource: "Lexicons", withExtension: nil) else {
            throw LexiconError(file: "Lexicons", line: 0, message: "the lexicon folder is missing from the bundle")
        }
        var files: [String: String] = [:]
        for name in fileNames {
            let url = dir.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) {
                files[name] = try String(contentsOf: url, encoding: .utf8)
            }
        }
        return TextLexicons(try Lexicons(files: files))
    }

    /// The bundled text-layer lexicons, read once. A malformed bundled file is a build defect
    /// (the tests read every file), so it stops the program with its `file:line`.
    public static let standard: TextLexicons = {
        do { return try bundled() } catch { fatalError("text-layer lexicons: \(error)") }
    }()
}
