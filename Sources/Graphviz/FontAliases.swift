/// Font names that are not families but aliases, resolved by fontconfig or by Graphviz's PostScript
/// font table (`Times-Roman` → a Times-like serif): the font check cannot expect them in a PDF by name.
enum FontAliases {
    /// Generic fontconfig families and the PostScript base-35 names Graphviz maps to installed fonts.
    private static let generic: Set<String> = [
        "sans", "sans-serif", "serif", "monospace", "mono", "cursive", "fantasy", "system-ui",
        "times", "times-roman", "times new roman", "helvetica", "arial", "courier", "courier new",
        "symbol", "palatino", "bookman", "avantgarde", "new century schoolbook", "zapfchancery", "zapfdingbats",
    ]

    /// Whether `family` is an alias rather than a font family, ignoring case and style suffixes
    /// (`Helvetica-Bold`, `Times-Italic`).
    static func isGeneric(_ family: String) -> Bool {
        let lowered = family.lowercased().trimmingCharacters(in: .whitespaces)
        if generic.contains(lowered) { return true }
        for style in ["-bold", "-italic", "-oblique", "-bolditalic", "-boldoblique", "-roman", ":bold", ":italic"] where lowered.hasSuffix(style) {
            return generic.contains(String(lowered.dropLast(style.count)))
        }
        return false
    }
}
