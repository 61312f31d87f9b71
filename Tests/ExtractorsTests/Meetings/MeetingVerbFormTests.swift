import Testing
@testable import Extractors

/// The tenses and light verbs of the meeting verb (`meeting.frame.verb` in meeting-frames.txt): the perfect and
/// pluperfect «دیدار کرده است|بود», «دیدار|ملاقات داشت» and the singular «با Y گفت‌وگو کرد» report a meeting held
/// like «دیدار کرد»; the subjunctive and a phone call do not.
@Suite("Meeting verb forms: perfect, pluperfect, «دیدار داشت», «گفت‌وگو کرد»")
struct MeetingVerbFormTests {
    @Test("the perfect «با Y دیدار کرده است» pairs the subject with Y")
    func perfect() {
        let r = Fixture.extract("حسن کریمی وزیر امور خارجه روز جمعه به توکیو سفر کرده و با رضا صادقی سفیر ژاپن دیدار کرده است.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "رضا صادقی"]])
        #expect(r.meetings.map(\.rule) == ["meeting.frame.verb"])
    }

    @Test("the pluperfect in a relative clause «X که پیشتر با Y ملاقات کرده بود» pairs them")
    func pluperfect() {
        let r = Fixture.extract("حسن کریمی وزیر امور خارجه که پیشتر در آنکارا با رضا صادقی سفیر ژاپن ملاقات کرده بود، گفت: روابط خوب است.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "رضا صادقی"]])
    }

    @Test("the light verb «با Y دیدار داشت» pairs the subject with Y")
    func lightVerb() {
        let r = Fixture.extract("حسن کریمی وزیر امور خارجه دیروز در تهران با رضا صادقی سفیر ژاپن دیدار داشت.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "رضا صادقی"]])
    }

    @Test("the singular «با Y گفت‌وگو کرد» pairs the subject with Y")
    func talkedWith() {
        let r = Fixture.extract("حسن کریمی وزیر امور خارجه همچنین با رضا صادقی سفیر ژاپن نیز گفت‌وگو کرد.")
        #expect(Fixture.metNames(r) == [["حسن کریمی", "رضا صادقی"]])
    }

    @Test("a phone conversation «تلفنی گفت‌وگو کرد» is no meeting")
    func phoneCall() {
        let r = Fixture.extract("حسن کریمی وزیر امور خارجه شب گذشته با رضا صادقی وزیر خارجه ژاپن تلفنی گفت‌وگو کرد.")
        #expect(r.met.isEmpty)
    }

    @Test("the subjunctive «دیدار داشته باشد» is no trigger")
    func subjunctive() {
        let r = Fixture.extract("بعید است حسن کریمی وزیر امور خارجه با رضا صادقی سفیر ژاپن دیدار داشته باشد.")
        #expect(r.met.isEmpty)
    }
}
