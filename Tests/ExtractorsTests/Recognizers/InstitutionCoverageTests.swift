import Testing
@testable import Extractors

/// Institutions whose heads the lexicons lacked and institution boundaries (issue 16 item 3, the fifth round):
/// bodies the corpora name by a bare-name head and a word or two (named-institutions.txt), «دولت» with a country,
/// «پتروشیمی» with a town, a mission's seat after «در», a bare name before «و» and an office, and «و» right after a
/// one-word head.
@Suite("Institution heads and boundaries")
struct InstitutionCoverageTests {
    private func institutions(_ text: String) -> [String] {
        Fixture.extract(text).institutions.map(\.name)
    }

    @Test("a body the corpora write under a bare-name head is an institution even once in running text")
    func minedBareNames() {
        let r = Fixture.extract("به گفته این کارشناس، نتایج پژوهش دانشگاه هاروارد نشان می‌دهد که اعضای حزب بعث هنوز فعال هستند.")
        #expect(Set(r.institutions.map(\.name)) == ["دانشگاه هاروارد", "حزب بعث"])
        #expect(r.institutions.allSatisfy { $0.mentions.first?.rule == RuleID.institutionNamed.rawValue })
        // A listed body followed by its parent body is that body's unit.
        #expect(institutions("جلسه کمیته انضباطی فدراسیون فوتبال امروز برگزار شد.") == ["کمیته انضباطی فدراسیون فوتبال", "فدراسیون فوتبال"])
    }

    @Test("«دولت» with a country is that country's government; with no country, a person or «و» it is none")
    func governmentOfACountry() {
        #expect(institutions("سخنگوی وزارت خارجه از تصمیم دولت ژاپن برای تمدید ماموریت نیروهایش انتقاد کرد.").contains("دولت ژاپن"))
        #expect(institutions("وی از حمایت‌های دولت و ملت ایران از مردم لبنان تشکر کرد.").isEmpty)
        #expect(institutions("لایحه بودجه سال آینده هفته گذشته از سوی دولت تقدیم مجلس شد.").allSatisfy { !$0.hasPrefix("دولت") })
        // «دولت خاتمی» is Khatami's government: the public figure stays a person and the government is named too
        // (InstitutionLeaderTests).
        let r = Fixture.extract("منتقدان دولت خاتمی گفتند: اصلاحات اقتصادی کند بود.")
        #expect(r.people.map(\.name).contains("خاتمی"))
        #expect(r.institutions.map(\.name) == ["دولت خاتمی"])
    }

    @Test("«پتروشیمی» with a province or a city is a company; with the country it is the industry")
    func petrochemicalCompanies() {
        #expect(institutions("مدیرعامل پتروشیمی اراک از افزایش تولید خبر داد.") == ["پتروشیمی اراک"])
        #expect(institutions("سهم صنعت پتروشیمی ایران از صادرات غیرنفتی بالا رفت.").isEmpty)
    }

    @Test("a mission's seat after «در» belongs to its name")
    func missionSeat() {
        #expect(institutions("خبرنگاران برای گفت‌وگو با وزیر به سفارت ترکیه در تهران رفتند.") == ["سفارت ترکیه در تهران"])
        #expect(institutions("مراجعان برای گرفتن روادید به کنسولگری افغانستان در مشهد رفتند.") == ["کنسولگری افغانستان در مشهد"])
        // Without the country the mission has no name to extend.
        #expect(institutions("معترضان در مقابل سفارت در تهران تجمع کردند.").isEmpty)
    }

    @Test("a bare name before «و» and an office is kept; «و» right after a one-word head coordinates nouns")
    func coordinationBoundaries() {
        let r = Fixture.extract("علی نادری رئیس فدراسیون تیراندازی و عضو هیئت اجرایی کمیته ملی المپیک گفت: اردوی تیم آغاز شد.")
        #expect(r.institutions.map(\.name).contains("فدراسیون تیراندازی"))
        #expect(Fixture.person(r, named: "علی نادری")?.roles.map(\.text).contains("رئیس فدراسیون تیراندازی") == true)
        // «شهرداری و موافقت سازمان …»: the municipality is no body named «شهرداری و موافقت».
        let names = institutions("ساخت این پل به درخواست شهرداری و موافقت سازمان میراث فرهنگی و گردشگری انجام شد.")
        #expect(names.allSatisfy { !$0.hasPrefix("شهرداری") })
        #expect(names.contains("سازمان میراث فرهنگی و گردشگری"))
        // A longer head goes on over «و»: «دانشگاه علوم پزشکی و خدمات درمانی …».
        #expect(institutions("رئیس دانشگاه علوم پزشکی و خدمات درمانی استان زنجان گفت: بیمارستان افتتاح شد.")
            == ["دانشگاه علوم پزشکی و خدمات درمانی استان زنجان"])
    }

    @Test("the nation written after a listed body belongs to its name")
    func listedBodyOfTheNation() {
        let r = Fixture.extract("علی صادقی معاون سازمان نظام پزشکی کشور گفت: تعرفه‌ها اعلام شد.")
        #expect(r.institutions.map(\.name) == ["سازمان نظام پزشکی کشور"])
        #expect(Fixture.person(r, named: "علی صادقی")?.roles.map(\.text) == ["معاون سازمان نظام پزشکی کشور"])
    }

    @Test("a surname listed in two words stays a name though its first word opens a head")
    func twoWordSurnameAfterHeadWord() {
        let r = Fixture.extract("محمود دولت آبادی نویسنده ایرانی در این مراسم گفت: رمان تازه‌ام را تمام کرده‌ام.")
        #expect(r.people.map(\.name).contains("محمود دولت آبادی"))
    }

    @Test("after a ministry or a government a country that is also a common word is the country («هند», «چین», «قطر»)")
    func ambiguousCountryAfterMinistry() {
        #expect(institutions("سخنگوی وزارت دفاع هند روز گذشته در گفت‌وگو با خبرنگاران از درگیری مرزی خبر داد.") == ["وزارت دفاع هند"])
        #expect(institutions("وزارت بهداشت چین در گزارشی از مرگ دو بیمار خبر داد.") == ["وزارت بهداشت چین"])
        #expect(institutions("هزینه این شبکه را دولت قطر می‌پردازد.") == ["دولت قطر"])
        // Only right after the head: «امور مالی» is a ministry's field, not Mali.
        #expect(Fixture.extract("دولت در این زمینه به وزارت امور مالی دستور داد.").places.allSatisfy { $0.name != "مالی" })
    }

    @Test("a province's name and a foreign country after it name that country's region («کردستان عراق»)")
    func foreignRegionAfterProvinceName() {
        #expect(institutions("مسعود بارزانی رهبر حزب دمکرات کردستان عراق در این دیدار گفت: انتخابات برگزار می‌شود.")
            == ["حزب دمکرات کردستان عراق"])
        #expect(institutions("آمریکا حزب کارگران کردستان ترکیه را سازمانی تروریستی می‌داند.") == ["حزب کارگران کردستان ترکیه"])
        // The province alone stays the province's: «استانداری کردستان ایران» is no region.
        #expect(institutions("جلسه در محل استانداری کردستان برگزار شد.") == ["استانداری کردستان"])
    }

    @Test("a national body named by a head and several words is listed whole, not read short or left out")
    func longNamedBodies() {
        #expect(institutions("نمایشگاه کتاب کودک در محل کانون پرورش فکری کودکان و نوجوانان افتتاح شد.") == ["کانون پرورش فکری کودکان و نوجوانان"])
        #expect(institutions("دبیر شورای امنیت ملی عراق گفت: مرزها بسته می‌شود.") == ["شورای امنیت ملی عراق"])
        #expect(institutions("وام مسکن روستایی از سوی بنیاد مسکن انقلاب اسلامی پرداخت می‌شود.") == ["بنیاد مسکن انقلاب اسلامی"])
        #expect(institutions("بخشی از منابع صندوق ذخیره ارزی به طرح‌های عمرانی اختصاص یافت.") == ["صندوق ذخیره ارزی"])
    }

    @Test("national bodies named once on their own (round 22): «شورای اقتصاد», «سازمان حج و زیارت», «مرکز فوریت‌های پلیسی»")
    func nationalBodiesNamedOnce() {
        #expect(institutions("قیمت خرید تضمینی گندم در جلسه شورای اقتصاد تعیین شد.") == ["شورای اقتصاد"])
        #expect(institutions("ثبت نام حج تمتع از سوی سازمان حج و زیارت آغاز شد.") == ["سازمان حج و زیارت"])
        #expect(institutions("شهروندان می‌توانند با مرکز فوریت‌های پلیسی تماس بگیرند.") == ["مرکز فوریت‌های پلیسی"])
        // A short form is the full name's body: one institution, the canonical key.
        let r = Fixture.extract("خطوط جدید تلفن همراه از سوی شرکت مخابرات واگذار می‌شود.")
        #expect(r.institutions.map(\.name) == ["شرکت مخابرات"])
        #expect(r.institutions.map(\.key) == ["شرکتمخابراتایران"])
    }

    @Test("a ministry written short or in its full official name: «وزارت کار», «وزارت ارشاد», «وزارت بهداشت، درمان و آموزش پزشکی»")
    func ministriesShortAndFull() {
        let short = Fixture.extract("بیمه بیکاری از سوی وزارت کار پرداخت می‌شود و وزارت ارشاد مجوز کتاب را صادر کرد.")
        #expect(short.institutions.map(\.name) == ["وزارت کار", "وزارت ارشاد"])
        #expect(short.institutions.map(\.key) == ["وزارتکارواموراجتماعی", "وزارتفرهنگوارشاداسلامی"])
        let full = Fixture.extract("این سازمان با نظارت وزارت بهداشت، درمان و آموزش پزشکی کار می‌کند.")
        #expect(full.institutions.map(\.name) == ["وزارت بهداشت، درمان و آموزش پزشکی"])
    }

    @Test("a short name written beside the full one is the same body, named in full: «سازمان میراث فرهنگی» and «… و گردشگری»")
    func shortNameBesideFull() {
        let r = Fixture.extract("انجمن ها با مجوز سازمان میراث فرهنگی فعالیت می‌کنند. پیشنهاد به رئیس سازمان میراث فرهنگی و گردشگری ارائه شد.")
        #expect(r.institutions.filter { $0.name.hasPrefix("سازمان میراث") }.map(\.name) == ["سازمان میراث فرهنگی و گردشگری"])
        #expect(institutions("دبیرکل جبهه مشارکت در این نشست حضور داشت.") == ["جبهه مشارکت"])
        // A longer listed name is not cut by a shorter one: «حزب جمهوری‌خواه خلق» is Turkey's party, not «حزب جمهوری‌خواه».
        #expect(institutions("دنیز بایکال رئیس حزب جمهوری‌خواه خلق گفت: انتخابات زودتر برگزار می‌شود.") == ["حزب جمهوری‌خواه خلق"])
    }

    @Test("a club whose name is no city or word is a body on its own (round 23): «تراکتورسازی», «الاهلی»")
    func footballClubs() {
        #expect(institutions("تیم فوتبال الاهلی در این بازی مقابل تراکتورسازی به میدان رفت.").contains("تراکتورسازی"))
        #expect(institutions("علی کریمی به الاهلی پیوست.") == ["الاهلی"])
    }
}
