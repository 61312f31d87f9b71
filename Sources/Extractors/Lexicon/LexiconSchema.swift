/// What `index.txt` declares of each lexicon file: the attributes its entries must carry and those they may
/// carry, each with its allowed values.
///
/// An index line reads `file.txt | type=… | owner=… | required=a,b | attributes=a:x/y,b` (`b` takes any
/// value). A file the index lists without `attributes=` takes no attributes; a file it does not list is not
/// checked (tests hand over a few files without an index).
public struct LexiconSchema: Sendable {
    /// The declaration of one file.
    public struct File: Sendable {
        /// `file:line` of the index entry, for errors about the declaration itself.
        public var source: String
        public var required: [String]
        /// Attribute name → allowed values; nil: any value.
        public var attributes: [String: Set<String>?]
        /// The declared names in index order, for messages.
        public var names: [String]
    }

    /// Declarations by file name («titles.txt»).
    public private(set) var files: [String: File] = [:]

    /// No declarations: nothing is checked.
    public init() {}

    /// Reads `index.txt`.
    public init(index: String) throws(LexiconError) {
        for entry in try LexiconParser.parse(index, file: "index.txt") {
            let required = Self.list(entry["required"])
            var attributes: [String: Set<String>?] = [:]
            var names: [String] = []
            for declaration in Self.list(entry["attributes"]) {
                let parts = declaration.split(separator: ":", maxSplits: 1)
                let name = String(parts[0])
                names.append(name)
                attributes[name] = parts.count == 2 ? Set(parts[1].split(separator: "/").map(String.init)) : .some(nil)
            }
            if entry["attributes"] != nil, let missing = required.first(where: { attributes[$0] == nil }) {
                let (file, line) = LexiconError.place(entry.source)
                throw LexiconError(file: file, line: line, message: "«\(entry.surface)» requires «\(missing)» but does not declare it in attributes=")
            }
            files[entry.surface] = File(source: entry.source, required: required, attributes: attributes, names: names)
        }
    }

    /// Whether the index lists the file.
    public func lists(_ file: String) -> Bool { files[file] != nil }

    /// Checks an entry's attributes against the declaration of `file`: every attribute declared, every
    /// value allowed. An entry of a file the index does not list passes.
    func check(_ entry: LexiconEntry, of file: String) throws(LexiconError) {
        guard let declaration = files[file] else { return }
        for (name, value) in entry.attributes.sorted(by: { $0.key < $1.key }) {
            let (errorFile, line) = LexiconError.place(entry.source)
            guard let allowed = declaration.attributes[name] else {
                let known = declaration.names.isEmpty ? "none" : declaration.names.joined(separator: ", ")
                throw LexiconError(file: errorFile, line: line,
                                   message: "unknown attribute «\(name)» on «\(entry.surface)»: \(file) takes \(known) (index.txt)")
            }
            if let allowed, !allowed.contains(value) {
                throw LexiconError(file: errorFile, line: line,
                                   message: "«\(name)=\(value)» on «\(entry.surface)» is not an allowed value: \(allowed.sorted().joined(separator: ", ")) (index.txt)")
            }
        }
    }

    /// The comma-separated items of an attribute value, trimmed.
    static func list(_ value: String?) -> [String] {
        (value ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
    }
}
