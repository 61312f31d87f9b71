/// Runs the text layer on a document: tokens, sentences, boilerplate marks and metadata.
///
/// ```swift
/// let analyzed = try TextAnalyzer.bundled().analyze(document)
/// for s in analyzed.sentences where s.isContent { … analyzed.tokens[s.tokens] … }
/// ```
/// Every range it reports counts Unicode scalars of `document.text`, end exclusive.
/// Complexity: O(n) in the length of the text.
public struct TextAnalyzer: Sendable {
    /// Titles that Persian writes attached to the next word («سیدمصطفی»), as keys.
    public var attachedPrefixes: [String] {
        didSet { tokenizer = Tokenizer(attachedPrefixes: attachedPrefixes, guardedPrefixes: guardedPrefixes, givenNames: tokenizer.givenNames) }
    }
    /// Titles split off an attached word only when a given name follows that is not part of a longer given
    /// name («میرهاشم» → «میر» + «هاشم»; «میرحسین» stays whole), as keys.
    public let guardedPrefixes: [String]
    /// The data the layer reads (boilerplate markers, outlets, months, abbreviations).
    public let lexicons: TextLexicons

    // Built once per analyzer, since lexicon indexes are not free.
    private var tokenizer: Tokenizer
    private let splitter: SentenceSplitter
    private let boilerplate: BoilerplateMarker
    private let metadataReader: MetadataReader

    /// An analyzer with the bundled text lexicons, splitting the honorifics they mark `attached=split`.
    /// The indexes are built once a process; a defect in the bundled files is thrown to every caller.
    public static func bundled() throws(LexiconError) -> TextAnalyzer {
        let parts = try bundledParts.get()
        return TextAnalyzer(attachedPrefixes: parts.lexicons.attachedPrefixes, guardedPrefixes: parts.lexicons.guardedPrefixes, parts: parts)
    }

    /// An analyzer splitting the given attached titles, with the bundled text lexicons.
    public static func bundled(attachedPrefixes: [String]) throws(LexiconError) -> TextAnalyzer {
        TextAnalyzer(attachedPrefixes: attachedPrefixes, parts: try bundledParts.get())
    }

    /// An analyzer with explicit lexicons (tests, other data sets), splitting the honorifics they mark
    /// `attached=split` in lineage-honorifics.txt.
    public init(lexicons: TextLexicons) {
        self.init(attachedPrefixes: lexicons.attachedPrefixes, guardedPrefixes: lexicons.guardedPrefixes, parts: Parts(lexicons))
    }

    /// An analyzer with explicit lexicons and attached titles.
    public init(attachedPrefixes: [String], lexicons: TextLexicons) {
        self.init(attachedPrefixes: attachedPrefixes, parts: Parts(lexicons))
    }

    private init(attachedPrefixes: [String], guardedPrefixes: [String] = [], parts: Parts) {
        self.attachedPrefixes = attachedPrefixes
        self.guardedPrefixes = guardedPrefixes
        lexicons = parts.lexicons
        tokenizer = Tokenizer(attachedPrefixes: attachedPrefixes, guardedPrefixes: guardedPrefixes, givenNames: parts.givenNames)
        splitter = parts.splitter
        boilerplate = parts.boilerplate
        metadataReader = parts.metadataReader
    }

    /// The lexicon indexes an analyzer needs; those of the bundled lexicons are built once.
    private struct Parts: Sendable {
        let lexicons: TextLexicons
        let givenNames: PhraseMatcher?
        let splitter: SentenceSplitter
        let boilerplate: BoilerplateMarker
        let metadataReader: MetadataReader

        init(_ lexicons: TextLexicons) {
            self.lexicons = lexicons
            givenNames = lexicons.givenNames.count > 0 ? PhraseMatcher(lexicons.givenNames) : nil
            let media = PhraseMatcher(lexicons.media)
            splitter = SentenceSplitter(abbreviations: PhraseMatcher(lexicons.abbreviations), media: media, lineContinuers: lexicons.lineContinuers,
                                        givenNames: lexicons.givenNames)
            boilerplate = BoilerplateMarker(markers: PhraseMatcher(lexicons.boilerplate))
            metadataReader = MetadataReader(dateReader: DateReader(lexicons: lexicons), media: media, outletCues: lexicons.outletCues)
        }
    }

    /// The bundled lexicons' indexes, built on first use (kept as a result, so a defect is reported, not hidden).
    private static let bundledParts = Result<Parts, LexiconError> { () throws(LexiconError) -> Parts in Parts(try TextLexicons.bundled()) }

    /// The scalars of a text, decoded straight from its UTF-8 (faster than `Array(text.unicodeScalars)`).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            // Written straight into the array's storage (at most one scalar a byte): appending checked
            // the capacity and uniqueness on every scalar.
            Array(unsafeUninitializedCapacity: bytes.count) { out, written in
                var k = 0
                var i = 0
                let n = bytes.count
                while i < n {
                    let b0 = UInt32(bytes[i])
                    var v: UInt32
                    if b0 < 0x80 {
                        v = b0
                        i &+= 1
                    } else if b0 < 0xE0 {
                        // Two bytes: the Arabic script, most of a Persian text's scalars; a word's letters are read
                        // in one loop (the tests for one byte and three came before every letter).
                        out[k] = unsafeBitCast((b0 & 0x1F) << 6 | UInt32(bytes[i &+ 1] & 0x3F), to: Unicode.Scalar.self)
                        k &+= 1
                        i &+= 2
                        while i < n, bytes[i] & 0xE0 == 0xC0 {
                            out[k] = unsafeBitCast(UInt32(bytes[i] & 0x1F) << 6 | UInt32(bytes[i &+ 1] & 0x3F), to: Unicode.Scalar.self)
                            k &+= 1
                            i &+= 2
                        }
                        continue
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(bytes[i &+ 1] & 0x3F) << 6 | UInt32(bytes[i &+ 2] & 0x3F)
                        i &+= 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(bytes[i &+ 1] & 0x3F) << 12 | UInt32(bytes[i &+ 2] & 0x3F) << 6 | UInt32(bytes[i &+ 3] & 0x3F)
                        i &+= 4
                    }
                    // A Swift string's UTF-8 is always valid, so every value is a scalar: taken as one
                    // without `Unicode.Scalar(_:)`'s range checks (a scalar is its UInt32 value).
                    out[k] = unsafeBitCast(v, to: Unicode.Scalar.self)
                    k &+= 1
                }
                written = k
            }
        }
    }

    /// Analyzes one document.
    public func analyze(_ document: SourceDocument) -> AnalyzedText {
        let scalars = Self.scalars(of: document.text)
        let tokens = tokenizer.tokenize(scalars)
        var (sentences, prefixes) = splitter.split(scalars: scalars, tokens: tokens)
        boilerplate.mark(&sentences, tokens: tokens)
        let metadata = metadataReader.read(document: document, scalars: scalars, tokens: tokens, sentences: sentences, prefixes: prefixes)
        return AnalyzedText(document: document, scalars: scalars, tokens: tokens, sentences: sentences, metadata: metadata)
    }
}
