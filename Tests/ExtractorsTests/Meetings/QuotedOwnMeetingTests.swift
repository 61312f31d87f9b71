import Testing
@testable import Extractors

/// Issue 16, round 30: quoted speech is read by the meeting frames only when it opens with the speaker's account of
/// a meeting or a council's session (`ClauseReader.meetingLimit`), and only when a named person speaks.
@Suite("A meeting the speaker tells of in a quotation")
struct QuotedOwnMeetingTests {
    @Test("«وی افزود: در جلسه‌ای که با وزیر ارشاد داشتیم، …»: the speaker met the minister")
    func relativeClauseWith() {
        let r = Fixture.extract("محمد مهدی حیدریان گفت: دو سینمای بم نابود شده است. وی افزود: در جلسه‌ای که با وزیر ارشاد داشتیم، قرار شد از اماکن فرهنگی آمارگیری شود.")
        #expect(Fixture.metNames(r) == [["محمد مهدی حیدریان", "وزیر ارشاد"]])
    }

    @Test("«… اضافه کرد: در نشست با A و B، …»: the speaker and both named")
    func withList() {
        let r = Fixture.extract("عابد فتاحی اضافه کرد: در نشست با عبدالرضا رحمانی فضلی رئیس دیوان محاسبات و رحیم ممبینی معاون معاونت برنامه‌ریزی رئیس جمهور، اعضای کمیسیون از شرایط دارویی کشور ابراز ناخرسندی کردند.")
        #expect(Fixture.metNames(r) == [["عابد فتاحی", "عبدالرضا رحمانی فضلی"], ["عابد فتاحی", "رحیم ممبینی"], ["عبدالرضا رحمانی فضلی", "رحیم ممبینی"]])
    }

    @Test("no meeting when the quotation opens otherwise, with a ceremony's noun, or a match")
    func otherQuotations() {
        for text in ["علی احمدی گفت: وزیر ارشاد با ما همکاری کرد.",
                     "علی احمدی گفت: در آیین، دین و استراتژی ما با وزیر ارشاد هیچ جایی برای بمب اتمی نیست.",
                     "برانکو ایوانکوویچ گفت: در دیدار بحرین برابر عربستان، بازیکنان بحرین با علی دایی بازی کردند."] {
            #expect(Fixture.metNames(Fixture.extract(text)).isEmpty, "\(text)")
        }
    }

    @Test("an office that speaks tells of no meeting of its own: «نماینده بافت گفت: در این جلسه با …»")
    func officeSpeaker() {
        let r = Fixture.extract("نماینده بافت گفت: در این جلسه با وزیر ارشاد درباره احزاب گفت‌وگو شد.")
        #expect(r.met.isEmpty)
    }
}
