import Testing
@testable import Extractors

/// Issue 16, round 26: «… به نام‌های A، B و C» after a noun of people names them (introduction-cues.txt
/// `kind=naming`), bare surnames and surnames written in parts included; a meeting's list reads on over it, and over an
/// office no one holds right before a name.
@Suite("Names a naming cue gives, and list items an unheld office opens")
struct NamingListTests {
    @Test("a court's counsellors named after «به نام های» are people, and the session's parties")
    func courtCounsellors() {
        let r = Fixture.extract("این جلسه با حضور رئیس شعبه عزیز محمدی و چهار مستشار آن به نام های رحیمی، شریفی، کوه کمره ای و تقی زاده در حالی برگزار شد که در ابتدای جلسه کیفرخواست قرائت شد.")
        for name in ["عزیز محمدی", "رحیمی", "شریفی", "کوه کمره ای", "تقی زاده"] {
            #expect(Fixture.person(r, named: name) != nil, "\(name)")
        }
        // Five parties, ten pairs.
        #expect(r.met.count == 10)
    }

    @Test("after a noun of things the names are no people: «دو دبستان به نام های ابن سینا و صادقیه»")
    func namesOfThings() {
        let r = Fixture.extract("از منطقه 13 تهران خبر می رسد که دو دبستان به نام های ابن سینا و صادقیه پلمب شده اند.")
        #expect(r.people.isEmpty)
    }

    @Test("«با حضور مدیرکل علی احمدی و …»: an unheld office before a name does not end the list of participants")
    func officeBeforeName() {
        let r = Fixture.extract("این جلسه با حضور مدیرکل علی احمدی و محمد رضایی برگزار شد.")
        #expect(r.met.count == 1)
    }
}
