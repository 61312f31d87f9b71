/// What the text says about the article itself.
public struct ArticleMetadata: Sendable, Hashable, Codable {
    /// Publication date as an ISO Gregorian date (`2021-11-24`), converted from Jalali where needed.
    public var date: String?
    /// Where the date came from in the original text, if it came from the text.
    public var dateRange: Range<Int>?
    /// News agency or outlet named by the article («خبرگزاری تسنیم», «ایرنا»), as written.
    public var agency: String?
    public var agencyRange: Range<Int>?
    /// The dateline place («کرمان» in «کرمان – فت فتو –»), as written.
    public var dateline: String?
    public var datelineRange: Range<Int>?
    /// Every date written in the text (header, body and footer), in text order.
    public var dates: [DateMention]
    /// Every outlet the text cites as its source, in text order (`agency` is the first).
    public var media: [MediaMention]

    /// Metadata with the given fields (all empty by default).
    public init(date: String? = nil, dateRange: Range<Int>? = nil, agency: String? = nil, agencyRange: Range<Int>? = nil,
                dateline: String? = nil, datelineRange: Range<Int>? = nil, dates: [DateMention] = [], media: [MediaMention] = []) {
        self.date = date
        self.dateRange = dateRange
        self.agency = agency
        self.agencyRange = agencyRange
        self.dateline = dateline
        self.datelineRange = datelineRange
        self.dates = dates
        self.media = media
    }
}

/// A news outlet the article cites as its source.
public struct MediaMention: Sendable, Hashable, Codable {
    /// How the text cites it.
    public enum Cue: String, Sendable, Hashable, Codable {
        /// Between the dashes of a dateline («کرمان – فت فتو –»).
        case dateline
        /// Before `|` or `:` at the start of a line («اعتمادآنلاین|», «خبرگزاری فارس:»).
        case linePrefix = "line-prefix"
        /// After «به گزارش» («به گزارش خبرگزاری تسنیم از قم»).
        case reportedBy = "reported-by"
        /// After «منبع:» («منبع: ایرنا»).
        case source
    }

    /// The outlet as written.
    public var text: String
    /// Scalar offsets into the original text, end exclusive.
    public var range: Range<Int>
    public var cue: Cue
    /// English name from `media.txt` when the outlet is listed there.
    public var gloss: String?

    /// A cited outlet.
    public init(text: String, range: Range<Int>, cue: Cue, gloss: String? = nil) {
        self.text = text
        self.range = range
        self.cue = cue
        self.gloss = gloss
    }
}
