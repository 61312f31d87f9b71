/// What the builder keeps about an institution, group or place while articles stream in.
struct EntitySummary: Sendable {
    var labels = Tally()
    var glosses = Tally()
    /// Articles naming the entity: one `add` per article at a time, so they arrive grouped.
    var documents = GroupedDocumentCount()
    var mentionCount = 0
    var window: DateWindow?

    mutating func record(label: String, gloss: String?, document: String, date: String?, mentions: Int) {
        labels.add(label)
        glosses.add(gloss)
        documents.add(document)
        mentionCount += mentions
        window.include(date)
    }
}
