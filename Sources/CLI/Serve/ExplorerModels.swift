// The JSON the explorer's endpoints return (documented in docs/web-api.md).
//
import Graph

// Every type is a plain `Codable` value with arrays already sorted, so the same store and the same
// request give byte-equal responses (the encoder sorts keys too).

/// One person (or other actor) as a search result or at the head of a card.
struct PersonSummary: Codable, Sendable, Hashable {
    /// Stable node id (`p_…` for a named person).
    var id: String
    /// Node kind as exported (`person`, `unnamed-role-holder`, `group`, `institution`).
    var kind: String
    /// Display name.
    var label: String
    /// Main role, when known.
    var role: String?
    /// English gloss of the main role.
    var roleGloss: String?
    /// Institution of the main role.
    var institution: String?
    /// Number of distinct meetings the actor took part in (over `met` edges).
    var meetings: Int
    /// Number of distinct actors met.
    var contacts: Int
    /// Earliest date seen.
    var firstSeen: String?
    /// Latest date seen.
    var lastSeen: String?
}

/// One search candidate: the person, and how the look-up found them.
struct SearchCandidate: Codable, Sendable, Hashable {
    /// The person.
    var person: PersonSummary
    /// Up to three roles to tell namesakes apart, most stated first.
    var roles: [String]
    /// Other spellings seen.
    var aliases: [String]
    /// The stored key the query matched.
    var matchedKey: String
}

/// The answer of `GET /api/search`.
struct SearchResponse: Codable, Sendable, Hashable {
    /// The query as received.
    var query: String
    /// The look-up keys made from it (the same `didar query` makes).
    var keys: [String]
    /// The tier that matched (`full`, `surname`, `role`, `tokens`; `id` for a query that is a node id), or nil when nothing did.
    var match: String?
    /// Candidates, most meetings first.
    var candidates: [SearchCandidate]
    /// True when more candidates matched than `limit` allowed.
    var truncated: Bool
    /// «Did you mean»: stored names close to the query, when nothing matched.
    var suggestions: [PersonLookup.Suggestion]
}

/// A span to highlight inside an evidence sentence, in Unicode scalars relative to the sentence.
struct Highlight: Codable, Sendable, Hashable, Comparable {
    /// What is highlighted.
    enum Kind: String, Codable, Sendable, Hashable {
        /// The person whose card this is.
        case person
        /// The contact of this link.
        case contact
        /// The words that report the meeting.
        case trigger
    }

    /// First scalar (relative to the sentence text).
    var start: Int
    /// One past the last scalar.
    var end: Int
    /// What it marks.
    var kind: Kind

    static func < (lhs: Highlight, rhs: Highlight) -> Bool {
        (lhs.start, lhs.end, lhs.kind.rawValue) < (rhs.start, rhs.end, rhs.kind.rawValue)
    }
}

/// One evidence sentence of a link, with its article.
struct EvidenceView: Codable, Sendable, Hashable {
    /// Document id.
    var document: String
    /// Article headline, when known.
    var title: String?
    /// Article URL, when known (http/https only).
    var url: String?
    /// Meeting date, falling back to the article date.
    var date: String?
    /// Meeting node id.
    var meetingID: String
    /// The sentence as written in the article.
    var text: String
    /// Scalar offset of the sentence in the original article (end exclusive).
    var start: Int
    /// One past the last scalar of the sentence in the original article.
    var end: Int
    /// The meeting's trigger words.
    var trigger: String?
    /// Where the meeting was held, when the article says.
    var place: String?
    /// Id of the rule that found the meeting («meeting.frame.noun»), and the lexicon line behind it.
    var rule: String?
    var ruleSource: String?
    /// Spans to highlight, sorted, relative to `text`.
    var highlights: [Highlight]
}

/// A person met, with every meeting that supports the link.
struct ContactView: Codable, Sendable, Hashable {
    /// The contact.
    var person: PersonSummary
    /// Number of distinct meetings with the card's person (after the filters).
    var meetings: Int
    /// Earliest meeting date.
    var firstDate: String?
    /// Latest meeting date.
    var lastDate: String?
    /// Evidence sentences, by date, then article, then position.
    var evidence: [EvidenceView]
}

/// The filters a card or network was computed with.
struct ViewFilter: Codable, Sendable, Hashable {
    /// Earliest date kept (inclusive), if any.
    var since: String?
    /// Latest date kept (inclusive), if any.
    var until: String?
    /// Smallest number of meetings a link needs.
    var minMeetings: Int
    /// Hops drawn around the person.
    var depth: Int
}

/// Size of the ego network and whether the page may draw it.
struct NetworkSize: Codable, Sendable, Hashable {
    /// Nodes in the filtered ego network.
    var nodes: Int
    /// Edges in the filtered ego network.
    var edges: Int
    /// Largest network the server draws.
    var limit: Int
    /// False when the network is above the limit (the SVG endpoint then answers 413).
    var drawable: Bool
    /// What to do when it is not drawable.
    var advice: String?
}

/// The answer of `GET /api/person/{id}`.
struct PersonCardResponse: Codable, Sendable, Hashable {
    /// The person, with counts after the filters.
    var person: PersonSummary
    /// Other display names seen.
    var aliases: [String]
    /// Titles seen.
    var titles: [String]
    /// Roles over time, earliest first (as `didar query` lists them).
    var roles: [RoleHeld]
    /// Institutions the roles belong to.
    var institutions: [PersonCard.Institution]
    /// People and other actors met, most meetings first.
    var contacts: [ContactView]
    /// The filters applied.
    var filter: ViewFilter
    /// The ego network's size.
    var network: NetworkSize
}

/// Corpus-wide counts for the start page (`GET /api/stats`).
struct CorpusOverview: Codable, Sendable, Hashable {
    /// Articles in the store.
    var documents: Int
    /// Named people.
    var people: Int
    /// Institutions.
    var institutions: Int
    /// Meetings.
    var meetings: Int
    /// `met` links.
    var links: Int
    /// Earliest article or meeting date.
    var firstDate: String?
    /// Latest article or meeting date.
    var lastDate: String?
    /// The most connected people, for a first click, ranked as `didar stats` ranks them (see `topPeopleRankedBy`).
    var topPeople: [PersonSummary]
    /// How `topPeople` is ranked, in words, so that a reader comparing it with another list knows what it counts.
    var topPeopleRankedBy: String

    /// The ranking of `topPeople` and of `didar stats`' «most connected people».
    static let ranking = "degree: distinct named people met, then meetings (as `didar stats`)"
}
