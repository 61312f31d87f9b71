/// Turns the bytes of one text file into a `SourceDocument`, or says precisely why it cannot.
///
/// Pure: no file system here; the CLI reads files (or standard input) and passes their bytes.
/// - UTF-8, with or without a byte-order mark (the mark is removed: offsets count from after it).
/// - UTF-16 with a byte-order mark (either endianness) is decoded.
/// - Line endings are kept as they are (`\r\n` counts as two scalars), since offsets point into
///   the original text.
/// - Invalid UTF-8, binary content (NUL bytes, many control characters), an empty or
///   whitespace-only text and a document over `maxBytes` are `InputError`s with the byte offset.
///
/// ```swift
/// let doc = try DocumentDecoder().decodeText(bytes, name: "000.txt")
/// ```
public struct DocumentDecoder: Sendable {
    /// Largest document accepted, in bytes (default 10 MB).
    public var maxBytes: Int

    /// A decoder that accepts documents up to `maxBytes` bytes.
    public init(maxBytes: Int = 10 * 1024 * 1024) {
        self.maxBytes = maxBytes
    }

    /// Decodes a whole text file named `name` (used as the document id and in errors).
    ///
    /// Complexity: O(n) in the number of bytes.
    public func decodeText<Bytes: Collection>(_ bytes: Bytes, name: String) throws(InputError) -> SourceDocument
    where Bytes.Element == UInt8 {
        let text = try decodeString(bytes, source: name)
        return SourceDocument(id: name, text: text)
    }

    /// Decodes bytes into the original text string, with the same checks as `decodeText`.
    public func decodeString<Bytes: Collection>(_ bytes: Bytes, source: String) throws(InputError) -> String
    where Bytes.Element == UInt8 {
        let result: Result<String, InputError>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(InputError) -> String in try decode(buffer, source: source) }
        }
        if let result { return try result.get() }
        let array = Array(bytes)
        return try array.withUnsafeBufferPointer { buffer throws(InputError) -> String in
            try decode(buffer, source: source)
        }
    }

    private func decode(_ all: UnsafeBufferPointer<UInt8>, source: String) throws(InputError) -> String {
        guard all.count <= maxBytes else {
            throw InputError(kind: .tooLarge, source: source,
                             message: "document is \(all.count) bytes, over the limit of \(maxBytes) bytes")
        }
        if all.count >= 2, (all[0] == 0xFF && all[1] == 0xFE) || (all[0] == 0xFE && all[1] == 0xFF) {
            return try decodeUTF16(all, bigEndian: all[0] == 0xFE, source: source)
        }
        let bomLength = all.count >= 3 && all[0] == 0xEF && all[1] == 0xBB && all[2] == 0xBF ? 3 : 0
        let body = UnsafeBufferPointer(rebasing: all[bomLength...])
        if let offset = UTF8Scan.binaryOffset(body) {
            // Every other byte a high byte of Latin or Arabic script (0x00–0x07): UTF-16 without a
            // byte-order mark, which is not decoded on a guess but named so the user can convert it.
            let sample = Array(body.prefix(64))
            let lowAtOdd = stride(from: 1, to: sample.count, by: 2).allSatisfy { sample[$0] < 0x08 }
            let lowAtEven = stride(from: 0, to: sample.count, by: 2).allSatisfy { sample[$0] < 0x08 }
            let hint = sample.count >= 4 && (lowAtOdd || lowAtEven) ? "; it looks like UTF-16 without a byte-order mark: save it as UTF-8" : ""
            throw InputError(kind: .binaryContent, source: source, byteOffset: offset + bomLength,
                             message: "binary content (a NUL byte or control characters), not text" + hint)
        }
        if let offset = UTF8Scan.firstInvalidOffset(body) {
            throw InputError(kind: .invalidEncoding, source: source, byteOffset: offset + bomLength,
                             message: "invalid UTF-8: a sequence starting with 0x\(String(body[offset], radix: 16, uppercase: true))")
        }
        let text = String(decoding: body, as: UTF8.self)
        try checkNotEmpty(text, source: source)
        return text
    }

    private func decodeUTF16(_ all: UnsafeBufferPointer<UInt8>, bigEndian: Bool, source: String) throws(InputError) -> String {
        guard all.count % 2 == 0 else {
            throw InputError(kind: .invalidEncoding, source: source, byteOffset: all.count - 1,
                             message: "UTF-16 text with an odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity(all.count / 2 - 1)
        var i = 2
        while i < all.count {
            let a = UInt16(all[i]), b = UInt16(all[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        // Find the first unpaired surrogate so the error can name its byte.
        var k = 0
        while k < units.count {
            let u = units[k]
            if (0xD800...0xDBFF).contains(u) {
                guard k + 1 < units.count, (0xDC00...0xDFFF).contains(units[k + 1]) else {
                    throw InputError(kind: .invalidEncoding, source: source, byteOffset: 2 + 2 * k,
                                     message: "invalid UTF-16 (unpaired surrogate)")
                }
                k += 2
                continue
            }
            if (0xDC00...0xDFFF).contains(u) {
                throw InputError(kind: .invalidEncoding, source: source, byteOffset: 2 + 2 * k,
                                 message: "invalid UTF-16 (unpaired surrogate)")
            }
            if u == 0 {
                throw InputError(kind: .binaryContent, source: source, byteOffset: 2 + 2 * k,
                                 message: "binary content (a NUL character), not text")
            }
            k += 1
        }
        let text = String(decoding: units, as: UTF16.self)
        try checkNotEmpty(text, source: source)
        return text
    }

    private func checkNotEmpty(_ text: String, source: String) throws(InputError) {
        let blank = text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || PersianNormalizer.map($0) == nil || $0 == PersianNormalizer.zwnj }
        if blank {
            throw InputError(kind: .empty, source: source,
                             message: text.isEmpty ? "empty document" : "document holds only whitespace")
        }
    }
}
