import Testing
@testable import Extractors

/// Role phrases the reader stopped short of or did not read: a numbered district written in words
/// («شهردار منطقه یک تهران»), a party's name in quotes after its head («رهبر حزب مخالف «…»»).
@Suite("Role phrase shapes: districts in words, quoted body names")
struct DistrictAndQuotedBodyRoleTests {
    private func roleTexts(_ record: DocumentExtraction, _ name: String) -> [String] {
        Fixture.person(record, named: name)?.roles.map(\.text) ?? []
    }

    @Test("a number word after «منطقه» names a numbered district as digits do (district-numbers.txt)")
    func districtNumberWords() {
        let r = Fixture.extract("مهندس علی علیخانی شهردار منطقه یک تهران در مراسم افتتاح پارک گفت: کار آغاز شد.")
        #expect(roleTexts(r, "علی علیخانی") == ["شهردار منطقه یک تهران"])
        let hall = Fixture.extract("محسن کریمی مدیر شهرداری منطقه چهار تهران گفت: مسابقات برگزار می‌شود.")
        #expect(roleTexts(hall, "محسن کریمی").contains { $0.hasPrefix("مدیر شهرداری منطقه چهار") })
        // One district, in words or in digits: the bare office later is the same holder, no unnamed person.
        let same = Fixture.extract("علی فرجی شهردار منطقه یک تهران در مراسم افتتاح پارک گفت: کار آغاز شد.\nشهردار منطقه 1 افزود: پارک‌های دیگری نیز افتتاح می‌شود.")
        #expect(!same.people.contains { $0.unnamed })
        // A count is no district: «در هر منطقه دو یا سه مشاور».
        let count = Fixture.extract("علی احمدی رئیس سازمان بهزیستی گفت: در هر منطقه دو یا سه مشاور فعالیت دارند.")
        #expect(!count.institutions.contains { $0.name.contains("منطقه دو") })
    }

    @Test("a body's head and qualifiers take the body's name in quotes right after them, not an object in quotes")
    func quotedBodyName() {
        let r = Fixture.extract("ویتالی کلیچکو رهبر حزب مخالف «دموکراتیک اوکراین برای توسعه» هم در این کنفرانس سخنرانی کرد.")
        #expect(roleTexts(r, "ویتالی کلیچکو") == ["رهبر حزب مخالف «دموکراتیک اوکراین برای توسعه»"])
        let group = Fixture.extract("محمد رضایی رهبر گروه «انصارالاسلام» گفت: این اتهام درست نیست.")
        #expect(roleTexts(group, "محمد رضایی") == ["رهبر گروه «انصارالاسلام»"])
        // A listed body in the quotes is the office's body, and stays an institution.
        let club = Fixture.extract("گاس هیدینک مربی تیم «آیندهوون» گفت: بازی سختی بود.")
        #expect(roleTexts(club, "گاس هیدینک") == ["مربی تیم «آیندهوون»"] || roleTexts(club, "گاس هیدینک").isEmpty)
        // A body named in full takes no quotes after it: there they hold the verb's object.
        let object = Fixture.extract("محمد رضایی رئیس سازمان فرهنگ و ارتباطات اسلامی «روز مولانا» را تبریک گفت.")
        #expect(!roleTexts(object, "محمد رضایی").contains { $0.contains("مولانا") })
    }

    @Test("a head with a body's head alone after a name is that name's office where the phrase plainly ends")
    func bareBodyComplement() {
        let r = Fixture.extract("اکبر غمخوار مدیر باشگاه گفت: قرارداد بازیکنان تمدید شد.")
        #expect(roleTexts(r, "اکبر غمخوار") == ["مدیر باشگاه"])
        let list = Fixture.extract("در این نشست احمد رضایی، استاد دانشگاه و محمد کریمی، کارشناس اقتصادی سخنرانی کردند.")
        #expect(roleTexts(list, "احمد رضایی") == ["استاد دانشگاه"])
        // In brackets right after the name too.
        let bracket = Fixture.extract("در این نشست که با حضور خسرو امینی (نایب رئیس فدراسیون) برگزار شد، برنامه‌ها بررسی شد.")
        #expect(roleTexts(bracket, "خسرو امینی") == ["نایب رئیس فدراسیون"])
        // A phrase that goes on is no bare office («خواستار … شد» reports speech, so it would end the phrase).
        let longer = Fixture.extract("اکبر غمخوار مدیر باشگاه افزایش بودجه را پیشنهاد داد.")
        #expect(!roleTexts(longer, "اکبر غمخوار").contains("مدیر باشگاه"))
    }

    @Test("two dashes set an apposition off as brackets do: «ناصر ابراهیمی- مدیرکل صادرات گمرک ایران- در گفت‌وگو …»")
    func dashedApposition() {
        let text = "ناصر ابراهیمی- مدیرکل صادرات گمرک ایران- در گفت‌وگو با خبرنگار ما گفت: صادرات افزایش یافت."
        let r = Fixture.extract(text)
        #expect(roleTexts(r, "ناصر ابراهیمی") == ["مدیرکل صادرات گمرک ایران"])
        #expect(Fixture.offsetsHold(r, in: text))
        let spaced = Fixture.extract("رسول دیناروند - معاون غذا و داروی وزارت بهداشت - گفت: نظارت بیشتر شد.")
        #expect(roleTexts(spaced, "رسول دیناروند") == ["معاون غذا و داروی وزارت بهداشت"])
        // One dash after a name sets a complete office off as a comma does, the closing dash missing.
        let single = Fixture.extract("محمد کردبچه - مدیر کل دفتر اقتصاد کلان سازمان مدیریت و برنامه ریزی کشور در گفت‌وگو با ایسنا گفت: تورم بالاست.")
        #expect(roleTexts(single, "محمد کردبچه") == ["مدیر کل دفتر اقتصاد کلان سازمان مدیریت و برنامه ریزی کشور"])
        // One dash alone (a dateline's, a range's) sets nothing off.
        let one = Fixture.extract("تهران- مدیرکل صادرات گمرک ایران گفت: صادرات افزایش یافت.")
        #expect(one.people.allSatisfy { $0.name != "تهران" })
    }

    @Test("«پادشاه» and its country is an office; a late king (`posthumous=yes` «فقید») is mourned at an event, not present")
    func kingAndLateKing() {
        let r = Fixture.extract("ملک عبدالله پادشاه اردن در امان با محمود عباس دیدار کرد.")
        #expect(roleTexts(r, "ملک عبدالله") == ["پادشاه اردن"])
        let funeral = Fixture.extract("مراسم تشییع و خاکسپاری ملک فهد پادشاه فقید عربستان با حضور ژاک شیراک و حامد کرزای در ریاض برگزار شد.")
        #expect(!Fixture.metNames(funeral).contains { pair in pair.contains { $0.contains("فهد") } })
    }

    @Test("an office's unit named without its head reads a field of up to `office-field-words` words before its place")
    func longOfficeField() {
        let r = Fixture.extract("سعید کوشکی مدیرکل حفظ آثار و نشر ارزش‌های دفاع مقدس استان فارس گفت: کار ادامه دارد.")
        #expect(roleTexts(r, "سعید کوشکی") == ["مدیرکل حفظ آثار و نشر ارزش‌های دفاع مقدس استان فارس"])
    }
}
