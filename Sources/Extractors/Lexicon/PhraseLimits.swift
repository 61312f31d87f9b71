/// The bounds of the phrase grammar (`phrase-limits.txt`): how many words each rule may look at.
///
/// Every look-ahead of the rules is bounded, which keeps them linear in the text; the bounds are policy, so
/// they are data. A limit the file does not list keeps its value here (the file as shipped lists them all).
public struct PhraseLimits: Sendable, Hashable {
    /// Modifiers after a role head.
    public var roleModifiers = 4
    /// Roles nested as complements.
    public var roleDepth = 3
    /// Open words between a role head and the body or place that completes it («معاون بهره‌برداری مترو تهران»).
    public var roleQualifiers = 5
    /// Heads and qualifiers after an institution head before its place.
    public var institutionWords = 6
    /// Field words of an office's unit named without its head («مدیرکل حفظ آثار و نشر ارزش‌های دفاع مقدس استان فارس»).
    public var officeFieldWords = 8
    /// Qualifiers kept by an institution head without a place or an eponym.
    public var institutionBareWords = 2
    /// Words of an eponym after its prefix.
    public var eponymWords = 2
    /// People in one coordinated list of participants.
    public var participantList = 24
    /// Words skipped between a noun trigger and its first participant.
    public var objectSkip = 3
    /// Words a verb frame looks back for its «با …» list.
    public var withLookback = 12
    /// Words before a noun trigger where «در» marks its subject.
    public var locativeLookback = 3
    /// Sentences a spoken epithet looks back and ahead for the named speaker around it.
    public var epithetSentences = 5
    /// Words of a line of its own that opens a news item of a bulletin (`NewsItems`).
    public var headlineWords = 12
    /// Quoted items a list of quoted names is read back over to vouch for the next one (`NameRecognizer`).
    public var quotedNameList = 12
    /// Content sentences between a meeting's report and a bare «X نیز گفت» speaker who still joins it (`QuotedSpeaker`).
    public var quotedSpeakerReach = 3
    /// Words of a quoted title after a role's work or event noun («کارگردان فیلم «…»», `role.event-body`).
    public var quotedTitleWords = 8
    /// Words between a named person and the «به عنوان» that introduces them to an office (`coref.introduced`).
    public var introducedReach = 12
    /// Words of an unread list item with an inner «و» («معاون و مدیران حوزه حمل و نقل و ترافیک», `pastUnreadItem`).
    public var unreadItemWords = 8
    /// Inner «و» of one unread list item (`pastUnreadItem`).
    public var unreadItemAnds = 3
    /// Words a kicker «NAME در …:» may hold after its name (`coref.headline-speaker`, `kickerTail`).
    public var kickerEventWords = 12
    /// Open words an incomplete office right after a name is read on over to the apposition's end (`role.speaker-office`).
    public var appositionOfficeWords = 3
    /// Content sentences with «وی» as their subject between a lead's office and the sentence naming its holder
    /// (`coref.speaker-chain`, `Coreferencer.isNamedNext`).
    public var pronounSentences = 3
    /// Words of a relative clause «که … برگزار شد،» after a back-referring event noun, up to its comma
    /// (`MeetingDetector.personOpening`: the main clause's subject after it attended).
    public var relativeClauseWords = 30

    /// The shipped values.
    public init() {}

    /// Reads `phrase-limits.txt`; an unknown name or a value that is not a whole number from 1 to 99 throws.
    init(_ entries: [LexiconEntry]) throws(LexiconError) {
        let fields: [String: WritableKeyPath<PhraseLimits, Int>] = [
            "role-modifiers": \.roleModifiers, "role-depth": \.roleDepth, "role-qualifiers": \.roleQualifiers, "institution-words": \.institutionWords,
            "office-field-words": \.officeFieldWords,
            "institution-bare-words": \.institutionBareWords, "eponym-words": \.eponymWords,
            "participant-list": \.participantList, "object-skip": \.objectSkip, "with-lookback": \.withLookback,
            "locative-lookback": \.locativeLookback, "epithet-sentences": \.epithetSentences,
            "headline-words": \.headlineWords, "quoted-name-list": \.quotedNameList, "quoted-speaker-reach": \.quotedSpeakerReach,
            "quoted-title-words": \.quotedTitleWords, "introduced-reach": \.introducedReach,
            "unread-item-words": \.unreadItemWords, "unread-item-ands": \.unreadItemAnds, "kicker-event-words": \.kickerEventWords,
            "apposition-office-words": \.appositionOfficeWords, "pronoun-sentences": \.pronounSentences,
            "relative-clause-words": \.relativeClauseWords,
        ]
        for entry in entries {
            guard let field = fields[entry.surface] else {
                throw LexiconError(at: entry, "unknown limit «\(entry.surface)»: the limits are \(fields.keys.sorted().joined(separator: ", "))")
            }
            guard let value = Int(entry["value"] ?? ""), (1...99).contains(value) else {
                throw LexiconError(at: entry, "limit «\(entry.surface)» needs value= a whole number from 1 to 99")
            }
            self[keyPath: field] = value
        }
    }
}
