/// Choices that change how a graph is drawn but not what it contains.
public struct RenderOptions: Hashable, Sendable {
    /// The font family for every label that does not name its own `fontname`; nil keeps the DOT's choice.
    public var fontFamily: String?
    /// For cairo formats (PNG, PDF, `svg-cairo`), check that every font family the drawing names is
    /// installed and throw `.missingFont` if not, because cairo would fall back to another font without
    /// a word. Generic names (`sans-serif`, `Times-Roman`, …) are left to fontconfig's aliases.
    public var checksFonts: Bool
    /// Lay the graph out even when ``LayoutAdvisor`` judges it too large for the engine.
    public var allowsLargeGraphs: Bool

    /// Options with Noto Sans Arabic (the most legible Persian font packaged in Debian), font checks and the size guard on.
    public init(fontFamily: String? = RenderOptions.defaultFontFamily, checksFonts: Bool = true, allowsLargeGraphs: Bool = false) {
        self.fontFamily = fontFamily
        self.checksFonts = checksFonts
        self.allowsLargeGraphs = allowsLargeGraphs
    }

    /// The project's Persian font: Noto Sans Arabic from `fonts-noto-core` (Vazirmatn is not packaged in bookworm).
    public static let defaultFontFamily = "Noto Sans Arabic"
    /// The package that installs ``defaultFontFamily``.
    public static let fontInstallAdvice = "Install it with `apt-get install fonts-noto-core` (Noto Sans Arabic, Noto Naskh Arabic), or choose an installed family."
}
