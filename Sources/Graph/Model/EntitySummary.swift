/// What the builder keeps about an institution, group or place while articles stream in.
struct EntitySummary: Sendable {
    var labels = Tally()
    var glosses = Tally()
    var documents: Set<String> = []
    var mentionCount = 0
    var window: DateWindow?

    mutating func record(label: String, gloss: String?, document: String, date: String?, mentions: Int) {
        labels.add(label)
        glosses.add(gloss)
        documents.insert(document)
        mentionCount += mentions
        window.include(date)
    }
}

/// What the builder keeps about one meeting: its evidence sentence and resolved keys, no article text.
struct MeetingSummary: Sendable {
    var id: String
    var key: String
    var document: String
    var kind: MeetingKind
    var cameo: String
    var trigger: Span
    var sentence: Span
    var date: String?
    var placeKey: String?
    var participants: [OccurrenceReference]
    var groupKeys: [String]
    var institutionKeys: [String]
}

/// What the builder keeps about one article.
struct ArticleSummary: Sendable {
    var info: DocumentInfo
}
