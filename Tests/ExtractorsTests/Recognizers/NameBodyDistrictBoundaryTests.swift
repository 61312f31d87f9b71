import Testing
@testable import Extractors

/// Where a name, a body's name and a place end (the eighteenth round's error classes): a compound surname
/// Hamshahri writes in two words inside a list of names, the noun of a compound verb after a body's name, and an
/// education or court district numbered after «ناحیه». Sentences of the kind the two dev corpora write.
@Suite("Name, body and district boundaries")
struct NameBodyDistrictBoundaryTests {
    @Test("a list item takes an unlisted second word of its surname before the item's comma")
    func compoundSurnameInList() {
        let text = "سرمربی تیم ملی از محسن رضوانی، علی اکبر شیری جیان، میلاد محمدی و مجید غلامی برای حضور در اردو دعوت کرد."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "علی اکبر شیری جیان") != nil)
        #expect(Fixture.person(r, named: "علی اکبر شیری") == nil)
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("outside a list, or before «و», the word after a name stays out of it")
    func noListNoSecondHalf() {
        // No name on either side of the item: the extra word is the sentence's.
        var r = Fixture.extract("در این دیدار علی اکبر شیری جیان، که از تهران آمده بود، سخن گفت.")
        #expect(Fixture.person(r, named: "علی اکبر شیری جیان") == nil)
        // A credit list writes each maker's trade before «و».
        r = Fixture.extract("فیلمنامه از پیمان معادی است و حسن ایوبی تدوین و حمید اعتباریان تهیه‌کنندگی آن را برعهده داشته است.")
        #expect(!Fixture.names(r).contains { $0.contains("تدوین") })
    }

    @Test("a trade of role-heads.txt after a list item is its role, not its surname")
    func tradeAfterListItem() {
        let r = Fixture.extract("در این برنامه محسن رضوانی، بهروز نعمتی سیاستمدار، میلاد محمدی و مجید غلامی سخنرانی کردند.")
        #expect(!Fixture.names(r).contains { $0.contains("سیاستمدار") })
    }

    @Test("the noun of a compound verb ends a body's name before its auxiliary")
    func lightVerbNounEndsBody() {
        let text = "این نامه در زمان ناطق نوری رئیس وقت مجلس ارسال شد."
        let r = Fixture.extract(text)
        let roles = r.people.flatMap(\.roles).map(\.text)
        #expect(roles.contains("رئیس وقت مجلس"))
        #expect(!roles.contains { $0.contains("ارسال") })
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a body's name before «شد» meaning «became», or before the copula, keeps its last word")
    func becameAndCopulaKeepName() {
        var r = Fixture.extract("علی پروین کاپیتان تیم ملی شد.")
        #expect(r.people.flatMap(\.roles).map(\.text).contains("کاپیتان تیم ملی"))
        r = Fixture.extract("سال گذشته محمد احمدی رئیس هیأت مرکزی نظارت شد.")
        #expect(r.people.flatMap(\.roles).map(\.text).contains("رئیس هیأت مرکزی نظارت"))
        r = Fixture.extract("انور چودری رئیس فدراسیون بین‌المللی بوکس است.")
        #expect(r.people.flatMap(\.roles).map(\.text).contains("رئیس فدراسیون بین‌المللی بوکس"))
    }

    @Test("«ناحیه» and a number is a district, with its city after it; before a name it is no place prefix")
    func numberedDistrict() {
        let text = "علی قاسمی معاون آموزش متوسطه آموزش و پرورش ناحیه یک قزوین گفت: امسال پنج هزار دانش‌آموز در آزمون شرکت می‌کنند."
        var r = Fixture.extract(text)
        #expect(r.institutions.map(\.name).contains("آموزش و پرورش ناحیه یک قزوین"))
        #expect(r.people.flatMap(\.roles).map(\.text).contains("معاون آموزش متوسطه آموزش و پرورش ناحیه یک قزوین"))
        #expect(Fixture.offsetsHold(r, in: text))
        r = Fixture.extract("پرونده به شعبه سوم دادسرای ناحیه 18 تهران فرستاده شد.")
        #expect(r.institutions.map(\.name).contains("شعبه سوم دادسرای ناحیه 18 تهران"))
        r = Fixture.extract("باقر پسنده فرمانده ناحیه مقاومت بسیج گچساران گفت: این طرح اجرا می‌شود.")
        #expect(!r.places.map(\.name).contains { $0.hasPrefix("ناحیه") })
    }

    @Test("a list item keeps a surname ending written apart before a word that is no separator")
    func surnameEndingInListItem() {
        let r = Fixture.extract("علیرضا تابش، حسن خجسته، محمد بزرگ نیا و ابراهیم داروغه زاده به عنوان اعضای شورا منصوب شدند.")
        #expect(Fixture.person(r, named: "ابراهیم داروغه زاده") != nil)
        #expect(Fixture.person(r, named: "ابراهیم داروغه") == nil)
    }

    @Test("a plural in «های» right after a body's head belongs to the name when a place closes it")
    func pluralFieldAfterHead() {
        let text = "علی حاج کاظم سرپرست اداره کل زندان‌های استان البرز گفت: این طرح اجرا می‌شود."
        let r = Fixture.extract(text)
        #expect(r.institutions.map(\.name).contains("اداره کل زندان‌های استان البرز"))
        #expect(r.people.flatMap(\.roles).map(\.text).contains("سرپرست اداره کل زندان‌های استان البرز"))
        #expect(Fixture.offsetsHold(r, in: text))
    }
}
