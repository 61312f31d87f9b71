/// Turns JSON Lines corpora (one JSON object a line, such as scraped news datasets) into documents.
///
/// Each line is an object; `textField` (default `text`) must be a non-empty string, `idField`
/// (default `id`) a string or number (when absent the id is `corpus:line`); `url` and `title`
/// are taken when they are strings; the date is the first of `dateFields` that the record holds as a
/// non-empty string (by default the common names in `commonDateFields`, so that a corpus whose
/// records carry `date_jalali` or `pubDate` is dated without an option). Blank lines are skipped without an error. Any other
/// problem is an `InputError` naming `corpus:line` and the byte offset in that line.
/// Duplicate ids are the caller's concern.
///
/// ```swift
/// let decoder = JSONLinesDecoder(textField: "body")
/// for (number, line) in JSONLinesDecoder.lines(of: bytes) {
///     if let doc = try decoder.decodeLine(line, lineNumber: number, source: "dev.jsonl") { … }
/// }
/// ```
public struct JSONLinesDecoder: Sendable {
    public var textField: String
    public var idField: String
    public var urlField: String
    /// The fields a date is taken from, first present wins (one when the user named it).
    public var dateFields: [String]
    public var titleField: String

    /// Field names that commonly hold a news record's date, tried in this order when no date field is named.
    public static let commonDateFields = ["date", "date_jalali", "published", "pubDate", "time", "datetime", "published_at", "publish_date"]

    /// A decoded record and the field its date came from (nil when it has none).
    public struct Record: Sendable, Hashable {
        /// The document.
        public var document: SourceDocument
        /// The field its date was taken from; nil when the record had none of `dateFields`.
        public var dateField: String?

        /// A record whose date (if any) came from `dateField`.
        public init(document: SourceDocument, dateField: String?) {
            self.document = document
            self.dateField = dateField
        }
    }
    /// Largest text accepted, in UTF-8 bytes (default 10 MB).
    public var maxTextBytes: Int

    /// A decoder reading the given field names.
    public init(textField: String = "text", idField: String = "id", urlField: String = "url",
                dateField: String? = nil, titleField: String = "title", maxTextBytes: Int = 10 * 1024 * 1024) {
        self.textField = textField
        self.idField = idField
        self.urlField = urlField
        self.dateFields = dateField.map { [$0] } ?? Self.commonDateFields
        self.titleField = titleField
        self.maxTextBytes = maxTextBytes
    }

    /// The lines of a corpus as (1-based line number, byte range without the line break).
    /// A final line without a line break counts; a `\r` before `\n` is left out; a UTF-8
    /// byte-order mark at the start is skipped.
    public static func lines<Bytes: RandomAccessCollection>(of bytes: Bytes) -> [(number: Int, range: Range<Bytes.Index>)]
    where Bytes.Element == UInt8 {
        // Fast path for contiguous bytes ([UInt8], Data, slices): integer offsets, no index calls.
        if let fast = bytes.withContiguousStorageIfAvailable({ buffer -> [(Int, Range<Int>)] in lineOffsets(buffer) }) {
            return fast.map { number, r in
                (number, bytes.index(bytes.startIndex, offsetBy: r.lowerBound)..<bytes.index(bytes.startIndex, offsetBy: r.upperBound))
            }
        }
        var out: [(Int, Range<Bytes.Index>)] = []
        var start = bytes.startIndex
        if bytes.count >= 3, bytes[start] == 0xEF, bytes[bytes.index(start, offsetBy: 1)] == 0xBB,
           bytes[bytes.index(start, offsetBy: 2)] == 0xBF {
            start = bytes.index(start, offsetBy: 3)
        }
        var number = 1
        var i = start
        while i != bytes.endIndex {
            if bytes[i] == 0x0A {
                var end = i
                if end != start, bytes[bytes.index(before: end)] == 0x0D { end = bytes.index(before: end) }
                out.append((number, start..<end))
                number += 1
                start = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        if start != bytes.endIndex { out.append((number, start..<bytes.endIndex)) }
        return out
    }

    private static func lineOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> [(Int, Range<Int>)] {
        var out: [(Int, Range<Int>)] = []
        var start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var number = 1
        var i = start
        while i < bytes.count {
            if bytes[i] == 0x0A {
                let end = i > start && bytes[i - 1] == 0x0D ? i - 1 : i
                out.append((number, start..<end))
                number += 1
                start = i + 1
            }
            i += 1
        }
        if start < bytes.count { out.append((number, start..<bytes.count)) }
        return out
    }

    /// Decodes every line of a corpus, in order: a document or the error for each non-blank line.
    public func decodeAll<Bytes: RandomAccessCollection>(_ bytes: Bytes, source: String) -> [Result<SourceDocument, InputError>]
    where Bytes.Element == UInt8 {
        Self.lines(of: bytes).compactMap { number, range in
            do throws(InputError) {
                return try decodeLine(bytes[range], lineNumber: number, source: source).map { .success($0) }
            } catch {
                return .failure(error)
            }
        }
    }

    /// Decodes one line (without its line break); nil for a blank line. A UTF-8 byte-order mark
    /// before the line (the first line of a corpus saved with one) is skipped.
    public func decodeLine<Bytes: Collection>(_ line: Bytes, lineNumber: Int, source: String) throws(InputError) -> SourceDocument?
    where Bytes.Element == UInt8 {
        try decodeRecord(line, lineNumber: lineNumber, source: source)?.document
    }

    /// `decodeLine`, also saying which field the date came from (for the run's summary).
    public func decodeRecord<Bytes: Collection>(_ line: Bytes, lineNumber: Int, source: String) throws(InputError) -> Record?
    where Bytes.Element == UInt8 {
        if let result = line.withContiguousStorageIfAvailable({ buffer in
            Result { () throws(InputError) -> Record? in try decode(buffer, lineNumber: lineNumber, source: source) }
        }) {
            return try result.get()
        }
        let array = Array(line)
        return try array.withUnsafeBufferPointer { buffer throws(InputError) -> Record? in
            try decode(buffer, lineNumber: lineNumber, source: source)
        }
    }

    private func decode(_ whole: UnsafeBufferPointer<UInt8>, lineNumber: Int, source: String) throws(InputError) -> Record? {
        // A corpus saved with a byte-order mark has it before its first line: skip it (offsets stay line-relative).
        let bom = whole.count >= 3 && whole[0] == 0xEF && whole[1] == 0xBB && whole[2] == 0xBF ? 3 : 0
        let line = UnsafeBufferPointer(rebasing: whole[bom...])
        func error(_ kind: InputError.Kind, _ message: String, at offset: Int? = nil) -> InputError {
            InputError(kind: kind, source: source, line: lineNumber, byteOffset: offset, message: message)
        }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        if let offset = UTF8Scan.firstInvalidOffset(line) {
            throw error(.invalidEncoding, "invalid UTF-8 in the line", at: offset + bom)
        }
        if let nul = line.firstIndex(of: 0) {
            throw error(.binaryContent, "NUL byte in the line: not JSON Lines text", at: nul + bom)
        }
        let fields: [String: JSONObjectReader.Value]
        do { fields = try JSONObjectReader.fields(line) } catch {
            throw InputError(kind: .malformedJSON, source: source, line: lineNumber, byteOffset: error.offset + bom,
                             message: "malformed JSON: \(error.message)")
        }
        guard let textValue = fields[textField] else {
            let known = fields.keys.sorted().joined(separator: ", ")
            throw error(.missingField, "no «\(textField)» field (fields: \(known.isEmpty ? "none" : known))")
        }
        guard case .string(let text) = textValue else {
            throw error(.wrongFieldType, "field «\(textField)» holds \(textValue.typeName), not a string")
        }
        guard text.utf8.count <= maxTextBytes else {
            throw error(.tooLarge, "text is \(text.utf8.count) bytes, over the limit of \(maxTextBytes) bytes")
        }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace && PersianNormalizer.map($0) != nil && $0 != PersianNormalizer.zwnj }) else {
            throw error(.empty, "field «\(textField)» is empty")
        }
        let id: String
        switch fields[idField] {
        case .string(let s) where !s.isEmpty: id = s
        case .number(let n): id = n
        case nil, .null, .string: id = "\(source):\(lineNumber)"
        case let other?: throw error(.wrongFieldType, "field «\(idField)» holds \(other.typeName), not a string or number")
        }
        func optional(_ name: String) -> String? {
            if case .string(let s)? = fields[name], !s.isEmpty { return s }
            return nil
        }
        let dateField = dateFields.first { optional($0) != nil }
        let document = SourceDocument(id: id, text: text, url: optional(urlField), date: dateField.flatMap(optional), title: optional(titleField))
        return Record(document: document, dateField: dateField)
    }
}
