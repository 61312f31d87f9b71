import Testing
@testable import Extractors

@Suite("Roles and institutions")
struct RoleRecognizerTests {
    @Test("a role with a place complement links the institution it implies")
    func impliedInstitution() {
        let r = Fixture.extract("محمد احمدی شهردار رشت در جمع خبرنگاران گفت: پروژه‌ها پیش می‌رود.")
        let role = Fixture.person(r, named: "محمد احمدی")?.roles.first
        #expect(role?.text == "شهردار رشت")
        #expect(role?.gloss == "mayor of Rasht", "the gloss is English throughout: \(role?.gloss ?? "")")
        let inst = r.institutions.first { $0.id == role?.institution }
        #expect(inst.map { PersianNormalizer.key($0.name) } == PersianNormalizer.key("شهرداری رشت"))
    }

    @Test("a nested role: «معاون امور عمرانی استاندار کرمان»")
    func nestedRole() {
        let r = Fixture.extract("حسن کرمانی معاون امور عمرانی استاندار کرمان گفت: اعتبارات تخصیص یافت.")
        let role = r.people.first?.roles.first
        #expect(role?.text == "معاون امور عمرانی استاندار کرمان")
        #expect(role?.gloss == "deputy to the governor of Kerman")
        #expect(role?.head == "معاون")
        #expect(r.institutions.contains { PersianNormalizer.key($0.name) == PersianNormalizer.key("استانداری کرمان") })
    }

    @Test("«سابق» marks a former role")
    func formerRole() {
        let r = Fixture.extract("علی نوری شهردار سابق تبریز در گفت‌وگو با خبرنگار ما گفت: شهر نیاز به بودجه دارد.")
        #expect(r.people.first?.roles.first?.former == true)
    }

    @Test("a deictic complement is resolved to the article's county")
    func deicticCounty() {
        let text = "به گزارش ایرنا از رفسنجان، علی احمدی فرماندار این شهرستان گفت: کشاورزان حمایت می‌شوند."
        let r = Fixture.extract(text)
        let role = r.people.first?.roles.first
        #expect(role?.text == "فرماندار این شهرستان")
        #expect(role?.place == "رفسنجان")
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("an institution with head, qualifiers and a place; a bare head is not an institution")
    func institutions() {
        let r = Fixture.extract("سازمان همیاری شهرداری‌های استان قم با شهرداری همکاری می‌کند و شورای تامین استان کرمان تشکیل جلسه داد.")
        let names = Set(r.institutions.map { PersianNormalizer.key($0.name) })
        #expect(names.contains(PersianNormalizer.key("سازمان همیاری شهرداری‌های استان قم")))
        #expect(names.contains(PersianNormalizer.key("شورای تامین استان کرمان")))
        #expect(!names.contains(PersianNormalizer.key("شهرداری")))
    }

    @Test("news media are kept apart from institutions")
    func mediaApart() {
        let r = Fixture.extract("به گزارش خبرگزاری تسنیم، استانداری اصفهان اعلام کرد که مدارس تعطیل است.")
        #expect(r.media.map(\.name) == ["خبرگزاری تسنیم"])
        #expect(!r.institutions.contains { $0.name.contains("تسنیم") })
    }

    @Test("plural role heads are groups, never people")
    func pluralHeadsAreGroups() {
        let r = Fixture.extract("شهرداران و دهیاران استان در این جلسه حضور داشتند.")
        #expect(r.people.isEmpty)
        #expect(r.groups.contains { $0.label.hasPrefix("شهرداران") })
    }

    @Test("a construct-state group head needs its complement")
    func constructHeadsNeedAComplement() {
        let full = Fixture.extract("اعضای شورای اسلامی شهر کرمان با استاندار دیدار کردند.")
        #expect(full.groups.contains { $0.label.hasPrefix("اعضای شورای اسلامی") })
        let bare = Fixture.extract("روسای این مجموعه‌ها در جلسه حضور داشتند.")
        #expect(!bare.groups.contains { PersianNormalizer.key($0.label) == PersianNormalizer.key("روسای") })
        #expect(bare.people.isEmpty)
    }

    @Test("an official name with a comma holds when a place ends it; a list of institutions does not merge")
    func commaInName() {
        let r = Fixture.extract("علی کریمی رئیس اتاق بازرگانی، صنایع و معادن و کشاورزی استان کرمان گفت: صادرات افزایش یافت.")
        #expect(r.people.first?.roles.first?.text == "رئیس اتاق بازرگانی، صنایع و معادن و کشاورزی استان کرمان")
        let list = Fixture.extract("استانداری کرمان، فرمانداری رفسنجان و شهرداری کرمان همکاری کردند.")
        #expect(list.institutions.count == 3)
    }
}
