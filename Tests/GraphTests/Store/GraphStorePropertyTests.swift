import Testing
@testable import Graph

@Suite("GraphStore properties")
struct GraphStorePropertyTests {
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func storeRoundTripsAndBatchingDoesNotMatter(seed: UInt64) throws {
        var random = RandomCorpus(seed: seed)
        let documents = random.documents(40)
        let expected = CorpusIndex(documents: documents)

        let once = try GraphStore.inMemory()
        try once.add(documents)
        let stored = try once.index()
        #expect(stored.graph == expected.graph, "seed \(seed)")
        #expect(stored.roles == expected.roles, "seed \(seed)")
        #expect(stored.nameKeys == expected.nameKeys, "seed \(seed)")

        // Three uneven batches in shuffled order, then everything again.
        var generator = RandomCorpus.Generator(state: seed)
        let shuffled = documents.shuffled(using: &generator)
        let batched = try GraphStore.inMemory()
        try batched.add(Array(shuffled[0..<7]))
        try batched.add(Array(shuffled[7..<30]))
        try batched.add(Array(shuffled[30...]))
        let again = try batched.add(documents)
        #expect(again.added.isEmpty && again.replaced.isEmpty)
        #expect(try batched.corpusGraph() == expected.graph, "seed \(seed)")
        #expect(try batched.integrityCheck())
    }

    @Test(arguments: [11, 12] as [UInt64])
    func queriesAnswerForEveryPerson(seed: UInt64) throws {
        var random = RandomCorpus(seed: seed)
        let index = CorpusIndex(documents: random.documents(60))
        let people = index.graph.nodes.filter { $0.kind == .person || $0.kind == .unnamedRoleHolder }
        let lookup = PersonLookup(index: index)
        for person in people {
            // Every node is found by one of its own keys, and every card lists exactly its met edges.
            let keys = index.nameKeys.filter { $0.nodeID == person.id }.map(\.key)
            #expect(!keys.isEmpty, "\(person.id) has no look-up key")
            #expect(keys.contains { key in lookup.candidates(for: [key]).candidates.contains { $0.id == person.id } })
            let card = try #require(PersonCard(index: index, id: person.id))
            let met = index.graph.edges(of: .met).filter { $0.source == person.id || $0.target == person.id }
            #expect(card.contacts.count == met.count)
            #expect(card.contacts.map(\.meetingCount).reduce(0, +) == met.map(\.weight).reduce(0, +))
            // A contact is one step away, by definition.
            for contact in card.contacts.prefix(3) {
                #expect(PathFinder(index: index).shortestPath(from: person.id, to: contact.id, through: [])?.length == 1)
            }
        }
        let stats = CorpusStats(index: index)
        #expect(stats.meetingsPerMonth.map(\.meetings).reduce(0, +) + stats.undatedMeetings
            == index.graph.nodes(of: .meeting).count)
    }
}
