import Testing
@testable import Extractors

/// Where a name begins and ends when no lexicon holds all of it: an Arab name quoted whole with the father's name,
/// a nationality adjective or a plural after a surname, a title before a word that is no surname, two transliterated
/// first names, a foreign name after a report of speech or before an office qualified by a foreign nationality.
@Suite("Name boundaries and foreign names")
struct NameBoundaryTests {
    @Test("an Arab name quoted whole keeps its first word: «\"رنا خلیل العوده\"», not «خلیل العوده»")
    func quotedFullName() {
        let text = "در بیانیه آمده است که \"رنا خلیل العوده\" 24 ساله از شهر نابلس بازداشت شد."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "رنا خلیل العوده")?.mentions.first?.rule == "person.quoted-full-name")
        #expect(Fixture.person(r, named: "خلیل العوده") == nil)
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a quoted Arab name whose first word is also an everyday word keeps it: «\"سعد محمود عواد\"», not «محمود عواد»")
    func quotedFullNameAmbiguousFirst() {
        let text = "نیروهای اشغالگر \"سعد محمود عواد\"، 17 ساله را در روستای بیت امر بازداشت کردند."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "سعد محمود عواد")?.mentions.first?.rule == "person.quoted-full-name")
        #expect(Fixture.person(r, named: "محمود عواد") == nil)
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("an everyday word before a written name, without the quotes, is no first name: «امید محمود عواد»")
    func ambiguousFirstNeedsQuotes() {
        let r = Fixture.extract("به امید محمود عواد بازی را شروع کردیم.")
        #expect(!Fixture.names(r).contains { $0.hasPrefix("امید") })
    }

    @Test("a courtesy title, two unknown words and a relative «که» are a name: «خانم یوکیکو هاشیموتو که …»")
    func courtesyNameBeforeRelative() {
        let text = "در این نشست خانم یوکیکو هاشیموتو که ریاست هیئت ژاپنی را بر عهده داشت از همکاری دو کشور سخن گفت."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "یوکیکو هاشیموتو")?.mentions.first?.rule == "person.title-given-surname")
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a courtesy title before everyday words makes no name before «که»: «یک خانم خانه دار که …»")
    func courtesyRelativeNeedsNameWords() {
        let r = Fixture.extract("یک خانم خانه دار که در این محله زندگی می‌کند گفت: آب نداریم.")
        #expect(!Fixture.names(r).contains { $0.contains("خانه") })
    }

    @Test("a word that credits a work is no first name: «\"نوشته علی احمدی\"» names «علی احمدی»")
    func creditIsNoFirstName() {
        let r = Fixture.extract("خاطرات او در کتاب «نوشته علی احمدی» منتشر شد.")
        #expect(Fixture.person(r, named: "علی احمدی") != nil)
        #expect(!Fixture.names(r).contains { $0.contains("نوشته") })
    }

    @Test("a foreign nationality adjective after a surname is not part of it: «پائولو روسی برزیلی درخشید»")
    func nationalityEndsName() {
        let r = Fixture.extract("در آن بازی پائولو روسی برزیلی درخشید.")
        #expect(Fixture.person(r, named: "پائولو روسی") != nil)
        #expect(!Fixture.names(r).contains { $0.contains("برزیلی") })
    }

    @Test("a noun with its plural marker written apart ends the name: «رضا بهرامی پرسپولیسی ها»")
    func pluralApartEndsName() {
        let r = Fixture.extract("هواداران را رضا بهرامی پرسپولیسی ها هدایت می‌کرد.")
        #expect(Fixture.person(r, named: "رضا بهرامی") != nil)
        #expect(!Fixture.names(r).contains { $0.contains("پرسپولیسی") })
    }

    @Test("a plural glued on without the ZWNJ ends a title's surname: «آیت‌الله مکارم گروههای مردمی»")
    func gluedPluralEndsName() {
        let r = Fixture.extract("حضرت آیت‌الله مکارم گروههای مردمی را به وحدت فراخواند.")
        #expect(Fixture.names(r).contains("مکارم"))
        #expect(!Fixture.names(r).contains { $0.contains("گروه") })
    }

    @Test("a title before a foreign nationality or a field of study names no one: «یک سرهنگ انگلیسی», «استاد علوم تربیتی»")
    func titleBeforeNoSurname() {
        let r = Fixture.extract("یک سرهنگ انگلیسی گفت: نیروها باز می‌گردند. استاد علوم تربیتی دانشگاه تهران گفت: این طرح اجرا می‌شود.")
        #expect(r.people.filter { !$0.unnamed }.isEmpty)
    }

    @Test("a surname made from a capital's name stays a surname after a title: «مهندس امانی»")
    func capitalAdjectiveSurname() {
        let r = Fixture.extract("مهندس امانی کارشناس دفتر صنایع گفت: کار ادامه دارد.")
        #expect(Fixture.names(r).contains("امانی"))
    }

    @Test("a first name that is also a word, then a foreign one, vouch together for the surname: «جان فرانکو زولا»")
    func foreignFirstNamePair() {
        let r = Fixture.extract("جان فرانکو زولا در بازی دیروز درخشید.")
        #expect(Fixture.person(r, named: "جان فرانکو زولا") != nil)
    }

    @Test("a report of speech opens the clause of an apposed foreign name: «… خبر داد یوآن پتروف، سرمربی …»")
    func apposedNameAfterReport() {
        let r = Fixture.extract("روزنامه اکیپ خبر داد یوآن پتروف، سرمربی تیم ملی فوتبال بلغارستان استعفا کرد.")
        #expect(Fixture.person(r, named: "یوآن پتروف")?.mentions.first?.rule == "person.apposition-role")
    }

    @Test("an office qualified by a foreign nationality vouches for the two words before it: «هرانت مانوکیان مدافع ارمنستانی تیم»")
    func foreignNationalityOffice() {
        let r = Fixture.extract("به گزارش ایسنا، هرانت مانوکیان مدافع ارمنستانی تیم گفت: بازی سختی بود.")
        #expect(Fixture.person(r, named: "هرانت مانوکیان") != nil)
    }

    @Test("a report of speech after two everyday words opens no name: «شاید بتوان گفت», «منابع طبیعی افزود»")
    func speechAloneVouchesForNothing() {
        let r = Fixture.extract("شاید بتوان گفت کار تمام است. استاندار با اشاره به منابع طبیعی افزود: کار ادامه دارد.")
        #expect(!Fixture.names(r).contains { $0.contains("بتوان") || $0.contains("طبیعی") })
    }

    @Test("round 30: an opening bracket after one more unknown word ends the name («حمید خضوعی ابیانه(زیر نور ماه)»), not a blessing")
    func bracketEndsName() {
        let r = Fixture.extract("دیپلم افتخار: حمید خضوعی ابیانه(زیر نور ماه) و مجتبی موسوی اجاق(نماینده کرمانشاه) اعلام شدند.")
        #expect(Set(Fixture.names(r)) == ["حمید خضوعی ابیانه", "مجتبی موسوی اجاق"])
        #expect(Fixture.extract("این مسابقات در مجموعه ورزشی حمزه سیدالشهدا (ع) برگزار شد.").people.isEmpty)
    }
}
