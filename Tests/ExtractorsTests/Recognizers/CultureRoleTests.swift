import Testing
@testable import Extractors

/// Culture offices (role-heads.txt «کارگردان», «نویسنده», «تهیه‌کننده», «بازیگر») with the work or field they are held
/// in (role-events.txt), a work named by its quoted title (`quoted-title-words`, `role.event-body`).
@Suite("Culture roles and their works")
struct CultureRoleTests {
    private func roleTexts(_ record: DocumentExtraction, _ name: String) -> [String] {
        Fixture.person(record, named: name)?.roles.map(\.text) ?? []
    }

    @Test("a work noun and its quoted title complete a culture office")
    func quotedWork() {
        let r = Fixture.extract("مسعود کریمی کارگردان فیلم «روزهای بی‌قرار» در نشست خبری گفت: فیلم آماده اکران است.")
        #expect(roleTexts(r, "مسعود کریمی") == ["کارگردان فیلم «روزهای بی‌قرار»"])
        #expect(r.people.flatMap(\.roles).first?.rule == RuleID.roleEventBody.rawValue)
        let book = Fixture.extract("در این جلسه حمید نوری، نویسنده کتاب «راه ابریشم» و جمعی از مدیران حضور داشتند.")
        #expect(roleTexts(book, "حمید نوری") == ["نویسنده کتاب «راه ابریشم»"])
        let producer = Fixture.extract("رضا صادقی تهیه کننده فیلم «آخرین پرواز» گفت: کار فیلمبرداری تمام شد.")
        #expect(roleTexts(producer, "رضا صادقی") == ["تهیه کننده فیلم «آخرین پرواز»"])
    }

    @Test("the field, a demonstrative work, and two coordinated culture offices")
    func fieldAndCoordination() {
        let r = Fixture.extract("داریوش فرهمند کارگردان سینمای ایران گفت: جوایز داخلی ارزشمند است.")
        #expect(roleTexts(r, "داریوش فرهمند") == ["کارگردان سینمای ایران"])
        let two = Fixture.extract("مهدی ستوده، نویسنده و کارگردان تئاتر در حال تمرین نمایش تازه‌ای است.")
        #expect(Set(roleTexts(two, "مهدی ستوده")) == ["نویسنده", "کارگردان تئاتر"])
    }

    @Test("a quote that runs on past the title's limit, or a noun with no title, leaves the office unread")
    func noTitle() {
        let r = Fixture.extract("سعید کریمی کارگردان فیلم گفت: «این فیلم را در سه ماه و با گروهی کوچک در شهرهای شمالی کشور ساختیم و کار آسانی نبود».")
        #expect(!r.people.flatMap(\.roles).contains { $0.text.contains("«") })
    }

    @Test("trades written after a name are its roles: a poet, a sociologist, a photographer; no name is made of them")
    func tradesAfterAName() {
        let poet = Fixture.extract("فریدون داوری شاعر پیشکسوت استان کهگیلویه و بویراحمد در این نشست گفت: شعر زنده است.")
        #expect(roleTexts(poet, "فریدون داوری") == ["شاعر پیشکسوت استان کهگیلویه و بویراحمد"])
        let two = Fixture.extract("شیرین احمدنیا، جامعه‌شناس و عضو هیأت علمی دانشگاه تهران می‌گوید: آمار بالاست.")
        #expect(roleTexts(two, "شیرین احمدنیا").contains("جامعه‌شناس"))
        // `vouches=no`: two unknown words and a comma before a trade make no name.
        let none = Fixture.extract("آثار برگزیده، عکاس جوان را خوشحال کرد.")
        #expect(none.people.isEmpty)
    }
}
