import Testing
@testable import Extractors

/// Compound surnames that the lexicons write with a ZWNJ («خامنه‌ای», «حداد‌عادل») but Hamshahri-style text writes
/// with a space: the two words are one surname after a title or a given name, and the first word alone later in
/// the article is the same person.
@Suite("Compound surnames written with a space")
struct CompoundSurnameTests {
    @Test("after a clerical title: «آيت الله خامنه اي» is one surname and takes part in the meeting")
    func afterTitle() {
        let r = Fixture.extract("حضرت آيت الله خامنه اي در ديدار با وزير كشور گفت: كار ادامه دارد.")
        #expect(Fixture.person(r, named: "خامنه ای") != nil)
        #expect(Fixture.metNames(r).contains(["خامنه اي", "وزير كشور"]))
    }

    @Test("after a courtesy title: «آقاي حداد عادل»")
    func afterCourtesyTitle() {
        let r = Fixture.extract("آقاي حداد عادل در ديدار با وزير كشور گفت: اين طرح اجرا مي شود.")
        #expect(Fixture.person(r, named: "حداد عادل") != nil)
    }

    @Test("after a given name that stops the run: «غلامعلي حداد عادل» («عادل» is also a given name)")
    func afterGivenName() {
        let r = Fixture.extract("غلامعلي حداد عادل در ديدار با وزير كشور گفت: اين طرح اجرا مي شود.")
        #expect(Fixture.person(r, named: "غلامعلی حداد عادل") != nil)
        #expect(Fixture.person(r, named: "غلامعلی حداد") == nil)
    }

    @Test("the first word alone later is the same person: «آيت الله مصباح يزدي … مصباح افزود»")
    func firstPartLater() {
        let r = Fixture.extract("آيت الله مصباح يزدي در اين مراسم گفت: بايد تلاش كرد. مصباح افزود: اين راه ادامه دارد.")
        #expect(Fixture.names(r) == ["مصباح يزدي"])
        #expect(Fixture.person(r, named: "مصباح يزدي")?.mentions.count == 2)
    }

    @Test("two words that only look like a compound stay apart: «جلسه اي» after a title is no surname")
    func notACompound() {
        let r = Fixture.extract("دكتر احمدي در جلسه اي با وزير كشور گفت: كار ادامه دارد.")
        #expect(!Fixture.names(r).contains { $0.contains("جلسه") })
    }

    @Test("a compound surname written as one word later is the same person: «احمد مسجد جامعي … مسجدجامعي»")
    func gluedLater() {
        let r = Fixture.extract("در جريان سفر « احمد مسجد جامعي » به شهر بم، سه اداره بازگشايي شد. مسجدجامعي در اين سفر گفت: كار ادامه دارد.")
        #expect(Fixture.names(r) == ["احمد مسجد جامعي"])
    }

    @Test("«حاج» or «حاجی» after a given name opens the surname: «مهرداد حاج علیزاده سرمربی …», «علی حاج کاظم امروز …»")
    func hajAfterGivenName() {
        let r = Fixture.extract("در این مراسم مهرداد حاج علیزاده سرمربی و سعید حاجی میری کارگردان فیلم حضور داشتند.")
        #expect(Fixture.person(r, named: "مهرداد حاج علیزاده")?.mentions.first?.rule == "person.given-surname")
        #expect(Fixture.person(r, named: "سعید حاجی میری") != nil)
        #expect(Fixture.person(r, named: "علیزاده") == nil)
        // The word after the title may be a given name: «بیژن حاج محمدرضا» is one person, not «محمدرضا».
        let given = Fixture.extract("بیژن حاج محمدرضا، رییس هیات مدیره سندیکا گفت: کار تمام است.")
        #expect(Fixture.names(given) == ["بیژن حاج محمدرضا"])
        // Before a title and a given name, «حاج» stays a title: «حاج احمد آقا خمینی».
        let title = Fixture.extract("حاج محمد صادقی در این مراسم گفت: کار تمام است.")
        #expect(Fixture.person(title, named: "محمد صادقی")?.titles == ["حاج"])
    }

    @Test("the first word of an unlisted compound surname, alone later, is the person written in full with it")
    func unlistedCompoundShortened() {
        let text = "قاسم انصاری رنانی معاون وزیر اقتصاد در این همایش سخن گفت.\nانصاری با بیان اینکه رشد بهره‌وری کند است افزود: باید کار کنیم."
        let r = Fixture.extract(text)
        #expect(r.people.filter { !$0.unnamed }.map(\.name) == ["قاسم انصاری رنانی"], "\(Fixture.names(r))")
        // Round 25: a listed figure's word («هاشمی») beside an unlisted compound is shortened to it too when no one else
        // of the article has it alone: on the two dev corpora 17 such bare figures were read, every one the person
        // written in full («صفار» of «محمدحسين صفار هرندي», «صابری» of «محمدباقر صابری زفرقندی»). Beside a namesake
        // with that surname alone it stays that namesake's (FigureSurnameCompoundTests).
        let figure = Fixture.extract("علی هاشمی شاهرودی مدیر این مؤسسه گفت: کار ادامه دارد.\nهاشمی در ادامه گفت: دولت باید پاسخ دهد.")
        #expect(Fixture.names(figure) == ["علی هاشمی شاهرودی"], "\(Fixture.names(figure))")
    }

    @Test("a surname written as a given-looking word and its suffix apart vouches for a first name that is also a word")
    func splitSuffixAfterAmbiguousFirstName() {
        let r = Fixture.extract("به گزارش ایرنا، كريم صادق زاده در این نشست گفت: کار مهم است.")
        #expect(r.people.map(\.name) == ["كريم صادق زاده"])
        let nbsp = Fixture.extract("سعيد شفيع\u{00A0}پور در این نشست گفت: کار مهم است.")
        #expect(nbsp.people.map(\.name) == ["سعيد شفيع\u{00A0}پور"])
    }

    @Test("round 30: «شیخ» after a given name opens a compound surname («پرویز شیخ طادی»)")
    func sheikhInSurname() {
        let r = Fixture.extract("سیمرغ بلورین به فیلم سینه سرخ ساخته پرویز شیخ طادی اهدا شد.")
        #expect(Fixture.names(r) == ["پرویز شیخ طادی"])
    }
}
