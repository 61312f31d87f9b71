import Testing
@testable import Extractors

/// Issue 16, round 34: a sentence that opens with its setting in an event already reported — «در», at most a marker of
/// the event's part or of sequence («در آغاز», «در پایان», «در حاشیه»), a demonstrative, the event's noun and a comma
/// («در آغاز نشست ،») — has its subject after the comma (`ClauseReader.frontedEventComma`). Read as the subject, an
/// office there speaks and takes the name the next sentence gives; a person there joins the event.
@Suite("Coreference: the subject after a fronted event setting")
struct FrontedEventSettingTests {
    @Test("«در آغاز نشست ، رئیس … اظهار داشت. دکتر «X» افزود»: the office is X's")
    func officeAfterSetting() {
        let text = """
            نشست بررسی مشکلات زنان با حضور متخصصان در موسسه بازتوانی زنان برگزار شد.
            در آغاز نشست ، رئیس دانشگاه علوم قضایی با اشاره به اینکه حمایت افراطی به سود هیچ گروهی نیست، اظهار داشت: قوانین باید اصلاح شود.
            دکتر «میر محمد صادقی» افزود: هر تفاوتی به منزله تبعیض نیست.
            """
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "میر محمد صادقی")?.roles.map(\.text) == ["رئیس دانشگاه علوم قضایی"],
                "\(r.people.map { ($0.name, $0.roles.map(\.text)) })")
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("«در ادامه این نشست، مهندس X … اعلام کرد» joins X to the session the article reported")
    func personAfterSequenceMarker() {
        let r = Fixture.extract("""
            مهندس یعقوبی معاون امور مناطق شهرداری تهران از پروژه‌های منطقه 15 بازدید کرد و در نشستی با مدیران منطقه گفت: پروژه‌ها باید تمام شود.
            در ادامه این نشست، مهندس سیدمحمود نصری شهردار منطقه 15 اعلام کرد: 110 طرح عمرانی افتتاح می‌شود.
            """)
        #expect(Fixture.metNames(r).contains(["سیدمحمود نصری", "یعقوبی"]), "\(Fixture.metNames(r))")
    }

    @Test("a meeting noun with its party after it is no setting: «در دیدار با X، Y گفت» still meets X and Y")
    func meetingNounWithItsParty() {
        let r = Fixture.extract("در دیدار با علی احمدی فرماندار بم، محمد رضایی استاندار کرمان گفت: کار ادامه دارد.")
        #expect(Fixture.metNames(r) == [["علی احمدی", "محمد رضایی"]], "\(Fixture.metNames(r))")
    }
}
