// The input contract of the Graph module: what one article contributed, already extracted.
//
// The lead maps the extractor's output into these records; Graph never sees the article text
// itself, only the evidence spans quoted here. Keys (`nameKey`, `key`, …) arrive normalized by
// the extractor, so spelling variants already meet in the key: Graph treats them as opaque strings
// and holds no Persian rules of its own.

/// Everything one article contributes to the corpus graph.
public struct DocumentGraph: Codable, Sendable, Hashable {
    /// The article itself.
    public var document: DocumentInfo
    /// Named people and unnamed role-holders found in the article.
    public var people: [PersonRecord]
    /// Institutions (ministries, companies, councils, …) found in the article.
    public var institutions: [InstitutionRecord]
    /// Collective participants such as delegations.
    public var groups: [GroupRecord]
    /// Places (cities, countries) found in the article.
    public var places: [PlaceRecord]
    /// Meetings, visits, ceremonies and sessions reported in the article.
    public var meetings: [MeetingRecord]

    /// Creates a document graph; every list defaults to empty.
    public init(
        document: DocumentInfo,
        people: [PersonRecord] = [],
        institutions: [InstitutionRecord] = [],
        groups: [GroupRecord] = [],
        places: [PlaceRecord] = [],
        meetings: [MeetingRecord] = []
    ) {
        self.document = document
        self.people = people
        self.institutions = institutions
        self.groups = groups
        self.places = places
        self.meetings = meetings
    }
}

/// Identity and metadata of one article.
public struct DocumentInfo: Codable, Sendable, Hashable {
    /// Stable document id (file name or the id given in a JSONL input).
    public var id: String
    /// Source URL when known.
    public var url: String?
    /// Publication date, ISO `yyyy-mm-dd`, when known.
    public var date: String?
    /// Headline when known.
    public var title: String?
    /// Hex SHA-256 of the article text, so a re-run can tell an edited article from the same one.
    public var contentHash: String
    /// News agency when known.
    public var agency: String?

    /// Creates document metadata.
    public init(
        id: String, url: String? = nil, date: String? = nil, title: String? = nil,
        contentHash: String, agency: String? = nil
    ) {
        self.id = id
        self.url = url
        self.date = date
        self.title = title
        self.contentHash = contentHash
        self.agency = agency
    }
}

/// A stretch of the original article text.
///
/// `start` and `end` are Unicode scalar offsets into the ORIGINAL text, `end` exclusive.
public struct Span: Codable, Sendable, Hashable {
    /// First scalar of the span.
    public var start: Int
    /// One past the last scalar of the span.
    public var end: Int
    /// The text covered, as written in the article.
    public var text: String
    /// Index of the sentence that holds the span (0-based).
    public var sentence: Int

    /// Creates a span.
    public init(start: Int, end: Int, text: String, sentence: Int) {
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
    }
}

/// A person as found in one article: named, or known only by a role ("the minister").
public struct PersonRecord: Codable, Sendable, Hashable {
    /// Id unique within the article (for example "p1").
    public var localID: String
    /// Display name (fullest form, titles removed); for an unnamed role-holder, the role phrase.
    public var name: String
    /// True when only a role names the person.
    public var unnamed: Bool
    /// Honorifics, ranks and clerical titles as written.
    public var titles: [String]
    /// Normalized key of the full name without titles; opaque to Graph.
    public var nameKey: String
    /// Normalized key of the surname, when known. A surname-only mention has `nameKey == surnameKey`.
    public var surnameKey: String?
    /// Roles the article gives the person.
    public var roles: [RoleRecord]
    /// Every mention of the person in the article.
    public var mentions: [Span]

    /// Creates a person record.
    public init(
        localID: String, name: String, unnamed: Bool = false, titles: [String] = [],
        nameKey: String, surnameKey: String? = nil, roles: [RoleRecord] = [], mentions: [Span] = []
    ) {
        self.localID = localID
        self.name = name
        self.unnamed = unnamed
        self.titles = titles
        self.nameKey = nameKey
        self.surnameKey = surnameKey
        self.roles = roles
        self.mentions = mentions
    }

    /// True when the only name known is the surname (`nameKey == surnameKey`).
    public var isSurnameOnly: Bool { !unnamed && surnameKey == nameKey }
}

/// A role a person holds (or held) according to one article.
public struct RoleRecord: Codable, Sendable, Hashable {
    /// The role phrase as written ("وزیر امور خارجه").
    public var text: String
    /// Normalized key of the role; opaque to Graph.
    public var key: String
    /// Head noun of the role ("وزیر") when the extractor knows it.
    public var head: String?
    /// English gloss ("foreign minister") when known.
    public var gloss: String?
    /// Local id of the institution the role belongs to, if any.
    public var institutionLocalID: String?
    /// Normalized key of the place the role is tied to ("mayor of Rasht"), if any.
    public var placeKey: String?
    /// True for "former …" roles.
    public var former: Bool
    /// Where the role is stated.
    public var span: Span

    /// Creates a role record.
    public init(
        text: String, key: String, head: String? = nil, gloss: String? = nil,
        institutionLocalID: String? = nil, placeKey: String? = nil, former: Bool = false, span: Span
    ) {
        self.text = text
        self.key = key
        self.head = head
        self.gloss = gloss
        self.institutionLocalID = institutionLocalID
        self.placeKey = placeKey
        self.former = former
        self.span = span
    }
}

/// An institution as found in one article.
public struct InstitutionRecord: Codable, Sendable, Hashable {
    /// Id unique within the article (for example "i1").
    public var localID: String
    /// Display name.
    public var name: String
    /// Normalized key; opaque to Graph.
    public var key: String
    /// English gloss when known.
    public var gloss: String?
    /// Every mention in the article.
    public var mentions: [Span]

    /// Creates an institution record.
    public init(localID: String, name: String, key: String, gloss: String? = nil, mentions: [Span] = []) {
        self.localID = localID
        self.name = name
        self.key = key
        self.gloss = gloss
        self.mentions = mentions
    }
}

/// A collective participant ("a delegation of Iraqi traders") found in one article.
public struct GroupRecord: Codable, Sendable, Hashable {
    /// Id unique within the article.
    public var localID: String
    /// Display label.
    public var label: String
    /// Normalized key; opaque to Graph.
    public var key: String
    /// Every mention in the article.
    public var mentions: [Span]

    /// Creates a group record.
    public init(localID: String, label: String, key: String, mentions: [Span] = []) {
        self.localID = localID
        self.label = label
        self.key = key
        self.mentions = mentions
    }
}

/// A place found in one article.
public struct PlaceRecord: Codable, Sendable, Hashable {
    /// Id unique within the article.
    public var localID: String
    /// Display name.
    public var name: String
    /// Normalized key; opaque to Graph.
    public var key: String
    /// Every mention in the article.
    public var mentions: [Span]

    /// Creates a place record.
    public init(localID: String, name: String, key: String, mentions: [Span] = []) {
        self.localID = localID
        self.name = name
        self.key = key
        self.mentions = mentions
    }
}

/// What sort of encounter a meeting is.
public enum MeetingKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// A meeting or talks between participants.
    case meeting
    /// One side visits the other.
    case visit
    /// A ceremony both attended.
    case ceremony
    /// A session of a council or board.
    case councilSession = "council-session"
    /// A joint press conference.
    case pressConference = "press-conference"
}

/// One encounter reported in one article.
public struct MeetingRecord: Codable, Sendable, Hashable {
    /// Id unique within the article (for example "m1").
    public var localID: String
    /// Sort of encounter.
    public var kind: MeetingKind
    /// CAMEO event code (for example "040").
    public var cameo: String
    /// The words that signal the meeting.
    public var trigger: Span
    /// The whole evidence sentence.
    public var sentence: Span
    /// Date of the meeting when the article states it (ISO); otherwise the article date is used.
    public var date: String?
    /// Local id of the place, if stated.
    public var placeLocalID: String?
    /// Local ids of the people (named or unnamed) who took part.
    public var participants: [String]
    /// Local ids of the groups that took part.
    public var groups: [String]
    /// Local ids of the institutions that took part as such.
    public var institutions: [String]
    /// Local id of the host, when the article says who received whom.
    public var host: String?
    /// Local id of the guest, when the article says who received whom.
    public var guest: String?
    /// Local ids of every host (`host` is the first), nil when the record does not say.
    public var hosts: [String]?
    /// Local ids of every guest (`guest` is the first), nil when the record does not say.
    public var guests: [String]?
    /// Id of the rule that found the meeting (opaque to Graph; docs/rules.md), nil for records made before.
    public var rule: String?
    /// `file:line` of the lexicon entry behind the rule (a meeting frame), when one decided it.
    public var ruleSource: String?

    /// Creates a meeting record.
    public init(
        localID: String, kind: MeetingKind = .meeting, cameo: String = "040", trigger: Span, sentence: Span,
        date: String? = nil, placeLocalID: String? = nil, participants: [String], groups: [String] = [],
        institutions: [String] = [], host: String? = nil, guest: String? = nil,
        hosts: [String]? = nil, guests: [String]? = nil, rule: String? = nil, ruleSource: String? = nil
    ) {
        self.hosts = hosts
        self.guests = guests
        self.rule = rule
        self.ruleSource = ruleSource
        self.localID = localID
        self.kind = kind
        self.cameo = cameo
        self.trigger = trigger
        self.sentence = sentence
        self.date = date
        self.placeLocalID = placeLocalID
        self.participants = participants
        self.groups = groups
        self.institutions = institutions
        self.host = host
        self.guest = guest
    }
}
