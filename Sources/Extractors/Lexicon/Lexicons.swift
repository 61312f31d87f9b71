import Foundation

/// The set of every lexicon Didar's rules read, validated once at start-up.
///
/// Built from `[fileName: content]` so that a caller (a test, a fuzz harness, the CLI) can hand over files it
/// read itself; `bundled()` reads the copies shipped in the module's resources. `index.txt` lists the files,
/// their type, owner and required attributes; a listed file that is absent is an empty lexicon (files
/// maintained by other people may arrive later), a malformed one throws with `file:line`.
public struct Lexicons: Sendable {
    /// Lexicons by file name without `.txt` («role-heads»).
    public private(set) var byName: [String: Lexicon]
    /// The lexicons the rules read, by case (an array index, not a dictionary look-up).
    let rules: RuleLexiconTable

    /// Parses and validates the given files. `files` maps a file name («titles.txt») to its content.
    public init(files: [String: String]) throws(LexiconError) {
        var required: [String: [String]] = [:]
        if let index = files["index.txt"] {
            for entry in try LexiconParser.parse(index, file: "index.txt") {
                required[entry.surface] = (entry["required"] ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: " ") }
            }
        }
        var byName: [String: Lexicon] = [:]
        for (file, content) in files.sorted(by: { $0.key < $1.key }) where file.hasSuffix(".txt") && file != "index.txt" {
            let name = String(file.dropLast(4))
            let entries = try LexiconParser.parse(content, file: file, required: required[file] ?? [])
            byName[name] = Lexicon(name: name, entries: entries)
        }
        self.byName = byName
        rules = RuleLexiconTable(byName)
        try validateCrossReferences()
    }

    /// The lexicons shipped in the module bundle.
    public static func bundled() throws -> Lexicons {
        try Lexicons(files: bundledFiles())
    }

    /// The content of every lexicon file shipped in the module bundle, by file name.
    public static func bundledFiles() throws -> [String: String] {
        guard let dir = Bundle.module.url(forResource: "Lexicons", withExtension: nil) else {
            throw LexiconError(file: "Lexicons", line: 0, message: "the lexicon folder is missing from the bundle")
        }
        var files: [String: String] = [:]
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        for name in names where name.hasSuffix(".txt") {
            files[name] = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
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
                let parts = entry.source.split(separator: ":")
                throw LexiconError(file: String(parts.first ?? "role-heads.txt"), line: Int(parts.last ?? "0") ?? 0,
                                   message: "institution «\(inst)» of «\(entry.surface)» is not in institution-heads.txt")
            }
        }
    }
}
