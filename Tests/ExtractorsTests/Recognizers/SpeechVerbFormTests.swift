import Testing
@testable import Extractors

/// Issue 16, round 26: which words report speech. «گفت» before «وگو»/«و گو» is the noun «گفت‌وگو» Hamshahri writes
/// apart (speech-verbs.txt `unless-next=`); the present («می‌افزاید», «تاکید می‌کند») and the perfect («تاکید کرده است»)
/// report speech too, but a lone unlisted word before them is no speaker by that alone (`bare-subject=no`).
@Suite("Speech verbs: the noun «گفت و گو», the present and the perfect")
struct SpeechVerbFormTests {
    @Test("«گفت و گو» written apart is no report of speech: a «نیز» subject going to Moscow joins no meeting")
    func conversationNounIsNoVerb() {
        let text = "گل با محمدرضا عارف معاون اول رئیس جمهور گفت وگو کرد. وزیر انرژی روسیه نیز این هفته مهمان مقامات جمهوری اسلامی بود. در عین حال محسن امین زاده معاون امور کشورهای آسیایی وزارت خارجه نیز این هفته به منظور گفت وگو با مقامات کرملین عازم مسکو شد."
        let r = Fixture.extract(text)
        let amin = Fixture.person(r, named: "محسن امین زاده")
        #expect(amin != nil)
        #expect(!r.met.contains { $0.a == amin?.id || $0.b == amin?.id })
    }

    @Test("«گفت وگوی» written apart inside a body's name does not end it (stop-words.txt `unless-next=`)")
    func conversationNounInsideBodyName() {
        #expect(Fixture.roles(of: "اصغر واعظی رئیس مرکز گفت وگوی ادیان سازمان فرهنگ و ارتباطات اسلامی در این مراسم سخنرانی کرد.", "اصغر واعظی")
            == ["رئیس مرکز گفت وگوی ادیان سازمان فرهنگ و ارتباطات اسلامی"])
        // The verb itself still ends the phrase before it.
        #expect(Fixture.roles(of: "اصغر واعظی رئیس مرکز ادیان گفت: کار ادامه دارد.", "اصغر واعظی") == ["رئیس مرکز ادیان"])
    }

    @Test("the perfect reports speech: the name before «در گفت و گو با … تاکید کرده است» is the lead's office holder")
    func perfectTense() {
        let text = "عنوان\n\nاز سوی دیگر، یک عضو هیات علمی دانشگاه بهزیستی نیز می‌گوید: اخبار حوادث انگیزه بزهکاری را افزایش می‌دهد.\nغنچه راهب در گفت وگو با خبرگزاری فارس تاکید کرده است: نوجوانان از شخصیت‌های حوادث الگو می‌گیرند."
        #expect(Fixture.roles(of: text, "غنچه راهب") == ["عضو هیات علمی دانشگاه بهزیستی"])
    }

    @Test("a document or an outlet before the present or the perfect is no speaker")
    func bareSubjectOfPresent() {
        let r = Fixture.extract("عنوان\n\nبیانیه در ادامه می‌افزاید: ما با تخریب چهره‌ها مقابله می‌کنیم.\nهمشهری می‌افزاید: پل‌های تاریخی در خطر است.")
        #expect(r.people.isEmpty)
    }
}
