import Testing
@testable import Extractors

/// A further speaker quoted with a bare «X نیز گفت» (`QuotedSpeaker`): joins the meeting while the report is still
/// about it (at most `quoted-speaker-reach` content sentences after it), not after the first speaker's quotes ran on;
/// a speaker whose «نیز» clause ties the speech to the event («نیز طی سخنانی», «نیز خطاب به …») joins at any distance;
/// a day, an interview or another audience right after «نیز» (statement-settings.txt) sets the statement apart.
@Suite("Quoted speakers: «X نیز گفت» after a meeting")
struct QuotedSpeakerTests {
    /// A session reported by its first speaker, then `quotes` sentences of his speech, then `speaker`'s sentence.
    static func report(quotes: Int, speaker: String) -> String {
        let opening = "به گزارش خبرگزاری فارس از یزد، رضا صادقی فرماندار میبد امروز در جلسه شورای اداری شهرستان گفت: بودجه عمرانی امسال افزایش یافته است."
        let more = ["وی افزود: پنج طرح آبرسانی تا پایان سال افتتاح می‌شود.", "وی ادامه داد: راه روستایی شهرستان نیز بهسازی می‌شود.",
                    "وی گفت: مدارس شهرستان نیاز به نوسازی دارند.", "صادقی اظهار کرد: همه دستگاه‌ها باید همکاری کنند.",
                    "وی خاطرنشان کرد: مردم باید در جریان کار باشند."]
        return ([opening] + more.prefix(quotes) + [speaker]).joined(separator: "\n")
    }

    @Test("a bare «X نیز گفت» right after the session's report joins it")
    func nearBareSpeakerJoins() {
        let r = Fixture.extract(Self.report(quotes: 1, speaker: "حسن کریمی مدیر جهاد کشاورزی شهرستان میبد نیز گفت: خشکسالی ادامه دارد."))
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "رضا صادقی"]))
    }

    @Test("a bare «X نیز گفت» after the first speaker's quotes ran on is only quoted, not placed at the session")
    func farBareSpeakerStaysOut() {
        let r = Fixture.extract(Self.report(quotes: 5, speaker: "حسن کریمی مدیر جهاد کشاورزی شهرستان میبد نیز گفت: خشکسالی ادامه دارد."))
        #expect(Fixture.metNames(r).isEmpty)
        #expect(r.people.contains { $0.name == "حسن کریمی" })
    }

    @Test("«X نیز طی سخنانی گفت» ties the speech to the event and joins at any distance")
    func tiedSpeakerJoinsFar() {
        let r = Fixture.extract(Self.report(quotes: 5, speaker: "حسن کریمی مدیر جهاد کشاورزی شهرستان میبد نیز طی سخنانی گفت: خشکسالی ادامه دارد."))
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "رضا صادقی"]))
    }

    @Test("«در ادامه، X نیز گفت» is the session's next speaker at any distance")
    func sequenceSpeakerJoinsFar() {
        let r = Fixture.extract(Self.report(quotes: 5, speaker: "در ادامه حسن کریمی مدیر جهاد کشاورزی شهرستان میبد نیز گفت: خشکسالی ادامه دارد."))
        #expect(Fixture.metNames(r).contains(["حسن کریمی", "رضا صادقی"]))
    }

    @Test("«X نیز دیروز گفت», «X نیز در گفت‌وگو با ایسنا گفت» far from the session are only quoted: a day or an interview of its own")
    func farDayOrInterviewSpeakerStaysOut() {
        for clause in ["نیز دیروز گفت", "نیز در گفت‌وگو با ایسنا گفت", "نیز به خبرنگار ما گفت"] {
            let r = Fixture.extract(Self.report(quotes: 5, speaker: "حسن کریمی مدیر جهاد کشاورزی شهرستان میبد \(clause): خشکسالی ادامه دارد."))
            #expect(Fixture.metNames(r).isEmpty, "\(clause)")
        }
    }

    @Test("«X نیز در جمع بازاریان … افزود» far from the session speaks to another audience and stays out")
    func farOtherAudienceStaysOut() {
        let r = Fixture.extract(Self.report(quotes: 5, speaker: "حسن کریمی مدیر جهاد کشاورزی شهرستان میبد نیز در جمع بازاریان شهر به حوادث اخیر اشاره کرد و افزود: امنیت بازار برقرار است."))
        #expect(Fixture.metNames(r).isEmpty)
    }

    @Test("«X نیز خطاب به …», «X نیز امروز در این جلسه گفت» speak at the session and join at any distance")
    func farSpeakerAtTheSessionJoins() {
        for clause in ["نیز خطاب به فرماندار گفت", "نیز امروز در این جلسه گفت"] {
            let r = Fixture.extract(Self.report(quotes: 5, speaker: "حسن کریمی مدیر جهاد کشاورزی شهرستان میبد \(clause): خشکسالی ادامه دارد."))
            #expect(Fixture.metNames(r).contains(["حسن کریمی", "رضا صادقی"]), "\(clause)")
        }
    }
}
