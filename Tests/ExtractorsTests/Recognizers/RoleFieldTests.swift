import Testing
@testable import Extractors

/// Issue 16's role classes on unseen articles: an office's field written in open words before its body
/// («معاون حمل و نقل شهرداری …»), an office held somewhere («نماینده مردم … در مجلس»), and the heads and
/// institution heads mined from the development corpora (teams, networks, players, spelling «مسؤول»).
@Suite("Role fields, posts and mined heads")
struct RoleFieldTests {
    @Test("open words naming an office's field before its body stay in the role: «معاون حمل و نقل و ترافیک شهرداری تهران»")
    func fieldBeforeBody() {
        #expect(Fixture.roles(of: "حسن مرادی معاون حمل و نقل و ترافیک شهرداری تهران گفت: خطوط تازه افتتاح می‌شود.", "حسن مرادی")
                == ["معاون حمل و نقل و ترافیک شهرداری تهران"])
        #expect(Fixture.roles(of: "مریم صالحی مسئول روابط عمومی حوزه هنری کرمان گفت: نمایشگاه فردا باز می‌شود.", "مریم صالحی")
                == ["مسئول روابط عمومی حوزه هنری کرمان"])
        #expect(Fixture.roles(of: "رضا نادری مدیر بهره‌برداری مترو شیراز گفت: قطارها به موقع حرکت می‌کنند.", "رضا نادری")
                == ["مدیر بهره‌برداری مترو شیراز"])
    }

    @Test("field words that no body or place closes make no office and no unnamed speaker")
    func fieldWithoutBody() {
        let r = Fixture.extract("معاون توسعه روستایی گفت: طرح‌ها ادامه دارد.")
        #expect(r.people.allSatisfy { !$0.unnamed })
        // More open words than `role-qualifiers` allows before the body: the phrase is not read as one office.
        let long = Fixture.extract("مدیر ورزش بانوان جوان روستایی کوهستانی شمالی شهرداری تبریز گفت: مسابقات برگزار شد.")
        #expect(long.people.allSatisfy { !$0.unnamed })
    }

    @Test("a field of up to five words, plural nouns and a comma list closed by «و» stay in the role")
    func longPluralAndListedFields() {
        #expect(Fixture.roles(of: "مهدی کاظمی رئیس واحد فناوری اطلاعات و اتوماسیون شرکت فولاد مبارکه اصفهان گفت: سامانه تازه راه افتاد.", "مهدی کاظمی")
                == ["رئیس واحد فناوری اطلاعات و اتوماسیون شرکت فولاد مبارکه اصفهان"])
        #expect(Fixture.roles(of: "دکتر رضا صادقی معاون بيماري هاي واگير مرکز مدیریت بیماری‌ها گفت: واکسن رسید.", "رضا صادقی")
                == ["معاون بيماري هاي واگير مرکز مدیریت بیماری‌ها"])
        // A comma with no «و» after it ends the field: no office is read, so no role at all rather than a wrong one.
        // A plural place prefix after «نماینده مردم» opens the constituency's list, read whole (round 20; a county whose
        // name holds «و» closes it).
        #expect(Fixture.roles(of: "علی یوسفی نماینده مردم شهرستان‌های بجنورد، مانه و سملقان در مجلس گفت: بودجه کم است.", "علی یوسفی")
                == ["نماینده مردم شهرستان‌های بجنورد، مانه و سملقان در مجلس"])
        #expect(Fixture.roles(of: "حسن نوری مدیر آموزش، پژوهش شرکت فولاد مبارکه اصفهان گفت: دوره تمام شد.", "حسن نوری").isEmpty)
        #expect(Fixture.roles(of: "حسن نوری مدیر آموزش، پژوهش و فناوری شرکت فولاد مبارکه اصفهان گفت: دوره تمام شد.", "حسن نوری")
                == ["مدیر آموزش، پژوهش و فناوری شرکت فولاد مبارکه اصفهان"])
    }

    @Test("«دادستان کل کشور» is one office; «وزیر کشور» stays the interior minister")
    func prosecutorGeneralOfTheCountry() {
        #expect(Fixture.roles(of: "آیت الله حسن رحیمی، دادستان کل کشور در این مراسم گفت: پرونده‌ها بررسی می‌شود.", "حسن رحیمی")
                == ["دادستان کل کشور"])
        #expect(Fixture.roles(of: "مهدی صادقی وزیر کشور گفت: انتخابات برگزار می‌شود.", "مهدی صادقی") == ["وزیر کشور"])
    }

    @Test("an office `posted=yes` keeps where it is held: «نماینده مردم اهواز در مجلس», «سفیر ایران در مسکو»")
    func postedOffice() {
        #expect(Fixture.roles(of: "کریم یوسفی نماینده مردم اهواز در مجلس گفت: بودجه استان کم است.", "کریم یوسفی")
                == ["نماینده مردم اهواز در مجلس"])
        #expect(Fixture.roles(of: "رضا امیری سفیر ایران در مسکو گفت: روابط بهتر می‌شود.", "رضا امیری") == ["سفیر ایران در مسکو"])
        // A minister is not posted: «در مجلس» is where he spoke, not part of the office.
        #expect(Fixture.roles(of: "مهدی صادقی وزیر کشور در مجلس گفت: انتخابات برگزار می‌شود.", "مهدی صادقی") == ["وزیر کشور"])
    }

    @Test("mined institution heads complete a role: a team, a network, a festival")
    func minedInstitutionHeads() {
        #expect(Fixture.roles(of: "علی کریمی سرمربی تیم ملی فوتبال ایران گفت: بازیکنان آماده‌اند.", "علی کریمی") == ["سرمربی تیم ملی فوتبال ایران"])
        let r = Fixture.extract("مسؤول روابط عمومی شبکه بهداشت شهرستان بم با علی احمدی فرماندار بم دیدار کرد.")
        #expect(r.people.contains { $0.unnamed && $0.name == "مسؤول روابط عمومی شبکه بهداشت شهرستان بم" })
    }

    @Test("mined role heads: a player, a party leader; «مسؤول» keys as «مسئول»")
    func minedRoleHeads() {
        #expect(Fixture.roles(of: "پیتر مولر بازیکن تیم ملی والیبال آلمان گفت: بازی سختی بود.", "پیتر مولر") == ["بازیکن تیم ملی والیبال آلمان"])
        #expect(Fixture.roles(of: "محمد حسینی رهبر حزب سبز آلمان گفت: مقاومت ادامه دارد.", "محمد حسینی") == ["رهبر حزب سبز آلمان"])
        let spelled = Fixture.extract("سعید رحیمی مسؤول بسیج دانشگاه تهران گفت: اردو برگزار شد. مسئول بسیج دانشگاه تهران افزود: همه دعوت شده‌اند.")
        #expect(spelled.people.count == 1, "«مسؤول» and «مسئول» name one office, so the second phrase is the same person")
    }

    @Test("«بخشدار مرکزی» is one office in a list of participants")
    func centralDistrictGovernor() {
        let r = Fixture.extract("آیین افتتاح سالن ورزشی با حضور فرماندار، بخشدار مرکزی و حسن کریمی برگزار شد.")
        #expect(r.people.contains { $0.unnamed && $0.name == "بخشدار مرکزی" })
    }

    @Test("a field word Hamshahri writes in two («بين المللي») is one word of the field")
    func splitFieldWord() {
        let text = "استاندار كرمان امروز با معاون بين المللي سازمان ميراث فرهنگي كشور ديدار كرد."
        let r = Fixture.extract(text)
        #expect(r.people.contains { $0.unnamed && $0.name == "معاون بين المللي سازمان ميراث فرهنگي كشور" })
        #expect(Fixture.offsetsHold(r, in: text))
        // «بين الملل» too (stop-words.txt `joins=المللی,الملل`).
        let bureau = Fixture.extract("محمدعلي هاشمي مديركل روابط بين الملل ستاد مبارزه با مواد مخدر گفت: همكاري ادامه دارد.")
        #expect(Fixture.person(bureau, named: "محمدعلي هاشمي")?.roles.map(\.text) == ["مديركل روابط بين الملل ستاد مبارزه با مواد مخدر"])
    }

    @Test("a trade marked `field=open` reads its field over open words; a comma list «و» closes before the verb is the field's")
    func tradeWithOpenField() {
        let r = Fixture.extract("علی رضایی، متخصص بیماری های عفونی گفت: واکسن رسید.")
        #expect(Fixture.person(r, named: "علی رضایی")?.roles.map(\.text) == ["متخصص بیماری های عفونی"])
        let list = Fixture.extract("ابوالحسن مسگرزاده، متخصص جراحی دهان، فک و صورت با اشاره به برگزاری کنگره گفت: بازسازی مهم است.")
        #expect(Fixture.person(list, named: "ابوالحسن مسگرزاده")?.roles.map(\.text) == ["متخصص جراحی دهان، فک و صورت"])
        // The office's key holds no punctuation, as every other office key.
        #expect(Fixture.person(list, named: "ابوالحسن مسگرزاده")?.roles.first?.key.contains("،") == false)
        // «تنها 150 متخصص …»: a head after a count names that many holders, no mention of the one specialist named.
        let count = Fixture.extract("ابوالحسن مسگرزاده، متخصص جراحی دهان، فک و صورت گفت: تنها 150 متخصص جراح در کشور فعالند.")
        #expect(Fixture.person(count, named: "ابوالحسن مسگرزاده")?.mentions.count == 1)
        // A culture trade reads its field too since round 21 (`field=open`): the film it made is written as its field,
        // as the gold writes «کارگردان دگردیسی». A head marked `vouches=no` alone («سناتور», a title too) reads none.
        let director = Fixture.extract("علی رضایی، کارگردان باران عشق گفت: فیلم آماده است.")
        #expect(Fixture.person(director, named: "علی رضایی")?.roles.map(\.text) == ["کارگردان باران عشق"])
        let senator = Fixture.extract("جو بایدن، سناتور دموکرات آمریکایی گفت: جنگ باید پایان یابد.")
        #expect(Fixture.person(senator, named: "جو بایدن")?.roles.isEmpty == true)
    }
}
