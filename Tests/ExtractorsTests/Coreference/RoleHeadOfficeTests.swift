import Testing
@testable import Extractors

/// `coref.role-head` links an office the rules could not complete to the nearest holder of its head. An office that
/// says more than its head — a field («مشاور فرهنگی») or a body named by its head alone («رئیس دادگستری») — goes
/// only to a holder of an office written with that field and body; a bare head («رئیس») still goes by its head.
@Suite("Coreference: an incomplete office goes to a holder of the office it writes")
struct RoleHeadOfficeTests {
    private func holds(_ r: DocumentExtraction, _ name: String, _ office: String) -> Bool {
        Fixture.person(r, named: name)?.mentions.contains { PersianNormalizer.key($0.text) == PersianNormalizer.key(office) } == true
    }

    @Test("a body named by its head alone is not the office of a holder of another body")
    func otherBody() {
        let text = "محمد رضایی رئیس مجلس شورای اسلامی دیروز به کرمان سفر کرد.\nدر این سفر رئیس دادگستری نیز گزارشی از وضعیت استان ارائه کرد."
        let r = Fixture.extract(text)
        #expect(!holds(r, "محمد رضایی", "رئیس دادگستری"), "\(r.people.map { ($0.name, $0.mentions.map(\.text)) })")
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a field is not the office of a holder of another field")
    func otherField() {
        let text = "حسین کریمی مشاور هنری وزیر ارشاد دیروز از نمایشگاه کتاب بازدید کرد.\nمشاور فرهنگی نیز گزارشی از این نمایشگاه ارائه کرد."
        let r = Fixture.extract(text)
        #expect(!holds(r, "حسین کریمی", "مشاور فرهنگی"), "\(r.people.map { ($0.name, $0.mentions.map(\.text)) })")
    }

    @Test("the office written shorter, the same field and body, is still the holder's")
    func sameOffice() {
        let text = "علی احمدی معاون فنی و عمرانی شهرداری تهران دیروز از پروژه مترو بازدید کرد.\nمعاون فنی و عمرانی شهرداری در این بازدید گفت: کار پیشرفت دارد."
        let r = Fixture.extract(text)
        #expect(holds(r, "علی احمدی", "معاون فنی و عمرانی شهرداری"), "\(r.people.map { ($0.name, $0.mentions.map(\.text)) })")
    }

    @Test("a new holder («… جدید») is not the holder the article named first")
    func newHolderNotFirst() {
        let text = "علی احمدی سرمربی تیم فوتبال پیکان دیروز از سمت خود استعفا کرد.\nباشگاه تا معرفی سرمربی جدید تمرینات را به دستیار او سپرد."
        let r = Fixture.extract(text)
        #expect(!holds(r, "علی احمدی", "سرمربی جدید"), "\(r.people.map { ($0.name, $0.mentions.map(\.text)) })")
    }
}
