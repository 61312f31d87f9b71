import Testing
@testable import Graph

@Suite("PersonCard")
struct PersonCardTests {
    let index = CorpusFixture.index

    @Test func cardListsNamesTitlesRolesInstitutionsAndContactsWithEvidence() throws {
        let card = try #require(PersonCard(index: index, id: CorpusFixture.id(CorpusFixture.ali)))
        // One mention each, same length: the model's tie rule picks the smaller string (Arabic ي sorts first).
        #expect(card.names == ["علي لاريجاني", "علی لاریجانی"])
        #expect(card.titles == ["دکتر"])
        #expect(card.meetingCount == 2)
        #expect(card.roles.count == 1)
        #expect(card.roles.first?.role == "رئیس مجلس")
        #expect(card.roles.first?.firstSeen == "2021-01-10")
        #expect(card.roles.first?.lastSeen == "2021-02-05")
        #expect(card.roles.first?.documentCount == 2)
        #expect(card.institutions.map(\.label) == ["مجلس شورای اسلامی"])
        #expect(card.contacts.map(\.label) == ["صادق لاریجانی", "محمد جواد ظریف"])
        let zarif = try #require(card.contacts.first { $0.id == CorpusFixture.id(CorpusFixture.zarif) })
        #expect(zarif.meetingCount == 1)
        #expect(zarif.encounters.first?.place == "تهران")
        #expect(zarif.encounters.first?.document == "d1")
        #expect(zarif.encounters.first?.date == "2021-01-10")
        #expect(zarif.encounters.first?.text == "لاریجانی با ظریف در تهران دیدار کرد.")
        #expect(card.secondDegree.isEmpty)
    }

    @Test func contactsAreRankedByNumberOfMeetings() throws {
        var documents = CorpusFixture.all
        // A second meeting between Zarif and Rouhani, in a new article.
        documents.append(DocumentGraph(
            document: DocumentInfo(id: "d5", date: "2021-06-01", contentHash: "h5"),
            people: [
                CorpusFixture.person("p1", "محمد جواد ظریف", key: CorpusFixture.zarif, surname: "ظریف"),
                CorpusFixture.person("p2", "حسن روحانی", key: CorpusFixture.rouhani, surname: "روحانی"),
            ],
            meetings: [CorpusFixture.meeting("m1", ["p1", "p2"], sentence: "دیدار دوباره.")]))
        let card = try #require(PersonCard(index: CorpusIndex(documents: documents), id: CorpusFixture.id(CorpusFixture.zarif)))
        #expect(card.contacts.map(\.label) == ["حسن روحانی", "علي لاريجاني"])
        #expect(card.contacts.map(\.meetingCount) == [2, 1])
        #expect(card.contacts.first?.encounters.map(\.date) == ["2021-02-28", "2021-06-01"])
    }

    @Test func depthTwoAddsContactsOfContactsWithTheIntermediary() throws {
        let card = try #require(PersonCard(index: index, id: CorpusFixture.id(CorpusFixture.ali), depth: 2))
        #expect(card.secondDegree.map(\.label) == ["حسن روحانی"])
        #expect(card.secondDegree.first?.via.map(\.label) == ["محمد جواد ظریف"])
    }

    @Test func aGroupIsNeitherAContactNorALinkBetweenPeople() throws {
        // Ali is at a meeting with a delegation, which is at another with Raisi: a group never `met`
        // anyone, so it is no contact and no chain of people goes through it, whatever the kinds allowed.
        let delegation = GroupRecord(localID: "g1", label: "هیئت", key: "هیئت")
        var documents = CorpusFixture.all
        for (id, person, key) in [("d6", "علی لاریجانی", CorpusFixture.ali), ("d7", "ابراهیم رئیسی", CorpusFixture.raisi)] {
            var meeting = CorpusFixture.meeting("m1", ["p1"], sentence: "دیدار با هیئت.")
            meeting.groups = ["g1"]
            documents.append(DocumentGraph(
                document: DocumentInfo(id: id, date: "2021-07-01", contentHash: id),
                people: [CorpusFixture.person("p1", person, key: key, surname: nil)], groups: [delegation],
                meetings: [meeting]))
        }
        let index = CorpusIndex(documents: documents)
        let ali = CorpusFixture.id(CorpusFixture.ali)
        let card = try #require(PersonCard(index: index, id: ali, depth: 2))
        #expect(!card.contacts.map(\.label).contains("هیئت"))
        #expect(card.secondDegree.map(\.label) == ["حسن روحانی"])
        let wide = try #require(PersonCard(index: index, id: ali, depth: 2, throughKinds: [.person, .group]))
        #expect(wide.secondDegree.map(\.label) == ["حسن روحانی"])
    }

    @Test func dateRangeKeepsOnlyMeetingsAndRolesInside() throws {
        let card = try #require(PersonCard(
            index: index, id: CorpusFixture.id(CorpusFixture.ali), range: DateRange(since: "2021-02-01")))
        #expect(card.contacts.map(\.label) == ["صادق لاریجانی"])
        #expect(card.meetingCount == 1)
        #expect(card.roles.count == 1)  // stated until 2021-02-05, so it meets the range
        let before = try #require(PersonCard(
            index: index, id: CorpusFixture.id(CorpusFixture.ali), range: DateRange(until: "2020")))
        #expect(before.contacts.isEmpty)
        #expect(before.roles.isEmpty)
    }

    @Test func unknownOrNonActorIdGivesNoCard() {
        #expect(PersonCard(index: index, id: "p_0000000000000000") == nil)
        let meeting = index.graph.nodes(of: .meeting).first!.id
        #expect(PersonCard(index: index, id: meeting) == nil)
    }
}

@Suite("DateRange")
struct DateRangeTests {
    @Test func prefixBoundsCoverTheWholeYearOrMonth() {
        let march = DateRange(since: "2021-03", until: "2021-03")
        #expect(march.contains("2021-03-31"))
        #expect(march.contains("2021-03-01"))
        #expect(!march.contains("2021-04-01"))
        #expect(!march.contains("2021-02-28"))
        #expect(!march.contains(nil))
        #expect(DateRange.all.contains(nil))
        #expect(DateRange(until: "2021").fullUntil == "2021-12-31")
    }
}
