/// Reads the text of a lexicon file: one entry a line, `#` comments, `| name=value` attributes.
public enum LexiconParser {
    /// Parses `text` (the content of `file`) into entries; malformed lines throw with file:line.
    /// `required` names attributes that every entry of this file must have.
    public static func parse(_ text: String, file: String, required: [String] = []) throws(LexiconError) -> [LexiconEntry] {
        var entries: [LexiconEntry] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            line = Substring(line.trimmingCharacters(in: " \t\r"))
            if line.isEmpty { continue }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " \t") }
            let surface = String(fields[0])
            guard !surface.isEmpty else { throw LexiconError(file: file, line: lineNumber, message: "entry is empty before '|'") }
            guard !PersianNormalizer.key(surface).isEmpty else {
                throw LexiconError(file: file, line: lineNumber, message: "entry «\(surface)» has no letters or digits")
            }
            var attributes: [String: String] = [:]
            for field in fields.dropFirst() {
                guard let eq = field.firstIndex(of: "="), eq != field.startIndex else {
                    throw LexiconError(file: file, line: lineNumber, message: "attribute «\(field)» is not name=value")
                }
                let name = String(field[..<eq]).trimmingCharacters(in: " ")
                let value = String(field[field.index(after: eq)...]).trimmingCharacters(in: " ")
                guard !value.isEmpty else { throw LexiconError(file: file, line: lineNumber, message: "attribute «\(name)» has no value") }
                attributes[String(name)] = String(value)
            }
            for name in required where attributes[name] == nil {
                throw LexiconError(file: file, line: lineNumber, message: "entry «\(surface)» lacks the required attribute «\(name)»")
            }
            entries.append(LexiconEntry(surface: surface, attributes: attributes, source: "\(file):\(lineNumber)"))
        }
        return entries
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
