import Testing
@testable import Extractors

/// `person.speaker-name`: a given name and one or two words no lexicon knows as the subject of a
/// sentence that reports speech, a speaker follower right after them.
@Suite("Unlisted names read as the subject of a report of speech")
struct SpeakerNameTests {
    @Test("after the report opener, a given name that is also a word and an unlisted surname: «سعید کوشکی بعد از ظهر امروز … گفت»")
    func givenNameAfterOpener() {
        let r = Fixture.extract("به گزارش خبرگزاری فارس از کازرون، سعید کوشکی امروز در رزمایش بسیجیان این شهرستان گفت: بسیجیان آماده فداکاری هستند.")
        let p = Fixture.person(r, named: "سعید کوشکی")
        #expect(p?.mentions.first?.rule == "person.speaker-name")
    }

    @Test("a time of day or a weekday after the name: «بعد از ظهر», «پیش از ظهر», «یکشنبه شب» (round 22)")
    func timeOfDayAfterName() {
        let afternoon = Fixture.extract("به گزارش خبرگزاری فارس از کازرون، سعید کوشکی بعد از ظهر امروز در رزمایش بسیجیان این شهرستان گفت: بسیجیان آماده فداکاری هستند.")
        #expect(Fixture.person(afternoon, named: "سعید کوشکی")?.mentions.first?.rule == "person.speaker-name")
        let morning = Fixture.extract("به گزارش خبرگزاری فارس از زاهدان، ناصر چرخ‌ساز پیش از ظهر امروز در جلسه ستاد بحران استان گفت: امدادگران آماده اند.")
        #expect(Fixture.person(morning, named: "ناصر چرخ‌ساز") != nil)
        let weekday = Fixture.extract("به گزارش خبرگزاری فارس از اراک، ناصر پورمعلم یکشنبه شب در کارگاه آموزشی مدیران استان اظهار داشت: جاده ها ایمن می شوند.")
        #expect(Fixture.person(weekday, named: "ناصر پورمعلم") != nil)
    }

    @Test("a transliterated first name and surname before «درباره»: «گری سیک درباره … گفت»")
    func foreignNameBeforeFollower() {
        let r = Fixture.extract("در همین حال، گری سیک درباره نگرانی محافل سیاسی از افزایش احتمال حمله نظامی گفت: این خطر جدی است.")
        #expect(Fixture.person(r, named: "گری سیک")?.mentions.first?.rule == "person.speaker-name")
    }

    @Test("no given name first: two words no lexicon knows are as often a noun phrase («انتشار کتاب در … گفت»)")
    func noGivenNameNoSpeaker() {
        let r = Fixture.extract("به گزارش خبرگزاری فارس، ریو فردیناند در این خصوص افزود: نیمه دوم بازی بسیار سخت شد.")
        #expect(!Fixture.names(r).contains("ریو فردیناند"))
    }

    @Test("a plural verb, a place or a head among the words makes no speaker")
    func notAPhraseOrGroup() {
        let plural = Fixture.extract("به گزارش خبرگزاری فارس، ساکنان روستا در این نشست گفتند: آب آشامیدنی نداریم.")
        #expect(!Fixture.names(plural).contains("ساکنان روستا"))
        let place = Fixture.extract("به گزارش خبرگزاری فارس، پلیس بنگلادش امروز اعلام کرد که 90 نفر بازداشت شدند.")
        #expect(!Fixture.names(place).contains("پلیس بنگلادش"))
        // No speech after the follower: a subject that only acts.
        let noSpeech = Fixture.extract("به گزارش خبرگزاری فارس، سعید کوشکی در این بازی دو گل به ثمر رساند.")
        #expect(!Fixture.names(noSpeech).contains("سعید کوشکی"))
        // A time word ends the name: «عزت‌الله یوسفیان‌ملا امشب در همایش …».
        let time = Fixture.extract("به گزارش خبرگزاری فارس از آمل، عزت‌الله یوسفیان‌ملا امشب در همایش دهیاران این شهرستان اظهار کرد: دهیاری‌ها تقویت می‌شوند.")
        #expect(Fixture.person(time, named: "عزت‌الله یوسفیان‌ملا") != nil)
    }
}
