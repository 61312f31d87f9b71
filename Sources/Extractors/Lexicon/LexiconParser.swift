/// Reads the text of a lexicon file: one entry a line, `#` comments, `| name=value` attributes.
public enum LexiconParser {
    /// Parses `text` (the content of `file`) into entries; malformed lines throw with file:line.
    /// `required` names attributes that every entry of this file must have.
    ///
    /// The format is defined on `Character`s (`parseCharacters`), and a file is read that way when a separator
    /// could join a neighbouring scalar into one `Character` (a carriage return, or a mark right after a `|`); every
    /// other file, the bundled ones included, is read on its UTF-8 bytes (`parseBytes`), with the same entries
    /// and errors. Each process reads ~330 KB of lexicons before its first article: per `Character` that was
    /// about 600 M instructions, a third of a 300-article build.
    public static func parse(_ text: String, file: String, required: [String] = []) throws(LexiconError) -> [LexiconEntry] {
        if ByteLines.separatorsStandAlone(in: text) { return try parseBytes(text, file: file, required: required) }
        return try parseCharacters(text, file: file, required: required)
    }

    /// The reading that defines the format, on `Character`s (kept for the files `parseBytes` may not read).
    static func parseCharacters(_ text: String, file: String, required: [String] = []) throws(LexiconError) -> [LexiconEntry] {
        var entries: [LexiconEntry] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            line = Substring(line.trimmingCharacters(in: " \t\r"))
            if line.isEmpty { continue }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " \t") }
            entries.append(try entry(fields, file: file, line: lineNumber, required: required))
        }
        return entries
    }

    /// `parseCharacters` on the UTF-8 bytes, for a text whose separators (`\n # | = space tab`) are each a whole
    /// `Character` and which holds no carriage return (`ByteLines.separatorsStandAlone`): then cutting at a
    /// separator's byte is cutting at that `Character`, and the fields are the same bytes.
    static func parseBytes(_ text: String, file: String, required: [String] = []) throws(LexiconError) -> [LexiconEntry] {
        var text = text
        // The fields of every line, cut on the bytes; the entries are made outside the closure, which cannot throw
        // a typed error.
        let lines: [(number: Int, fields: [String])] = text.withUTF8 { bytes in
            var out: [(number: Int, fields: [String])] = []
            var lineNumber = 0
            var start = 0
            let n = bytes.count
            while start <= n {
                lineNumber += 1
                var end = start
                while end < n, bytes[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                var stop = start
                while stop < end, bytes[stop] != 0x23 { stop += 1 }   // a `#` opens a comment
                let line = ByteLines.trimmed(bytes, start..<stop)
                if line.isEmpty { continue }
                var fields: [String] = []
                var from = line.lowerBound
                for k in line where bytes[k] == 0x7C {   // `|`
                    fields.append(ByteLines.string(bytes, ByteLines.trimmed(bytes, from..<k)))
                    from = k + 1
                }
                fields.append(ByteLines.string(bytes, ByteLines.trimmed(bytes, from..<line.upperBound)))
                out.append((lineNumber, fields))
            }
            return out
        }
        var entries: [LexiconEntry] = []
        entries.reserveCapacity(lines.count)
        for (number, fields) in lines { entries.append(try entry(fields, file: file, line: number, required: required)) }
        return entries
    }

    /// The entry of a line's trimmed fields (the surface, then `name=value` attributes), or the line's error.
    private static func entry(_ fields: [String], file: String, line lineNumber: Int, required: [String]) throws(LexiconError) -> LexiconEntry {
        let surface = fields[0]
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
        return LexiconEntry(surface: surface, attributes: attributes, source: "\(file):\(lineNumber)")
    }
}

/// Byte-level helpers of `LexiconParser.parseBytes`.
enum ByteLines {
    /// True when cutting `text` at the bytes of `\n # | = space tab` cuts it at `Character`s of their own: no
    /// carriage return (`\r\n` is one `Character`), no separator followed by a scalar that may extend it (a
    /// combining mark, a ZWNJ: `"| \u{200C}"` holds the `Character` `" \u{200C}"`), none preceded by one that may
    /// prepend to it (U+0600…U+0605). Scalars known to be safe: `isPlain`, and, only before a separator, the marks
    /// and joiners that attach to the scalar before them.
    static func separatorsStandAlone(in text: String) -> Bool {
        var previous: UInt32 = 0x0A
        for s in text.unicodeScalars {
            let v = s.value
            if v == 0x0D { return false }
            if isSeparator(previous), v >= 0x80, !isPlain(s) { return false }
            if isSeparator(v), previous >= 0x80, !isPlain(Unicode.Scalar(previous)!), !attachesBackward(previous) { return false }
            previous = v
        }
        return true
    }

    /// The separators whose neighbours are checked; a line feed needs no check, as a `Character` always ends
    /// before and after one (but after a carriage return, excluded on its own).
    @inline(__always)
    private static func isSeparator(_ v: UInt32) -> Bool {
        v == 0x23 || v == 0x7C || v == 0x3D || v == 0x20 || v == 0x09
    }

    /// A scalar that never shares a `Character` with a separator next to it, on either side (grapheme cluster
    /// break property Other): Arabic-script letters (not the superscript alef, a mark) and digits, Arabic
    /// punctuation, Latin-1 and Latin Extended (below the combining marks at U+0300), dashes, quotes and dots
    /// of General Punctuation, arrows and mathematical operators (the files' comments write «→», «≥»).
    @inline(__always)
    static func isPlain(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x0300 || (Tokenizer.isLetter(s) && v != 0x0670) || Tokenizer.isDigit(s)
            || v == 0x060C || v == 0x061B || v == 0x061F || (0x066A...0x066D).contains(v) || v == 0x06D4
            || (0x2010...0x2027).contains(v) || (0x2190...0x22FF).contains(v)
    }

    /// True when every space of `text` is a `Character` of its own (the test of `separatorsStandAlone` for the
    /// space alone), so that cutting at the space's byte is cutting at that `Character`.
    static func spacesStandAlone(in text: String) -> Bool {
        var previous: UInt32 = 0x0A
        for s in text.unicodeScalars {
            let v = s.value
            if previous == 0x20, v >= 0x80, !isPlain(s) { return false }
            if v == 0x20, previous >= 0x80, !isPlain(Unicode.Scalar(previous)!), !attachesBackward(previous) { return false }
            previous = v
        }
        return true
    }

    /// Diacritics, superscript alef, tatweel, ZWNJ and ZWJ: they join the scalar before them, never the one after.
    @inline(__always)
    private static func attachesBackward(_ v: UInt32) -> Bool {
        (0x064B...0x065F).contains(v) || v == 0x0670 || v == 0x0640 || v == 0x200C || v == 0x200D
    }

    /// `range` without the spaces and tabs at its ends (`trimmingCharacters(in: " \t")`; no `\r` is left to trim).
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        return lo..<hi
    }

    /// The string of `bytes[range]` (cut at ASCII bytes of a valid text, so valid itself).
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
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
