import Testing
@testable import Extractors

/// Issue 16, round 22: a part of an event written before its bare noun («در آغاز مراسم», «در ابتدای جلسه», «در حاشیه
/// همایش»: discourse-markers.txt `part=yes`) points back to the event the article reported, as «در ادامه/در پایان جلسه»
/// do; a noun that names an event of its own after it («در حاشیه دیدار رئیس جمهوری از …», «در جریان دیدار با …») does not.
@Suite("A part of the event before its noun joins the reported event")
struct EventPartJoinTests {
    @Test("«X نیز در آغاز مراسم سخنانی … بیان کرد» joins the ceremony the article reported")
    func speakerAtTheStart() {
        let r = Fixture.extract("""
            به گزارش خبرگزاری فارس، همایش دختران آسمان با حضور رضاعلی متهورملکی مسئول نمایندگی ولی فقیه در ناحیه مقاومت بسیج شهرستان ملارد برگزار شد.
            فاطمه میرانفسی نیز در آغاز مراسم سخنانی را در خصوص کار خیر بیان کرد.
            """)
        #expect(Fixture.metNames(r).contains(["رضاعلی متهورملکی", "فاطمه میرانفسی"]))
    }

    @Test("the speaker right after the noun opens the sentence: «در ابتدای مراسم حسین پاکدل … اعلام کرد»")
    func speakerAfterTheNoun() {
        let r = Fixture.extract("""
            به گزارش خبرگزاری فارس، مراسم اختتامیه جشنواره با حضور محمدحسین صفارهرندی وزیر فرهنگ و ارشاد اسلامی برگزار شد.
            در ابتدای مراسم حسین پاکدل مجری مراسم اعلام کرد: جایزه ها به نماینده داده نمی شود.
            """)
        #expect(Fixture.metNames(r).contains(["حسین پاکدل", "محمدحسین صفارهرندی"]))
    }

    @Test("an event named after the noun is not the reported one: «در حاشیه دیدار رئیس جمهوری از …»")
    func eventOfItsOwn() {
        let r = Fixture.extract("""
            به گزارش خبرگزاری فارس، منوچهر متکی وزیر امور خارجه عصر دیروز با سعود الفیصل وزیر امور خارجه عربستان دیدار کرد.
            علی احمدی در جریان دیدار با «حسن کریمی» برادر خود بازداشت شد.
            """)
        #expect(!Fixture.metNames(r).contains { $0.contains("علی احمدی") && $0.contains("منوچهر متکی") })
    }
}
