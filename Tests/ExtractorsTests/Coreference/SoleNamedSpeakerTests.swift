import Testing
@testable import Extractors

/// Issue 16, round 29: the office that opens the lead as its speaker and the one named person the article quotes
/// further down (`coref.sole-speaker`, SoleNamedSpeaker.swift).
@Suite("The lead's office and the one voice of the report")
struct SoleNamedSpeakerTests {
    @Test("cited in passing first («به گفته …»), quoted three sentences on: the lead's office is that name's")
    func citedFirstQuotedLater() {
        let text = "عربستان براي ميزباني نشست سران عرب ابراز تمايل كرد\n\nدبير كل اتحاديه عرب از تمايل عربستان سعودي براي ميزباني نشست سران عرب در سال 2007 خبر داد.\n\nبه گزارش فارس به نقل از خبرگزاري آسوشيتدپرس، به گفته \"عمرو موسي\"، رياض از سران عربي خواسته است نشست سالانه خود را در پايتخت اين كشور برگزار كنند.\n\nعربستان پيش از اين تصميم گرفته بود اين نشست را ميزباني نكند.\n\nبه نظر مي‌رسد تصميم رياض نشان دهنده تمايل اين كشور براي ايفاي نقش عمده است.\n\nعمرو موسي در اين باره گفت كه وي نامه‌اي از دولت عربستان دريافت كرده است.\n"
        #expect(Fixture.roles(of: text, "عمرو موسي") == ["دبير كل اتحاديه عرب"])
    }

    @Test("a speaker no rule read comes before the name: the office stays unnamed")
    func unreadSpeakerFirst() {
        let text = "مدير كل دفتر بهداشت و تغذيه آموزش و پرورش گفت: 200 دانش آموز به ايدز مبتلا هستند.\n\nوزارت آموزش و پرورش چند طرح آموزش پيشگيري از ايدز اجرا كرده است.\n\nاين طرح ها در پنج استان ارزشيابي شده است.\n\nدكتر رياض غيرتمند گفت: آموزش پيشگيري از ايدز سال آينده وارد مقطع دبستان مي شود.\n\nنتايج طرح بزودي اعلام مي شود.\n\nبهنام فرهودي در ادامه گفت: اين آموزش لازم است.\n"
        #expect(!Fixture.roles(of: text, "بهنام فرهودي").contains("مدير كل دفتر بهداشت و تغذيه آموزش و پرورش"))
    }

    @Test("two named people speak after the lead: the office is given to neither")
    func twoVoices() {
        let text = "وزیر نیرو گفت: طرح انتقال آب اجرا می‌شود.\n\nبه گزارش خبرگزاری فارس، این طرح در سه استان اجرا خواهد شد.\n\nهزینه این طرح بالا است.\n\nمدت اجرای طرح سه سال است.\n\nعلی رضایی در ادامه گفت: اعتبار آن تامین شده است.\n\nمحمد کریمی نیز گفت: ما آماده‌ایم.\n"
        #expect(!Fixture.roles(of: text, "علی رضایی").contains("وزیر نیرو"))
    }
}
