import Testing
@testable import Extractors

/// Name shapes: a Western surname opened by a particle (surname-particles.txt), and everyday words that are
/// no surname whatever follows them (non-name-words.txt).
@Suite("Name shapes: surname particles, everyday words after a given name")
struct SurnameParticleTests {
    @Test("after a transliterated first name a particle opens a two-word surname: «لئوناردو دی کاپریو»")
    func particleSurname() {
        let r = Fixture.extract("در اين فيلم لئوناردو دي كاپريو و كيت وينسلت حضور دارند و ويسنته دل بوسكه امروز اين بخت را داشت.")
        #expect(Fixture.person(r, named: "لئوناردو دي كاپريو") != nil)
        #expect(Fixture.person(r, named: "ويسنته دل بوسكه") != nil)
        #expect(Fixture.person(r, named: "لئوناردو دي") == nil)
    }

    @Test("a particle that is also a stop word: «دومینیک دو ویلپن وزیر خارجه فرانسه»")
    func stopWordParticle() {
        let r = Fixture.extract("دومينيك دو ويلپن وزير خارجه فرانسه گفت: اين طرح اجرا مي شود.")
        #expect(Fixture.person(r, named: "دومينيك دو ويلپن") != nil)
    }

    @Test("«ده» is no particle: «جان ده ها هزار نفر»")
    func numberIsNoParticle() {
        let r = Fixture.extract("اين بيماري جان ده ها هزار نفر را گرفت.")
        #expect(r.people.isEmpty)
    }

    @Test("an everyday word no surname list or ending marks is no surname, whatever follows: «روبرتو نبود،», «علی بیشتر از»")
    func neverSurname() {
        #expect(Fixture.extract("در اين بازي روبرتو نبود، او مثل اولين فصل بازي نكرد.").people.isEmpty)
        #expect(Fixture.extract("در اين فصل علي بيشتر از همه تلاش كرد.").people.isEmpty)
    }

    @Test("such a word before a role is still a surname, and a word that ends like one stays one: «مسعود مقدس رئیس …»")
    func neverSurnameBeforeRole() {
        let r = Fixture.extract("مسعود مقدس رئيس هيات مديره شركت گفت: كار ادامه دارد. محمدرضا هنرمند، كارگردان اين فيلم است.")
        #expect(Fixture.person(r, named: "مسعود مقدس") != nil)
        #expect(Fixture.person(r, named: "محمدرضا هنرمند") != nil)
    }
}
