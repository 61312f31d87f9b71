import Testing

@testable import Graph

@Suite("Stable ids")
struct StableIDTests {
    @Test("FNV-1a 64 matches the published test vectors")
    func fnvVectors() {
        // From the FNV reference (http://www.isthe.com/chongo/tech/comp/fnv/).
        #expect(StableID.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableID.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(StableID.fnv1a64("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test("ids are a kind prefix and sixteen hex digits")
    func idShape() {
        let id = StableID.make("p_", "person:علی لاریجانی")
        #expect(id.hasPrefix("p_"))
        #expect(id.count == 18)
        #expect(id.dropFirst(2).allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }

    @Test("ids are the same across runs and across a larger corpus")
    func stableAcrossCorpora() {
        let small = SampleCorpus.build(Array(SampleCorpus.small.prefix(2)))
        let again = SampleCorpus.build(Array(SampleCorpus.small.prefix(2)))
        #expect(small == again)
        let large = SampleCorpus.build(
            SampleCorpus.small + [SampleCorpus.unnamedGovernor(id: "doc-late", date: "2023-01-01")])
        let largeIDs = Set(large.nodes.map(\.id))
        // Every node of the small corpus keeps its id, except a surname-only node that the larger
        // corpus resolves into a full name (doc-b's «حسینی» joins the spokesman of doc-c).
        let kept = small.nodes.filter { !$0.key.hasPrefix("surname:") }
        #expect(!kept.isEmpty)
        for node in kept { #expect(largeIDs.contains(node.id), "\(node.key) lost its id") }
        let largeEdgeIDs = Set(large.edges.map(\.id))
        let ministerID = StableID.make("p_", "person:محمدجواد ظریف")
        #expect(small.node(ministerID) != nil)
        let surnameIDs = Set(small.nodes.filter { $0.key.hasPrefix("surname:") }.map(\.id))
        #expect(surnameIDs.count == 1)
        for edge in small.edges where !surnameIDs.contains(edge.source) && !surnameIDs.contains(edge.target) {
            #expect(largeEdgeIDs.contains(edge.id), "\(edge.kind) edge lost its id")
        }
    }

    @Test("node ids carry their kind prefix")
    func prefixes() {
        let graph = SampleCorpus.build(SampleCorpus.small)
        for node in graph.nodes { #expect(node.id.hasPrefix(node.kind.idPrefix)) }
        for edge in graph.edges { #expect(edge.id.hasPrefix("e_")) }
        #expect(Set(graph.nodes.map(\.id)).count == graph.nodes.count)
    }
}
