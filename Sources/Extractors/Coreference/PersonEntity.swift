/// One person of a document as coreference builds it: every mention, role and title found for them.
struct PersonEntity {
    /// Fullest written name (titles removed); for an unnamed role-holder, the role phrase.
    var name: String
    /// Identity key: the name's key without a leading «سید/سیده».
    var identityKey: String
    /// Keys of the surname's tokens («ایل», «سعادتمند»).
    var surnameKeys: [String]
    var unnamed: Bool
    var titles: [String] = []
    var mentions: [EntityMention] = []
    /// Indices into `RecognizedMentions.roles` of the role phrases that describe this person.
    var roles: [Int] = []
    /// Offices named by their plural after this person's name («… از اعضای شورای …»: `linkPluralMembers`); they are
    /// the person's roles in the record and no evidence of identity (one plural, many holders).
    var memberOffices: [RoleSpan] = []
    var roleKeys: Set<String> = []
    var headKeys: Set<String> = []
    /// Set when this entity was merged into another one.
    var mergedInto: Int?

    var firstStart: Int { mentions.lazy.map(\.tokens.lowerBound).min() ?? Int.max }
}

/// A place in the text where a person is mentioned, with the rule that linked it.
struct EntityMention: Hashable {
    var tokens: Range<Int>
    var rule: String
}

/// What a participant slot of a sentence refers to.
enum SlotReference: Hashable {
    case person(Int)
    case group(Int)
    /// A role phrase (index into `RecognizedMentions.roles`) that no person holds yet.
    case role(Int)
}

/// A run of tokens that names one participant: a name with its role apposition, a role, a group, a pronoun.
struct Slot: Hashable {
    var tokens: Range<Int>
    var reference: SlotReference
    /// An office no one holds that names its holder on its own (complete, or a bare local office such as «بخشدار
    /// مرکزی»): set by the meeting detector, whose participant lists read an office written right after it as the
    /// next item though no comma stands between (`MeetingDetector.list`).
    var standsAlone = false
}
