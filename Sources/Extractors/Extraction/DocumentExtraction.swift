/// The per-document record of `didar extract --json` (docs/extract-format.md), plus what the graph needs.
///
/// Scored fields: `document`, `date`, `people`, `institutions`, `meetings`, `met`. Extra fields: rule ids and
/// sentence indices on mentions, keys and glosses, `media`, `places`, `groups`. JSON keys are snake_case;
/// absent optional values are written as `null`. Offsets count Unicode scalars of the original text, end exclusive.
public struct DocumentExtraction: Codable, Sendable, Hashable {
    public var document: String
    /// ISO date of the article, if found.
    public var date: String?
    public var people: [ExtractedPerson]
    public var institutions: [ExtractedInstitution]
    public var meetings: [ExtractedMeeting]
    public var met: [MetPair]
    public var media: [ExtractedMedium]
    public var places: [ExtractedPlace]
    public var groups: [ExtractedGroup]

    /// Creates the value from all of its fields.
    public init(document: String, date: String?, people: [ExtractedPerson], institutions: [ExtractedInstitution],
                meetings: [ExtractedMeeting], met: [MetPair], media: [ExtractedMedium], places: [ExtractedPlace], groups: [ExtractedGroup]) {
        self.document = document
        self.date = date
        self.people = people
        self.institutions = institutions
        self.meetings = meetings
        self.met = met
        self.media = media
        self.places = places
        self.groups = groups
    }

    /// Encodes every field; an absent optional is written as `null`, as extract-format.md shows.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encode(date, forKey: .date)
        try c.encode(people, forKey: .people)
        try c.encode(institutions, forKey: .institutions)
        try c.encode(meetings, forKey: .meetings)
        try c.encode(met, forKey: .met)
        try c.encode(media, forKey: .media)
        try c.encode(places, forKey: .places)
        try c.encode(groups, forKey: .groups)
    }
}

/// A stretch of the original text: what a mention, a trigger or a role phrase covers.
public struct TextSpan: Codable, Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
    /// Creates the value from all of its fields.
    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// A mention of an entity, with the rule that made it and the sentence it is in.
public struct ExtractedMention: Codable, Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
    /// Rule id («person.given-surname», «coref.surname», …).
    public var rule: String
    /// Index of the sentence in the document (every sentence counted).
    public var sentence: Int
    /// `file:line` of the lexicon entry that decided the mention, when one did (written only then).
    public var source: String?

    /// Creates the value from all of its fields.
    public init(text: String, start: Int, end: Int, rule: String, sentence: Int, source: String? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.rule = rule
        self.sentence = sentence
        self.source = source
    }
}

/// A person of the document.
public struct ExtractedPerson: Codable, Sendable, Hashable {
    public var id: String
    /// Fullest personal name as written, titles removed; for an unnamed role-holder, the role phrase.
    public var name: String
    public var unnamed: Bool
    public var titles: [String]
    public var mentions: [ExtractedMention]
    public var roles: [ExtractedRole]
    /// `PersianNormalizer.key` of the name (without a leading «سید/سیده»).
    public var nameKey: String
    /// Key of the surname, empty for an unnamed person.
    public var surnameKey: String

    enum CodingKeys: String, CodingKey {
        case id, name, unnamed, titles, mentions, roles
        case nameKey = "name_key"
        case surnameKey = "surname_key"
    }

    /// Creates the value from all of its fields.
    public init(id: String, name: String, unnamed: Bool, titles: [String], mentions: [ExtractedMention], roles: [ExtractedRole], nameKey: String, surnameKey: String) {
        self.id = id
        self.name = name
        self.unnamed = unnamed
        self.titles = titles
        self.mentions = mentions
        self.roles = roles
        self.nameKey = nameKey
        self.surnameKey = surnameKey
    }
}

/// A role a person holds («معاون امور عمرانی استاندار کرمان»), as written, with the institution it links.
public struct ExtractedRole: Codable, Sendable, Hashable {
    public var text: String
    /// Id of the institution the role links (`i1`), if any.
    public var institution: String?
    public var start: Int
    public var end: Int
    public var rule: String
    public var sentence: Int
    /// Resolution key: head, modifiers and the complement's key, deictics resolved.
    public var key: String
    /// The role head as written («معاون»).
    public var head: String
    /// English gloss («deputy of Kerman governor» is built as head gloss + complement).
    public var gloss: String
    /// True when «سابق/پیشین/وقت» marks a former role.
    public var former: Bool
    /// The place the office governs, if its complement is a place.
    public var place: String?
    /// `file:line` of the role head's entry in role-heads.txt.
    public var source: String?

    /// Creates the value from all of its fields.
    public init(text: String, institution: String?, start: Int, end: Int, rule: String, sentence: Int, key: String, head: String, gloss: String, former: Bool, place: String?, source: String? = nil) {
        self.source = source
        self.text = text
        self.institution = institution
        self.start = start
        self.end = end
        self.rule = rule
        self.sentence = sentence
        self.key = key
        self.head = head
        self.gloss = gloss
        self.former = former
        self.place = place
    }

    /// Encodes every field; an absent optional is written as `null`, as extract-format.md shows.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(institution, forKey: .institution)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(rule, forKey: .rule)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(key, forKey: .key)
        try c.encode(head, forKey: .head)
        try c.encode(gloss, forKey: .gloss)
        try c.encode(former, forKey: .former)
        try c.encode(place, forKey: .place)
        try c.encode(source, forKey: .source)
    }
}

/// An institution with its canonical display name.
public struct ExtractedInstitution: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var key: String
    /// English gloss of the head («municipality»).
    public var gloss: String
    /// Mentions as written; empty when only a role implies the institution.
    public var mentions: [ExtractedMention]

    /// Creates the value from all of its fields.
    public init(id: String, name: String, key: String, gloss: String, mentions: [ExtractedMention]) {
        self.id = id
        self.name = name
        self.key = key
        self.gloss = gloss
        self.mentions = mentions
    }
}

/// A news outlet, kept apart from institutions.
public struct ExtractedMedium: Codable, Sendable, Hashable {
    public var name: String
    public var key: String
    public var mentions: [ExtractedMention]

    /// Creates the value from all of its fields.
    public init(name: String, key: String, mentions: [ExtractedMention]) {
        self.name = name
        self.key = key
        self.mentions = mentions
    }
}

/// A place named in the text.
public struct ExtractedPlace: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var key: String
    public var mentions: [ExtractedMention]

    /// Creates the value from all of its fields.
    public init(id: String, name: String, key: String, mentions: [ExtractedMention]) {
        self.id = id
        self.name = name
        self.key = key
        self.mentions = mentions
    }
}

/// An unnamed group of people («شهرداران»): takes part in meetings, never a person.
public struct ExtractedGroup: Codable, Sendable, Hashable {
    public var id: String
    public var label: String
    public var mentions: [ExtractedMention]

    /// Creates the value from all of its fields.
    public init(id: String, label: String, mentions: [ExtractedMention]) {
        self.id = id
        self.label = label
        self.mentions = mentions
    }
}

/// The evidence sentence of a meeting, with original offsets.
public struct SentenceSpan: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var index: Int

    /// Creates the value from all of its fields.
    public init(start: Int, end: Int, index: Int) {
        self.start = start
        self.end = end
        self.index = index
    }
}

/// A meeting event and who took part.
public struct ExtractedMeeting: Codable, Sendable, Hashable {
    public var id: String
    public var trigger: TextSpan
    /// Person ids.
    public var participants: [String]
    public var date: String?
    public var kind: MeetingKind
    /// CAMEO 04x code of the event.
    public var cameo: String
    public var sentence: SentenceSpan
    public var place: String?
    /// Group ids.
    public var groups: [String]
    /// Institution ids named in the evidence sentence.
    public var institutions: [String]
    /// For a visit: the hosts and the guests (person ids); empty otherwise.
    public var host: [String]
    public var guest: [String]
    /// Rule id: the frame's id (meeting-frames.txt) or a join rule (`RuleID`).
    public var rule: String
    /// `file:line` of the frame that found the meeting.
    public var source: String?

    /// Creates the value from all of its fields.
    public init(id: String, trigger: TextSpan, participants: [String], date: String?, kind: MeetingKind, cameo: String, sentence: SentenceSpan, place: String?, groups: [String], institutions: [String], host: [String], guest: [String], rule: String, source: String? = nil) {
        self.source = source
        self.id = id
        self.trigger = trigger
        self.participants = participants
        self.date = date
        self.kind = kind
        self.cameo = cameo
        self.sentence = sentence
        self.place = place
        self.groups = groups
        self.institutions = institutions
        self.host = host
        self.guest = guest
        self.rule = rule
    }

    /// Encodes every field; an absent optional is written as `null`, as extract-format.md shows.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(trigger, forKey: .trigger)
        try c.encode(participants, forKey: .participants)
        try c.encode(date, forKey: .date)
        try c.encode(kind, forKey: .kind)
        try c.encode(cameo, forKey: .cameo)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(place, forKey: .place)
        try c.encode(groups, forKey: .groups)
        try c.encode(institutions, forKey: .institutions)
        try c.encode(host, forKey: .host)
        try c.encode(guest, forKey: .guest)
        try c.encode(rule, forKey: .rule)
        try c.encode(source, forKey: .source)
    }
}

/// Two people who met, once per unordered pair, with the meetings that say so.
public struct MetPair: Codable, Sendable, Hashable {
    public var a: String
    public var b: String
    public var meetings: [String]

    /// Creates the value from all of its fields.
    public init(a: String, b: String, meetings: [String]) {
        self.a = a
        self.b = b
        self.meetings = meetings
    }
}
