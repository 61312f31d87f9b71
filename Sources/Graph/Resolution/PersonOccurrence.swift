/// A person as seen in one article, reduced to what resolution and node attributes need.
///
/// Institution local ids are already turned into institution keys, so occurrences from different
/// articles can be compared. Mention texts are not kept, only their count.
struct PersonOccurrence: Sendable, Hashable {
    var document: String
    var date: String?
    var localID: String
    var name: String
    var unnamed: Bool
    var titles: [String]
    var nameKey: String
    var surnameKey: String?
    var roles: [RoleOccurrence]
    var mentionCount: Int

    var isSurnameOnly: Bool { !unnamed && surnameKey != nil && surnameKey == nameKey }
    var roleKeys: Set<String> { Set(roles.map(\.key)) }
    var institutionKeys: Set<String> { Set(roles.compactMap(\.institutionKey)) }
}

/// A role as seen in one article, with its institution resolved to a key.
struct RoleOccurrence: Sendable, Hashable {
    var text: String
    var key: String
    var gloss: String?
    var institutionKey: String?
    var placeKey: String?
    var former: Bool
    var start: Int
}
