import Testing
@testable import Extractors

/// Issue 16, round 30: a name whose titles stand right after the head of a street's, a hall's or a school's name
/// (eponym-heads.txt) is that place's name (`NameRecognizer.namesTitledEponym`), and its words are no one's mention.
@Suite("Titled names of streets, halls and schools")
struct TitledEponymTests {
    @Test("«خیابان دکتر علی شریعتی», «بیمارستان دکتر شریعتی», «میدان شهید آیت الله مدنی»: no person")
    func streetsAndHospitals() {
        for text in ["این مراسم در خیابان دکتر علی شریعتی برگزار شد.", "این مراسم در بیمارستان دکتر شریعتی برگزار شد.",
                     "این مراسم در میدان شهید آیت الله مدنی برگزار شد.", "این مراسم در مدرسه شهید دکتر چمران برگزار شد."] {
            #expect(Fixture.extract(text).people.isEmpty, "\(text)")
        }
    }

    @Test("«حسینیه آیت الله العظمی مرعشی»: neither the name nor its surname read word by word")
    func surnameNotReadAlone() {
        let r = Fixture.extract("مراسم بعد از نماز مغرب در حسینیه آیت الله العظمی مرعشی واقع در قم برپا خواهد شد.")
        #expect(r.people.isEmpty)
    }

    @Test("a courtesy title names a person there: «فرمانده پادگان آقای سلیمی بود»")
    func courtesyTitleIsPerson() {
        let r = Fixture.extract("فرمانده پادگان آقای سلیمی بود که به ما گفت: وضع این است.")
        #expect(Fixture.names(r) == ["سلیمی"])
    }

    @Test("a role after the name makes it a person: «بیمارستان دکتر علی احمدی رئیس دانشگاه …»")
    func roleFollows() {
        let r = Fixture.extract("در بازدید از بیمارستان دکتر علی احمدی رئیس دانشگاه علوم پزشکی تهران گفت: کار خوب است.")
        #expect(Fixture.names(r) == ["علی احمدی"])
    }
}
