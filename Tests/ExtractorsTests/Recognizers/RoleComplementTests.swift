import Testing
@testable import Extractors

/// Issue 16's role families: offices whose head implies a listed institution, foreign offices keyed by their
/// country, units of a listed body, long heads that would swallow a listed institution, and the heads and
/// names mined from the development corpora.
@Suite("Role complements and institution names")
struct RoleComplementTests {
    private func firstRole(of text: String, _ name: String) -> ExtractedRole? {
        Fixture.person(Fixture.extract(text), named: name)?.roles.first
    }

    @Test("a head's `institution=` and the words after it spell a listed ministry: «وزیر نیرو» ⇐ «وزارت نیرو»")
    func ministryImpliedByHead() {
        let r = Fixture.extract("رضا کاظمی وزیر نیرو در سفر به اهواز گفت: سدهای استان آبگیری شد.")
        let role = Fixture.person(r, named: "رضا کاظمی")?.roles.first
        #expect(role?.text == "وزیر نیرو")
        let inst = r.institutions.first { $0.id == role?.institution }
        #expect(inst.map { PersianNormalizer.key($0.name) } == PersianNormalizer.key("وزارت نیرو"))
        #expect(firstRole(of: "محمد احمدی وزیر امور خارجه در نشست خبری گفت: مذاکرات ادامه دارد.", "محمد احمدی")?.text == "وزیر امور خارجه")
        #expect(firstRole(of: "مهدی صادقی وزیر کشور امروز گفت: انتخابات برگزار می‌شود.", "مهدی صادقی")?.text == "وزیر کشور")
    }

    @Test("a minister's field that is also a modifier of other offices names the ministry: «وزیر بهداشت», «وزیر اطلاعات»")
    func ministryFieldThatIsAlsoAModifier() {
        let r = Fixture.extract("در این جلسه، سعید نمکی وزیر بهداشت و محمود علوی وزیر اطلاعات حضور داشتند.")
        let health = Fixture.person(r, named: "سعید نمکی")?.roles.first
        #expect(health?.text == "وزیر بهداشت")
        #expect(r.institutions.first { $0.id == health?.institution }.map { PersianNormalizer.key($0.name) } == PersianNormalizer.key("وزارت بهداشت"))
        #expect(firstRole(of: "محمود علوی وزیر اطلاعات گفت: امنیت برقرار است.", "محمود علوی")?.text == "وزیر اطلاعات")
        // The longer field still reads whole, and the modifier keeps its sense after another head.
        #expect(firstRole(of: "حسن قاضی‌زاده وزیر بهداشت، درمان و آموزش پزشکی گفت: واکسن رسید.", "حسن قاضی‌زاده")?.text
                == "وزیر بهداشت، درمان و آموزش پزشکی")
        #expect(firstRole(of: "علی رضایی معاون بهداشت دانشگاه علوم پزشکی تبریز گفت: واکسن رسید.", "علی رضایی")?.text
                == "معاون بهداشت دانشگاه علوم پزشکی تبریز")
    }

    @Test("a ministry's official name lists its fields with a comma: «وزیر علوم، تحقیقات و فناوری» is one office")
    func ministryNameWithComma() {
        let r = Fixture.extract("جعفر توفیقی وزیر علوم، تحقیقات و فناوری در این مراسم گفت: دانشگاه‌ها توسعه می‌یابند.")
        let role = Fixture.person(r, named: "جعفر توفیقی")?.roles.first
        #expect(role?.text == "وزیر علوم، تحقیقات و فناوری")
        // One ministry with the short name: «وزیر علوم» of another sentence is the same office.
        #expect(r.institutions.first { $0.id == role?.institution }?.key == PersianNormalizer.key("وزارت علوم"))
        #expect(firstRole(of: "کامران لنکرانی وزیر بهداشت، درمان و آموزش پزشکی گفت: واکسن رسید.", "کامران لنکرانی")?.institution != nil)
        // A comma before another office ends the ministry: two people of a list.
        #expect(firstRole(of: "جعفر توفیقی وزیر علوم، احمد رضایی وزیر نیرو و محمد احمدی در این جلسه حضور داشتند.", "جعفر توفیقی")?.text
                == "وزیر علوم")
    }

    @Test("a body that serves one office-holder is named by the office: «رئیس دفتر رئیس جمهور» is not the president")
    func officeOfAnOfficeHolder() {
        let r = Fixture.extract("در این جلسه، محمود واعظی رئیس دفتر رئیس جمهور و محمد نهاوندیان معاون اقتصادی رئیس جمهور حضور داشتند.")
        let chief = Fixture.person(r, named: "محمود واعظی")?.roles.first
        #expect(chief?.text == "رئیس دفتر رئیس جمهور")
        #expect(r.institutions.first { $0.id == chief?.institution }?.name == "دفتر رئیس جمهور")
        #expect(firstRole(of: "محمد نهاوندیان معاون اقتصادی رئیس جمهور گفت: کار ادامه دارد.", "محمد نهاوندیان")?.text == "معاون اقتصادی رئیس جمهور")
        #expect(firstRole(of: "محسن قمی رئیس دفتر مقام معظم رهبری گفت: کار ادامه دارد.", "محسن قمی")?.text == "رئیس دفتر مقام معظم رهبری")
        // Any other office after «دفتر» is no such body: the phrase reads as before.
        #expect(firstRole(of: "علی احمدی مدیر دفتر فنی شهرداری تبریز گفت: کار ادامه دارد.", "علی احمدی")?.text == "مدیر دفتر فنی شهرداری تبریز")
    }

    @Test("an office named by its unit's field alone («مدیرکل نوسازی», «وزیر فرهنگ و ارشاد») is one participant of a list")
    func fieldOnlyOfficeInList() {
        let r = Fixture.extract("آیین افتتاح مدرسه با حضور فرماندار، مدیرکل نوسازی، بخشدار مرکزی و سایر مسئولان برگزار شد.")
        let unnamed = Set(r.people.filter(\.unnamed).map(\.name))
        #expect(unnamed.isSuperset(of: ["مدیرکل نوسازی", "بخشدار مرکزی"]), "people: \(unnamed)")
        #expect(r.meetings.first.map { Set($0.participants).count } == 3)
        let minister = Fixture.extract("وزیر فرهنگ و ارشاد با علی احمدی سفیر ژاپن دیدار کرد.")
        #expect(minister.people.first?.roles.first?.text == "وزیر فرهنگ و ارشاد")
    }

    @Test("a foreign office's country after the word of tenure: «وزیر خارجه پیشین آمریکا» is no «وزیر خارجه» of Iran")
    func countryAfterTenure() {
        let r = Fixture.extract("هنری کیسینجر وزیر خارجه پیشین آمریکا در گفت‌وگو با روزنامه‌ای گفت: تعامل لازم است.\nوزیر خارجه ایران با علی احمدی سفیر ژاپن دیدار کرد.")
        let role = Fixture.person(r, named: "هنری کیسینجر")?.roles
        #expect(role?.map(\.text) == ["وزیر خارجه پیشین آمریکا"])
        #expect(role?.first?.former == true)
        #expect(r.people.contains { $0.unnamed && $0.roles.contains { $0.text == "وزیر خارجه ایران" } })
        // The ministry the office implies is that country's too, as «وزیر خارجه آمریکا» names it, not Iran's.
        let ministry = r.institutions.first { $0.id == role?.first?.institution }
        #expect(ministry.map { PersianNormalizer.key($0.name) } == PersianNormalizer.key("وزارت خارجه آمریکا"))
        let lebanon = Fixture.extract("سلیمان فرنجیه وزیر کشور سابق لبنان در مصاحبه با روزنامه‌ای گفت: انتخابات برگزار می‌شود.")
        let interior = Fixture.person(lebanon, named: "سلیمان فرنجیه")?.roles.first
        #expect(lebanon.institutions.first { $0.id == interior?.institution }.map { PersianNormalizer.key($0.name) }
                == PersianNormalizer.key("وزارت کشور لبنان"))
        #expect(!lebanon.institutions.contains { PersianNormalizer.key($0.name) == PersianNormalizer.key("وزارت کشور") })
    }

    @Test("an ambiguous place name right after an office of its level is that place: «استاندار فارس», «فرماندار بم»")
    func ambiguousPlaceAfterOffice() {
        #expect(firstRole(of: "علی احمدی استاندار فارس در جمع خبرنگاران گفت: سدها آبگیری شد.", "علی احمدی")?.text == "استاندار فارس")
        #expect(firstRole(of: "حسن کریمی فرماندار بم گفت: بازسازی ادامه دارد.", "حسن کریمی")?.text == "فرماندار بم")
        // An office that governs no place does not read the word as one: «مدیر فارس» is read only as an office written
        // before the report of speech (`role.speaker-office`), which names no place and no institution.
        let director = firstRole(of: "رضا نوری مدیر فارس گفت: کار ادامه دارد.", "رضا نوری")
        #expect(director?.rule == RuleID.roleSpeakerOffice.rawValue && director?.institution == nil)
    }

    @Test("a meeting verb ends an office's unit named by its field alone: «با مدیرکل بهزیستی دیدار کرد»")
    func fieldOnlyOfficeBeforeMeetingVerb() {
        let r = Fixture.extract("به گزارش خبرگزاری فارس، علی رضایی استاندار کرمان امروز با مدیرکل بهزیستی دیدار کرد.")
        #expect(Fixture.metNames(r).contains(["علی رضایی", "مدیرکل بهزیستی"]), "\(Fixture.metNames(r))")
        let talks = Fixture.extract("به گزارش خبرگزاری فارس، علی رضایی استاندار کرمان با مدیرکل نوسازی دیدار و گفت‌وگو کرد.")
        #expect(Fixture.metNames(talks).contains(["علی رضایی", "مدیرکل نوسازی"]), "\(Fixture.metNames(talks))")
    }

    @Test("after a field the bare «کشور» completes the office whatever follows it: «معاون گردشگری کشور آمار … را اعلام کرد»")
    func nationAfterField() {
        let text = "خبرگزاری فارس: معاون گردشگری کشور آمار سفرهای پاییزی را اعلام کرد.\nمنوچهر جهانیان در گفت‌وگو با خبرنگار فارس اظهار داشت: ۴۴ میلیون نفر به سفر رفته‌اند."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "منوچهر جهانیان")?.roles.map(\.text) == ["معاون گردشگری کشور"])
        #expect(Fixture.offsetsHold(r, in: text))
        // With no field between, «کشور» after a head stays out of the office («وزیر کشور» is a ministry of its own).
        #expect(firstRole(of: "مهدی صادقی وزیر کشور امروز گفت: انتخابات برگزار می‌شود.", "مهدی صادقی")?.text == "وزیر کشور")
    }

    @Test("a field-only office cut by the phrase bound or before a word the grammar cannot read is no office")
    func fieldOnlyOfficeStopsCleanly() {
        let r = Fixture.extract("مدیر کل حفظ آثار و نشر ارزش های دفاع مقدس کرمان از برگزاری یادواره خبر داد.")
        #expect(!r.people.contains { $0.roles.contains { $0.text == "مدیر کل حفظ آثار و نشر ارزش" } })
        let governor = Fixture.extract("آیین افتتاح با حضور فرماندار محترم شهرستان برگزار شد.")
        #expect(!governor.people.contains { $0.name == "فرماندار محترم" })
    }

    @Test("after a plural noun in «…های» an adjectival head («عضو», «مسئول») is no office: «کشورهای عضو سازمان …»")
    func adjectivalHeadAfterPlural() {
        let r = Fixture.extract("وزیر خارجه ازبکستان در نشست وزرای خارجه کشورهای عضو سازمان همکاری شانگهای با همتای هندی خود دیدار کرد.")
        let roles = r.people.flatMap(\.roles).map { PersianNormalizer.key($0.text) }
        #expect(!roles.contains { $0.hasPrefix(PersianNormalizer.key("عضو")) }, "roles: \(roles)")
        let bodies = Fixture.extract("هماهنگی دستگاه‌های مسئول حفاظت محیط زیست در این طرح ضروری است.")
        #expect(!bodies.people.contains { $0.unnamed }, "a body described as responsible is no person")
        // The head keeps its office after a name or a singular noun.
        #expect(firstRole(of: "حسن کریمی عضو شورای شهر تهران گفت: بودجه تصویب شد.", "حسن کریمی")?.text == "عضو شورای شهر تهران")
    }

    @Test("a country after a ministry makes a foreign office, keyed by the country")
    func foreignOffice() {
        let r = Fixture.extract("مایکل اسمیت وزیر خارجه آمریکا روز دوشنبه گفت: گفت‌وگوها ادامه دارد. پیتر براون وزیر خارجه انگلیس نیز گفت: ما آماده‌ایم.")
        let us = Fixture.person(r, named: "مایکل اسمیت")?.roles.first
        let uk = Fixture.person(r, named: "پیتر براون")?.roles.first
        #expect(us?.text == "وزیر خارجه آمریکا")
        #expect(uk?.text == "وزیر خارجه انگلیس")
        #expect(us?.institution != nil && us?.institution != uk?.institution, "two countries' ministries are two institutions")
    }

    @Test("a unit named before its body is one institution: a listed body or the parliament ends it")
    func unitOfABody() {
        let r = Fixture.extract("علی حسینی نایب رئیس کمیسیون امنیت ملی مجلس گفت: طرح بررسی می‌شود.")
        #expect(Fixture.person(r, named: "علی حسینی")?.roles.first?.text == "نایب رئیس کمیسیون امنیت ملی مجلس")
        let office = Fixture.extract("محمود رستمی مدیرکل دفتر آموزش وزارت بهداشت گفت: دوره‌ها آغاز شد.")
        #expect(Fixture.person(office, named: "محمود رستمی")?.roles.first?.text == "مدیرکل دفتر آموزش وزارت بهداشت")
        #expect(office.institutions.contains { PersianNormalizer.key($0.name) == PersianNormalizer.key("دفتر آموزش وزارت بهداشت") })
        let speaker = Fixture.extract("احمد نادری نایب رئیس مجلس در جمع خبرنگاران گفت: لایحه تصویب شد.")
        #expect(Fixture.person(speaker, named: "احمد نادری")?.roles.first?.text == "نایب رئیس مجلس")
        // The bare «مجلس» completes a role, but is no institution mention of its own.
        #expect(!speaker.institutions.contains { PersianNormalizer.key($0.name) == PersianNormalizer.key("مجلس") })
    }

    @Test("a deictic place the article does not resolve stays in the office: «… وزارت امور خارجه این کشور»")
    func unresolvedDeicticComplement() {
        // No country is named before «این کشور», so the deictic is kept as written, never dropped.
        let r = Fixture.extract("معاون سیاسی وزارت امور خارجه این کشور روز گذشته با علی احمدی سفیر ایران دیدار کرد.")
        #expect(r.people.contains { $0.unnamed && $0.name == "معاون سیاسی وزارت امور خارجه این کشور" })
        #expect(!r.people.contains { $0.unnamed && $0.name == "معاون سیاسی وزارت امور خارجه" })
        // A bare «شهرستان» the article does not resolve stays in the office as written.
        let county = Fixture.extract("رئیس اداره ورزش شهرستان عصر دیروز با علی احمدی دیدار کرد.")
        #expect(county.people.contains { $0.unnamed && $0.name == "رئیس اداره ورزش شهرستان" })
        // Without a determiner «کشور» is no deictic and ends nothing of the office.
        let plain = Fixture.extract("حسن رضایی مدیرکل دفتر آموزش وزارت بهداشت گفت: دوره‌ها آغاز شد.")
        #expect(Fixture.person(plain, named: "حسن رضایی")?.roles.first?.text == "مدیرکل دفتر آموزش وزارت بهداشت")
    }

    @Test("a bare office governing a place is a participant: «با حضور فرماندار، معاون فرماندار …»")
    func bareLocalOfficeParticipants() {
        let r = Fixture.extract("آیین افتتاح کتابخانه روستا با حضور فرماندار، معاون فرماندار و حسن کریمی برگزار شد.")
        let unnamed = Set(r.people.filter(\.unnamed).map(\.name))
        #expect(unnamed == ["فرماندار", "معاون فرماندار"])
        #expect(r.met.count == 3, "the three participants met pairwise")
        // A bare head that governs no place («رئیس») does not say which office: no one is made for it.
        let bare = Fixture.extract("آیین افتتاح کتابخانه روستا با حضور رئیس، معاون و حسن کریمی برگزار شد.")
        #expect(bare.people.allSatisfy { !$0.unnamed })
    }

    @Test("a desk label «گروه سیاسی:» opens the report; a colon after a speech verb still opens a quotation")
    func deskLabelIsNoQuotation() {
        let r = Fixture.extract("گروه علمی فرهنگی: نمایشگاه قرآن دیروز با حضور وزیر فرهنگ و ارشاد اسلامی و حسن کریمی گشایش یافت.")
        #expect(r.people.contains { $0.unnamed && $0.name == "وزیر فرهنگ و ارشاد اسلامی" })
        #expect(r.met.count == 1)
        // A colon after more words than a desk label has is a quotation: nobody in it is present.
        let quote = Fixture.extract("گروه دانشجویان دانشگاه تهران در نامه‌ای نوشتند: نمایشگاه با حضور وزیر فرهنگ و ارشاد اسلامی و حسن کریمی گشایش یافت.")
        #expect(quote.met.isEmpty)
    }

    @Test("«جدید» after a head is a new holder: in the phrase, out of the key, not a former office")
    func newHolderMarker() {
        let r = Fixture.extract("مریم کاظمی رئیس جدید سازمان بهزیستی در نشست خبری گفت: طرح‌ها ادامه دارد. کاظمی افزود: بودجه کافی است.")
        let role = Fixture.person(r, named: "مریم کاظمی")?.roles.first
        #expect(role?.text == "رئیس جدید سازمان بهزیستی")
        #expect(role?.former == false)
        let old = Fixture.extract("حسن کریمی رئیس سابق سازمان بهزیستی گفت: طرح‌ها ادامه دارد.")
        #expect(Fixture.person(old, named: "حسن کریمی")?.roles.first?.former == true)
    }

    @Test("a counterpart with a nationality adjective is one office: «همتای آلمانی خود»; a bare one is none")
    func counterpartWithNationality() {
        let r = Fixture.extract("رضا کاظمی وزیر نیرو دیروز در برلین با همتای آلمانی خود دیدار کرد.")
        // «خود» stays in the phrase, as the dev gold writes it («همتای پاکستانی‌اش», «وزیر امور خارجه خود»).
        #expect(r.people.contains { $0.unnamed && $0.name == "همتای آلمانی خود" })
        #expect(r.met.count == 1)
        let us = Fixture.extract("علی احمدی عصر دیروز با همتای آمریکایی خود دیدار کرد.")
        #expect(us.people.contains { $0.unnamed && $0.name == "همتای آمریکایی خود" })
        // The adjective of a country in «…یه» or «…ه» («روسی», «سوری», «فرانسوی»), and the possessive glued to it.
        let russian = Fixture.extract("علی احمدی عصر دیروز با همتای روسی خود دیدار کرد.")
        #expect(russian.people.contains { $0.unnamed && $0.name == "همتای روسی خود" })
        let french = Fixture.extract("وی در پاریس با میشل بارنیه، همتای فرانسوی‌اش دیدار کرد.")
        #expect(Fixture.person(french, named: "میشل بارنیه")?.roles.map(\.text) == ["همتای فرانسوی‌اش"])
        // Without the country the counterpart says no office: no one is made.
        let bare = Fixture.extract("علی احمدی عصر دیروز با همتای خود دیدار کرد.")
        #expect(bare.people.allSatisfy { !$0.unnamed })
    }

    @Test("a listed institution starting inside a long role head wins: «دبیر شورای عالی امنیت ملی»")
    func headGivesWayToListedInstitution() {
        let r = Fixture.extract("حسین موسوی دبیر شورای عالی امنیت ملی در این دیدار گفت: همکاری ادامه دارد.")
        #expect(Fixture.person(r, named: "حسین موسوی")?.roles.first?.text == "دبیر شورای عالی امنیت ملی")
        #expect(r.institutions.contains { PersianNormalizer.key($0.name) == PersianNormalizer.key("شورای عالی امنیت ملی") })
    }

    @Test("the mined heads and names: federations, the environment organization")
    func minedHeadsAndNames() {
        #expect(firstRole(of: "مجید اکبری رئیس فدراسیون کشتی گفت: اردو برگزار می‌شود.", "مجید اکبری")?.text == "رئیس فدراسیون کشتی")
        #expect(firstRole(of: "رضا نیکو رئیس فدراسیون تکواندو گفت: تیم آماده است.", "رضا نیکو")?.text == "رئیس فدراسیون تکواندو",
                "an unlisted federation is still the role's complement")
        let env = Fixture.extract("زهرا امینی رئیس سازمان حفاظت محیط زیست گفت: آلودگی کاهش یافت.")
        #expect(Fixture.person(env, named: "زهرا امینی")?.roles.first?.text == "رئیس سازمان حفاظت محیط زیست")
        #expect(env.institutions.contains { PersianNormalizer.key($0.name) == PersianNormalizer.key("سازمان حفاظت محیط زیست") })
    }

    @Test("an office with `institution=` names its unit without the unit's head: «مدیرکل اوقاف … مازندران»")
    func unitNamedWithoutHead() {
        let r = Fixture.extract("علی کریمی مدیرکل اوقاف و امور خیریه استان مازندران گفت: موقوفات ثبت شد.")
        let role = Fixture.person(r, named: "علی کریمی")?.roles.first
        #expect(role?.text == "مدیرکل اوقاف و امور خیریه استان مازندران")
        let inst = r.institutions.first { $0.id == role?.institution }
        #expect(inst.map { PersianNormalizer.key($0.name) } == PersianNormalizer.key("اداره کل اوقاف و امور خیریه استان مازندران"))
        // Without a complement the words after the office name its field, not which unit (no institution), but
        // they still say which office it is (issue 16: «مدیرکل نوسازی» in a list of participants).
        let bare = firstRole(of: "علی کریمی مدیرکل اوقاف گفت: موقوفات ثبت شد.", "علی کریمی")
        #expect(bare?.text == "مدیرکل اوقاف")
        #expect(bare?.institution == nil)
    }

    @Test("«NAME ROLE1 و ROLE2» gives one person both roles; two bare roles stay two people")
    func coordinatedRoles() {
        let r = Fixture.extract("زهرا امینی معاون رئیس‌جمهور و رئیس سازمان حفاظت محیط زیست در این نشست گفت: آلودگی کاهش یافت.")
        #expect(r.people.count == 1)
        #expect(Fixture.person(r, named: "زهرا امینی")?.roles.map(\.text) == ["معاون رئیس‌جمهور", "رئیس سازمان حفاظت محیط زیست"])
        let two = Fixture.extract("استاندار کرمان و فرماندار رفسنجان در این نشست حضور داشتند.")
        #expect(two.people.count == 2, "with no name before them, coordinated roles are two unnamed officials")
    }

    @Test("a comma with no «و» after it ends an institution's name")
    func commaWithoutList() {
        let r = Fixture.extract("حسین رحیمی رئیس فدراسیون بوکس، شکست ملی‌پوشان ایران را پذیرفت.")
        #expect(Fixture.person(r, named: "حسین رحیمی")?.roles.first?.text == "رئیس فدراسیون بوکس")
    }

    @Test("«مرکز استان» is a province's centre, not an institution; «مرکز بهداشت استان …» is one")
    func centreOfAProvince() {
        let r = Fixture.extract("این طرح در مرکز استان کرمان اجرا شد و مرکز بهداشت استان کرمان آن را تایید کرد.")
        let names = r.institutions.map { PersianNormalizer.key($0.name) }
        #expect(!names.contains(PersianNormalizer.key("مرکز استان کرمان")))
        #expect(names.contains(PersianNormalizer.key("مرکز بهداشت استان کرمان")))
    }

    @Test("a country whose name opens with the head's last word completes the office: «رئیس جمهوری خلق چین»")
    func countryOpeningInsideHead() {
        let role = firstRole(of: "هو جین تائو رئیس جمهوری خلق چین در این دیدار گفت: روابط دو کشور گسترش می‌یابد.", "هو جین تائو")
        #expect(role?.text == "رئیس جمهوری خلق چین")
        // A country written after the whole head is read as before.
        #expect(firstRole(of: "امامعلی رحمان رئیس جمهوری تاجیکستان در این دیدار گفت: روابط گسترش می‌یابد.", "امامعلی رحمان")?.text
                == "رئیس جمهوری تاجیکستان")
    }

    @Test("an MP's constituency of three or more places is a comma list «و» closes, after «شهرستان‌های» too")
    func constituencyList() {
        let text = "علیرضا بیگی نماینده مردم تبریز، آذرشهر و اسکو در مجلس شورای اسلامی گفت: کار مهم است."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "علیرضا بیگی")?.roles.map(\.text) == ["نماینده مردم تبریز، آذرشهر و اسکو در مجلس شورای اسلامی"])
        #expect(Fixture.offsetsHold(r, in: text))
        // A county that is also a word («درمیان») inside the list, and the plural prefix before it.
        let plural = Fixture.extract("سیدمحمدباقر عبادی نماینده مردم شهرستان‌های بیرجند، خوسف و درمیان در مجلس گفت: سود بانکی باید کاهش یابد.")
        #expect(Fixture.person(plural, named: "سیدمحمدباقر عبادی")?.roles.map(\.text) == ["نماینده مردم شهرستان‌های بیرجند، خوسف و درمیان در مجلس"])
        // A list the comma leaves open ends the constituency at its first place.
        let open = Fixture.extract("علیرضا بیگی نماینده مردم تبریز، آذرشهر، مسئولان استان را به همکاری دعوت کرد.")
        #expect(Fixture.person(open, named: "علیرضا بیگی")?.roles.map(\.text) == ["نماینده مردم تبریز"])
    }

    @Test("round 30: a member's office names where it is held («عضو فراکسیون حماس در مجلس فلسطین»); a president's «در تهران» is where he spoke")
    func postedMember() {
        #expect(Fixture.roles(of: "احمد ابوحلیبه عضو فراکسیون حماس در مجلس فلسطین گفت: اسرائیل باید عقب بنشیند.", "احمد ابوحلیبه") == ["عضو فراکسیون حماس در مجلس فلسطین"])
        #expect(Fixture.roles(of: "علی احمدی رئیس سازمان برنامه و بودجه در تهران گفت: بودجه کافی است.", "علی احمدی") == ["رئیس سازمان برنامه و بودجه"])
    }
}
