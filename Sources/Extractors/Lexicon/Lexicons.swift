import Foundation

/// A researcher's own lexicon file, added to the bundled file of the same name (`--lexicons DIR`).
public struct LexiconFile: Sendable, Hashable {
    /// The bundled file it extends, as `index.txt` lists it («surnames.txt»).
    public var name: String
    /// Where it was read from, as errors and the run's summary name it («my-lexicons/surnames.txt»).
    public var path: String
    public var content: String

    /// Creates the value from all of its fields.
    public init(name: String, path: String, content: String) {
        self.name = name
        self.path = path
        self.content = content
    }
}

/// The set of every lexicon Didar's rules read, validated once at start-up.
///
/// Built from `[fileName: content]` so that a caller (a test, a fuzz harness, the CLI) can hand over files it
/// read itself; `bundled()` reads the copies shipped in the module's resources. `index.txt` lists the files,
/// their type, owner, required attributes and the attributes each may carry with their allowed values
/// (`LexiconSchema`); a listed file that is absent is an empty lexicon (files maintained by other people may
/// arrive later), a malformed one throws with `file:line`. A researcher's files (`additions`) extend the
/// bundled ones and are checked the same way.
public struct Lexicons: Sendable {
    /// Lexicons by file name without `.txt` («role-heads»). «meeting-triggers» holds the triggers of the frames.
    public private(set) var byName: [String: Lexicon]
    /// The meeting frames (`meeting-frames.txt`).
    public let frames: MeetingFrames
    /// The bounds of the phrase grammar (`phrase-limits.txt`).
    public let limits: PhraseLimits
    /// The researcher's files that were added, in the order read.
    public let additions: [LexiconFile]
    /// The lexicons the rules read, by case (an array index, not a dictionary look-up).
    let rules: RuleLexiconTable

    /// Parses and validates the given files. `files` maps a file name («titles.txt») to its content;
    /// `additions` are a researcher's files, each extending the listed file of its name.
    public init(files: [String: String], additions: [LexiconFile] = []) throws(LexiconError) {
        let schema = try files["index.txt"].map { (index) throws(LexiconError) in try LexiconSchema(index: index) } ?? LexiconSchema()
        var parsed: [String: [LexiconEntry]] = [:]
        for (file, content) in files.sorted(by: { $0.key < $1.key }) where file.hasSuffix(".txt") && file != "index.txt" {
            parsed[file] = try Self.parse(content, file: file, shownAs: file, schema: schema)
        }
        for addition in additions {
            guard schema.lists(addition.name) else {
                throw LexiconError(file: addition.path, line: 0,
                                   message: "«\(addition.name)» is not a lexicon Didar reads: the file names are those of index.txt")
            }
            parsed[addition.name, default: []] += try Self.parse(addition.content, file: addition.name, shownAs: addition.path, schema: schema)
        }
        frames = try MeetingFrames(parsed.removeValue(forKey: "meeting-frames.txt") ?? [])
        limits = try PhraseLimits(parsed.removeValue(forKey: "phrase-limits.txt") ?? [])
        var byName: [String: Lexicon] = [:]
        for (file, entries) in parsed { byName[String(file.dropLast(4))] = Lexicon(name: String(file.dropLast(4)), entries: entries) }
        byName["meeting-triggers"] = Lexicon(name: "meeting-triggers", entries: frames.triggerEntries)
        self.byName = byName
        self.additions = additions
        rules = RuleLexiconTable(byName)
        try validateCrossReferences()
    }

    /// The entries of one file, checked against the index (`file` names it in the index, `shownAs` in errors).
    private static func parse(_ content: String, file: String, shownAs: String, schema: LexiconSchema) throws(LexiconError) -> [LexiconEntry] {
        let entries = try LexiconParser.parse(content, file: shownAs, required: schema.files[file]?.required ?? [])
        for entry in entries { try schema.check(entry, of: file) }
        return entries
    }

    /// The lexicons shipped in the module bundle.
    public static func bundled() throws(LexiconError) -> Lexicons {
        try bundledOnce.get()
    }

    /// The bundled lexicons, read and validated once a process (kept as a result, so a defect is reported to
    /// every caller): the text layer, the extractor and the name look-ups each asked for them, and each reading
    /// parsed every file again.
    private static let bundledOnce = Result<Lexicons, LexiconError> { () throws(LexiconError) -> Lexicons in
        try Lexicons(files: bundledFiles())
    }

    /// The content of every lexicon file shipped in the module bundle, by file name.
    public static func bundledFiles() throws(LexiconError) -> [String: String] {
        guard let dir = Bundle.module.url(forResource: "Lexicons", withExtension: nil) else {
            throw LexiconError(file: "Lexicons", line: 0, message: "the lexicon folder is missing from the bundle")
        }
        var files: [String: String] = [:]
        do {
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".txt") {
                files[name] = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            }
        } catch {
            throw LexiconError(file: dir.path, line: 0, message: "the bundled lexicons cannot be read: \(error)")
        }
        return files
    }

    /// The lexicon of a file (`"titles"`), empty when the file is absent.
    public subscript(name: String) -> Lexicon { byName[name] ?? Lexicon(name: name) }

    /// Every role head naming an implied institution must name an institution head, so that
    /// «شهردار رشت» can link «شهرداری رشت».
    private func validateCrossReferences() throws(LexiconError) {
        let heads = self["institution-heads"]
        for entry in self["role-heads"].entries {
            if let inst = entry["institution"], !heads.contains(key: PersianNormalizer.key(inst)) {
                throw LexiconError(at: entry, "institution «\(inst)» of «\(entry.surface)» is not in institution-heads.txt")
            }
        }
        // A group noun's office is read with the role head it names (PluralOffice.swift).
        let roleHeads = self["role-heads"]
        for entry in self["group-nouns"].entries {
            if let office = entry["singular"], !roleHeads.contains(key: PersianNormalizer.key(office)) {
                throw LexiconError(at: entry, "singular «\(office)» of «\(entry.surface)» is not in role-heads.txt")
            }
        }
    }
}
