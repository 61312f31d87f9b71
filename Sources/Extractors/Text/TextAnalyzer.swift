/// Runs the text layer on a document: tokens, sentences, boilerplate marks and metadata.
///
/// ```swift
/// let analyzed = TextAnalyzer(attachedPrefixes: ["سید", "سیده"]).analyze(document)
/// for s in analyzed.sentences where s.isContent { … analyzed.tokens[s.tokens] … }
/// ```
/// Every range it reports counts Unicode scalars of `document.text`, end exclusive.
/// Complexity: O(n) in the length of the text.
public struct TextAnalyzer: Sendable {
    /// Titles that Persian writes attached to the next word («سیدمصطفی»), as keys.
    public var attachedPrefixes: [String] {
        didSet { tokenizer = Tokenizer(attachedPrefixes: attachedPrefixes) }
    }
    /// The data the layer reads (boilerplate markers, outlets, months, abbreviations).
    public let lexicons: TextLexicons

    // Built once per analyzer, since lexicon indexes are not free.
    private var tokenizer: Tokenizer
    private let splitter: SentenceSplitter
    private let boilerplate: BoilerplateMarker
    private let metadataReader: MetadataReader

    /// An analyzer splitting the given attached titles, with the bundled text lexicons.
    public init(attachedPrefixes: [String] = ["سید", "سیده"]) {
        self.init(attachedPrefixes: attachedPrefixes, lexicons: .standard)
    }

    /// An analyzer with explicit lexicons (tests, other data sets).
    public init(attachedPrefixes: [String], lexicons: TextLexicons) {
        self.attachedPrefixes = attachedPrefixes
        self.lexicons = lexicons
        tokenizer = Tokenizer(attachedPrefixes: attachedPrefixes)
        let media = PhraseMatcher(lexicons.media)
        splitter = SentenceSplitter(abbreviations: PhraseMatcher(lexicons.abbreviations), media: media)
        boilerplate = BoilerplateMarker(markers: PhraseMatcher(lexicons.boilerplate))
        metadataReader = MetadataReader(dateReader: DateReader(lexicons: lexicons), media: media)
    }

    /// Analyzes one document.
    public func analyze(_ document: SourceDocument) -> AnalyzedText {
        let scalars = Array(document.text.unicodeScalars)
        let tokens = tokenizer.tokenize(scalars)
        var (sentences, prefixes) = splitter.split(scalars: scalars, tokens: tokens)
        boilerplate.mark(&sentences, tokens: tokens)
        let metadata = metadataReader.read(document: document, scalars: scalars, tokens: tokens, sentences: sentences, prefixes: prefixes)
        return AnalyzedText(document: document, scalars: scalars, tokens: tokens, sentences: sentences, metadata: metadata)
    }
}
