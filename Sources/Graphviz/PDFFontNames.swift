/// Reads which fonts a PDF embeds, to learn what font cairo/pango really used for a label.
///
/// Graphviz never reports a missing font: fontconfig quietly substitutes another one. The honest test,
/// without an extra C dependency, is to draw a probe label with the requested family and read the font
/// names cairo wrote into the PDF (`/FontName /ABCDEF+NotoSansArabic-Regular`). Cairo 1.16 (Debian
/// bookworm) writes these dictionaries uncompressed; if a future cairo hides them in compressed object
/// streams, ``embeddedFontNames(in:)`` returns an empty list and the caller must treat the check as
/// undetermined rather than failed.
enum PDFFontNames {
    /// PostScript names of the fonts embedded in `pdf`, subset tags (`ABCDEF+`) removed, sorted, unique.
    static func embeddedFontNames(in pdf: [UInt8]) -> [String] {
        var names = Set<String>()
        for key in ["/FontName /", "/BaseFont /"] {
            let pattern = Array(key.utf8)
            var index = 0
            while let start = firstIndex(of: pattern, in: pdf, from: index) {
                var end = start + pattern.count
                while end < pdf.count, isNameByte(pdf[end]) { end += 1 }
                let raw = String(decoding: pdf[(start + pattern.count)..<end], as: UTF8.self)
                if !raw.isEmpty { names.insert(withoutSubsetTag(raw)) }
                index = end
            }
        }
        return names.sorted()
    }

    /// Whether the PostScript font name `postScriptName` belongs to the font family `family`
    /// ("Noto Sans Arabic" ↔ "NotoSansArabic-Regular"), ignoring case, spaces and the style suffix.
    static func name(_ postScriptName: String, belongsTo family: String) -> Bool {
        let familyPart = postScriptName.split(separator: "-", maxSplits: 1).first.map(String.init) ?? postScriptName
        return squeezed(familyPart) == squeezed(family)
    }

    /// Lowercased letters and digits only, so spacing and punctuation differences do not matter.
    private static func squeezed(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }

    /// Drops the six-letter subset tag cairo puts in front of an embedded subset ("KQFDKT+").
    private static func withoutSubsetTag(_ name: String) -> String {
        let parts = name.split(separator: "+", maxSplits: 1)
        if parts.count == 2, parts[0].count == 6, parts[0].allSatisfy(\.isUppercase) { return String(parts[1]) }
        return name
    }

    /// PDF name characters: anything but whitespace and delimiters.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20: return false  // white space
        case UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "%"):
            return false
        default: return true
        }
    }

    /// First position at or after `from` where `pattern` occurs in `bytes`.
    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        var position = from
        while position <= bytes.count - pattern.count {
            if bytes[position] == pattern[0], bytes[position..<(position + pattern.count)].elementsEqual(pattern) {
                return position
            }
            position += 1
        }
        return nil
    }
}
