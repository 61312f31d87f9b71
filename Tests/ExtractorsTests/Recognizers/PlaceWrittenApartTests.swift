import Testing
@testable import Extractors

/// A place written as one word matches its parts written apart (keys drop spaces: «کرمان شاه» is «کرمانشاه»), but
/// not over a function word or a pronoun: Hamshahri's «با وي» (with him) is no county «باوی», «به شهر» no «بهشهر»,
/// «را ميان» no «رامیان» (`PlaceRecognizer.findPlaceName`; 56 + 102 + 22 such places in the two dev corpora).
@Suite("Places written apart: a function word or a pronoun is no part of a one-word place name")
struct PlaceWrittenApartTests {
    private func placeNames(_ text: String) -> [String] {
        Fixture.extract(text).places.flatMap { $0.mentions.map(\.text) }
    }

    @Test("«با وي گفت و گو كرد» holds no place, and «وي» is the person's mention")
    func withHimIsNoCounty() throws {
        let r = Fixture.extract("مادلين آلبرايت ديروز به منامه رفت. نمايندگان پارلمان با وي گفت و گو كردند.")
        #expect(!r.places.contains { $0.mentions.contains { $0.text.contains("با") } })
        let albright = try #require(Fixture.person(r, named: "مادلين آلبرايت"))
        #expect(albright.mentions.contains { $0.text == "وي" })
    }

    @Test("«از روستا به شهر» and «آن را ميان» hold no place")
    func prepositionSplitsAreNoPlaces() {
        #expect(placeNames("مهاجرت از روستا به شهر ادامه دارد و دولت آن را ميان استانها تقسيم كرد.").isEmpty)
    }

    @Test("a one-word place written apart without a function word is still read: «كرمان شاه»")
    func nameWrittenApartStillMatches() {
        #expect(placeNames("استاندار كرمان شاه گفت: بارندگي كم بود.").contains("كرمان شاه"))
    }

    @Test("«شهر اصفهان» is read whole after «به»: the «به شهر» of «بهشهر» no longer takes «شهر»")
    func cityPrefixAfterPreposition() {
        #expect(placeNames("وزير نيرو ديروز به شهر اصفهان سفر كرد.").contains("شهر اصفهان"))
    }

    @Test("round 31: a place that is also a word («بم») is the place bare in an article whose county it is («مرکز بهداشت بم»)")
    func ambiguousPlaceOfTheArticle() {
        let r = Fixture.extract("زلزله شهر بم خسارت زیادی داشت. وزیر بهداشت از مرکز بهداشت بم بازدید کرد.")
        #expect(r.institutions.map(\.name).contains("مرکز بهداشت بم"))
        // In an article about another place it stays a word.
        let other = Fixture.extract("وزیر بهداشت از مرکز بهداشت بم بازدید کرد.")
        #expect(!other.institutions.map(\.name).contains("مرکز بهداشت بم"))
    }
}
