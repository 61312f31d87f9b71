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

    @Test("round 35: «مرد جوانی به نام حمید», «فردی به نام حسین(20 ساله)»: after a noun of one person a given name alone is the name")
    func onePersonNamed() {
        let text = "در این پرونده مرد جوانی به نام حمید متهم است که بهمن ماه همسر خود را کشته است. تیر ماه فردی به نام حسین(20 ساله)با مراجعه به اداره آگاهی کرج، از فردی به نام میثم طرح شکایت کرد."
        let r = Fixture.extract(text)
        for name in ["حمید", "حسین", "میثم"] {
            #expect(Fixture.person(r, named: name)?.mentions.first?.rule == "person.naming-list", "\(name): \(r.people.map(\.name))")
        }
        // «طرح شکایت کرد»: the noun of the light verb is no part of the name.
        #expect(Fixture.person(r, named: "میثم طرح") == nil)
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("round 35: a story's characters and a glued «بهنام» are named by no cue of one person")
    func storiesAndGluedGivenName() {
        #expect(Fixture.extract("این فیلم داستان دختری به نام مهسا را به تصویر می کشد که در رشته پزشکی درس می خواند.").people.isEmpty)
        #expect(Fixture.extract("روستایی به نام حسن آباد در این منطقه قرار دارد.").people.isEmpty)
        let glued = Fixture.extract("بهنام محمدی گفت: کار ادامه دارد.")
        #expect(glued.people.map(\.name) == ["بهنام محمدی"])
        // «زاده شد» (was born) after the given name is the verb, not a surname written apart.
        let born = Fixture.extract("در آن سال کودکی به نام قاسم زاده شد.")
        #expect(born.people.map(\.name) == ["قاسم"], "\(born.people.map(\.name))")
    }
}
