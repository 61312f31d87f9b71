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
