/// A lexicon file that cannot be used, with the place to fix it.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// The file and line of an entry's `source` («dir/surnames.txt:12»).
    static func place(_ source: String) -> (file: String, line: Int) {
        guard let colon = source.lastIndex(of: ":") else { return (source, 0) }
        return (String(source[..<colon]), Int(source[source.index(after: colon)...]) ?? 0)
    }

    /// An error at the place of `entry`.
    init(at entry: LexiconEntry, _ message: String) {
        let (file, line) = Self.place(entry.source)
        self.init(file: file, line: line, message: message)
    }
}
