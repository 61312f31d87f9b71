import Testing
@testable import Graph

@Suite("PersonLookup")
struct PersonLookupTests {
    let lookup = PersonLookup(index: CorpusFixture.index)

    @Test func fullKeyFindsOnePersonWhateverTheSpellingInTheArticles() {
        let result = lookup.candidates(for: [CorpusFixture.ali])
        #expect(result.match == .full)
        #expect(result.unique?.id == CorpusFixture.id(CorpusFixture.ali))
        #expect(result.unique?.aliases.count == 1)  // the other of the two spellings
        #expect(result.unique?.meetingCount == 2)
    }

    @Test func laterKeysAreTriedWhenTheFirstFindsNothing() {
        // The caller passes the raw normalized query, then the one with titles stripped.
        let result = lookup.candidates(for: ["دکتر علی لاریجانی", CorpusFixture.ali])
        #expect(result.match == .full)
        #expect(result.candidates.map(\.id) == [CorpusFixture.id(CorpusFixture.ali)])
    }

    @Test func sharedSurnameGivesAListRankedByMeetings() {
        let result = lookup.candidates(for: ["لاریجانی"])
        #expect(result.match == .surname)
        #expect(result.candidates.map(\.id) == [CorpusFixture.id(CorpusFixture.ali), CorpusFixture.id(CorpusFixture.sadegh)])
        #expect(result.candidates.map(\.roles) == [["رئیس مجلس"], ["رئیس قوه قضاییه"]])
        #expect(result.unique == nil)
    }

    @Test func surnameOnlyMentionMergedIntoTheFullNameIsFoundBySurname() {
        let result = lookup.candidates(for: ["ظریف"])
        #expect(result.match == .surname)
        #expect(result.unique?.id == CorpusFixture.id(CorpusFixture.zarif))
        #expect(result.unique?.meetingCount == 2)
    }

    @Test func tokensFindAFullNameWithAMiddleName() {
        let result = lookup.candidates(for: ["جواد ظریف"])
        #expect(result.match == .tokens)
        #expect(result.unique?.id == CorpusFixture.id(CorpusFixture.zarif))
    }

    @Test func roleKeyFindsAnUnnamedRoleHolder() {
        let result = lookup.candidates(for: [CorpusFixture.governorRole])
        #expect(result.match == .role)
        #expect(result.unique?.id == CorpusFixture.roleHolderID(CorpusFixture.governorRole))
        #expect(result.unique?.kind == .unnamedRoleHolder)
    }

    @Test func unknownKeyFindsNothingButSuggestsTheNearestKeys() {
        let result = lookup.candidates(for: ["لاریجانے"])
        #expect(result.match == nil)
        #expect(result.candidates.isEmpty)
        let suggestions = lookup.suggestions(for: "لاریجانے")
        #expect(suggestions.first?.key == "لاریجانی")
        #expect(suggestions.first?.distance == 1)
        #expect(suggestions.first?.ids.count == 2)
        #expect(lookup.suggestions(for: "کاملا متفاوت").isEmpty)
    }

    @Test func emptyKeysAreIgnored() {
        #expect(lookup.candidates(for: ["", " "]).candidates.isEmpty)
    }
}

@Suite("EditDistance")
struct EditDistanceTests {
    @Test func countsScalarEditsAndStopsPastTheLimit() {
        #expect(EditDistance.distance("kitten", "sitting", limit: 3) == 3)
        #expect(EditDistance.distance("kitten", "sitting", limit: 2) == nil)
        #expect(EditDistance.distance("", "abc", limit: 3) == 3)
        #expect(EditDistance.distance("علی", "علي", limit: 1) == 1)
        #expect(EditDistance.distance("same", "same", limit: 0) == 0)
    }
}
