import Testing
@testable import Extractors

/// Names after a word that credits a work to its maker (credit-cues.txt: «به کارگردانی», «ساخته», «ترجمه», «با بازی»):
/// the cue vouches for a surname no list holds or no ending marks, after a given name. Invented sentences of the kind
/// the film, book and stage pages of the news corpora hold.
@Suite("Names after a credit cue")
struct CreditedNameTests {
    @Test("a given name after «به کارگردانی» and «ساخته» takes the unlisted word after it as its surname")
    func directorAndMaker() {
        let text = "فیلم «باران پاییزی» به کارگردانی بابک شجره و «خانه دوست» ساخته کاظم مفخم در سینماهای تهران اکران شد."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "بابک شجره")?.mentions.first?.rule == "person.credited-name")
        #expect(Fixture.person(r, named: "کاظم مفخم") != nil)
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a given name that is also an everyday word («جمال», «رسول») is a name after the cue")
    func ambiguousGivenNameAfterCue() {
        let r = Fixture.extract("نمایش «سفر» به کارگردانی جمال مفخم و با بازی رسول شجره در تالار وحدت اجرا می‌شود.")
        #expect(Fixture.person(r, named: "جمال مفخم") != nil)
        #expect(Fixture.person(r, named: "رسول شجره") != nil)
    }

    @Test("a surname that does not end like one takes one more unlisted word before «و», none before a verb")
    func surnameEndsAtSeparator() {
        let r = Fixture.extract("رمان «گلاب» ترجمه یگانه راست گفتار و «شب» نوشته مرتضی شعبانی منتشر شد.")
        #expect(Fixture.person(r, named: "یگانه راست گفتار") != nil)
        #expect(Fixture.person(r, named: "مرتضی شعبانی") != nil)
        #expect(!Fixture.names(r).contains { $0.contains("منتشر") })
    }

    @Test("without a cue the same words are no name: «جمال مفخم» alone is not vouched for")
    func noCueNoName() {
        let r = Fixture.extract("در این نمایشگاه جمال مفخم و زیبایی آثار دیده می‌شود.")
        #expect(Fixture.person(r, named: "جمال مفخم") == nil)
    }

    @Test("two given names after the cue are not taken as a name with the next word («عباس صالح مدرسه»)")
    func twoGivenNamesAfterCue() {
        let r = Fixture.extract("مستند «پیامبران» ساخته عباس صالح مدرسه اي به عنوان بهترین اثر انتخاب شد.")
        #expect(!Fixture.names(r).contains("عباس صالح مدرسه"))
    }
}
