/// Why a document could not be read, with the place to look: the source, a line, a byte offset.
///
/// One public error type for every kind of bad input, so that the CLI has one place that turns
/// an error into a message and an exit status. `description` reads `source:line: message (byte N)`.
public struct InputError: Error, CustomStringConvertible, Sendable, Hashable {
    /// What went wrong; the raw value is a stable code for summaries and scripts.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// Bytes that are not valid UTF-8 (or UTF-16 with a byte-order mark).
        case invalidEncoding = "invalid-encoding"
        /// NUL bytes or many control characters: not a text file.
        case binaryContent = "binary-content"
        /// Nothing but whitespace.
        case empty
        /// Larger than the configured limit.
        case tooLarge = "too-large"
        /// A JSON Lines line that is not one JSON object.
        case malformedJSON = "malformed-json"
        /// A JSON Lines record without the text field.
        case missingField = "missing-field"
        /// A JSON Lines field that should hold a string but holds something else.
        case wrongFieldType = "wrong-field-type"
        /// A file or stream that could not be opened or read (filled in by the caller).
        case unreadable
    }


    public var kind: Kind
    /// File name, `-` for standard input, or the corpus name.
    public var source: String
    /// 1-based line number in a JSON Lines corpus.
    public var line: Int?
    /// 0-based byte offset of the problem, in the file or (with `line`) in that line.
    public var byteOffset: Int?
    /// A human sentence that says what is wrong.
    public var message: String

    /// Makes an error; `message` should say what is wrong in words a user can act on.
    public init(kind: Kind, source: String, line: Int? = nil, byteOffset: Int? = nil, message: String) {
        self.kind = kind
        self.source = source
        self.line = line
        self.byteOffset = byteOffset
        self.message = message
    }

    /// `source:line: message (byte N)`.
    public var description: String {
        var place = source
        if let line { place += ":\(line)" }
        var text = "\(place): \(message)"
        if let byteOffset { text += " (byte \(byteOffset))" }
        return text
    }

    /// The same error, placed at a line of a corpus (offsets found inside the line stay line-relative).
    func at(line: Int, source: String) -> InputError {
        var copy = self
        copy.line = line
        copy.source = source
        return copy
    }
}
