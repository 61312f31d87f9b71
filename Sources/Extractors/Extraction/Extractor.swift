/// Didar's extractor: the Persian text layer and the rules, from one article to its record.
///
/// Stages (each linear in the tokens, bounded look-ahead): text analysis → places of the article → outlets,
/// names, groups, roles, institutions, places, pronouns → coreference → meeting frames → record.
/// Example: `try Extractor.bundled().extract(SourceDocument(id: "a.txt", text: text))`.
public struct Extractor: Sendable {
    public let lexicons: Lexicons
    /// The text layer over the same lexicons.
    public let analyzer: TextAnalyzer
    /// Reads dates with the same month and ordinal lists (for a corpus's date fields).
    public let dateReader: DateReader
    /// Cuts the names Hamshahri writes as one word («بابشاراسد») into their pieces, over the same lexicons.
    let gluedNames: GluedNameSplitter

    /// An extractor over the given lexicons.
    public init(lexicons: Lexicons) {
        self.lexicons = lexicons
        // The text layer reads the same files, so a harness that passes its own lexicons controls both layers.
        let textLexicons = TextLexicons(lexicons)
        self.analyzer = TextAnalyzer(lexicons: textLexicons)
        self.dateReader = DateReader(lexicons: textLexicons)
        self.gluedNames = GluedNameSplitter(rules: lexicons.rules)
    }

    /// An extractor over the lexicons shipped with the module.
    public static func bundled() throws(LexiconError) -> Extractor {
        try load()
    }

    /// The one place the lexicons are loaded: the bundled files and a researcher's `additions`, validated
    /// (index.txt's declarations, unique frame ids) and every meeting frame checked to fire on its own example.
    public static func load(additions: [LexiconFile] = []) throws(LexiconError) -> Extractor {
        // Without additions these are the bundled lexicons, read once a process (`Lexicons.bundled()`).
        let lexicons = additions.isEmpty ? try Lexicons.bundled() : try Lexicons(files: try Lexicons.bundledFiles(), additions: additions)
        let extractor = Extractor(lexicons: lexicons)
        try extractor.checkFrameExamples()
        return extractor
    }

    /// Every frame must find a meeting by itself in its example sentence (`example=`), else the frame is
    /// wrong or the example is: a frame that never fires would fail silently.
    public func checkFrameExamples() throws(LexiconError) {
        for frame in lexicons.frames.frames {
            let record = extract(SourceDocument(id: frame.source, text: frame.example))
            guard record.meetings.contains(where: { $0.rule == frame.id }) else {
                let (file, line) = LexiconError.place(frame.source)
                let found = record.meetings.map(\.rule)
                throw LexiconError(file: file, line: line, message: "the example of frame «\(frame.id)» does not fire it"
                                   + (found.isEmpty ? " (no meeting found)" : " (found: \(found.joined(separator: ", ")))"))
            }
        }
    }

    /// The record of one document (extract-format.md).
    public func extract(_ document: SourceDocument) -> DocumentExtraction {
        run(document).record
    }

    /// The article with its mentions marked and the rules that fired, for a linguist checking the rules.
    public func explain(_ document: SourceDocument) -> String {
        let result = run(document)
        return Explainer(context: result.context, record: result.record).render()
    }

    func run(_ document: SourceDocument) -> (context: DocumentContext, record: DocumentExtraction) {
        // Names Hamshahri writes as one word («بابشاراسد») are cut into their pieces before any rule reads the tokens.
        let analyzed = gluedNames.split(analyzer.analyze(document))
        let context = DocumentContext(text: analyzed, lexicons: lexicons)
        let article = ArticlePlaces.scan(context)
        let places = PlaceRecognizer(context: context, article: article)
        let phrases = PhraseRecognizer(context: context, places: places)
        let found = MentionScanner(context: context, phrases: phrases).scan()
        var coref = Coreferencer(context: context, found: found)
        coref.run()
        let meetings = MeetingDetector(context: context, clauses: coref.clauses).detect(&coref)
        let record = ExtractionBuilder(context: context, found: found, coref: coref, meetings: meetings, dateReader: dateReader).build()
        return (context, record)
    }
}
