import Testing
@testable import Extractors

/// Issue 16, round 34: the agent of a passive clause («توسط X و Y … اهدا شد») in a sentence that points back to a
/// ceremony («در ادامه این مراسم», «این مراسم با … به پایان رسید») handed out its prizes there and so was at it
/// (`MeetingDetector.passiveAgent`). In the two dev corpora: 3 records, the pairs of three ceremonies.
@Suite("Meetings: the agent of a passive clause at a ceremony the sentence points back to")
struct CeremonyAgentTests {
    @Test("«در ادامه این مراسم تندیس … توسط X و Y … اهدا شد» joins X and Y to the ceremony")
    func agentsJoinTheCeremony() {
        let text = """
            در برنامه بزرگداشت فیلم، علی رضایی به همراه محمدعلی ابطحی و جمعی از هنرمندان حضور داشتند.
            در ادامه این مراسم تندیس ویژه موزه سینما، توسط عزت‌الله انتظامی و مهندس مهدی سلیمی به تهیه کننده فیلم اهدا شد.
            """
        let r = Fixture.extract(text)
        let met = Fixture.metNames(r)
        #expect(met.contains(["عزت‌الله انتظامی", "مهدی سلیمی"]), "\(met)")
        #expect(met.contains(["محمدعلی ابطحی", "مهدی سلیمی"]), "\(met)")
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("no back-reference, no join: «جوایز توسط X اهدا شد» alone names no ceremony")
    func noBackReference() {
        let r = Fixture.extract("""
            مراسم تودیع با حضور محمد رضایی استاندار کرمان برگزار شد.
            جوایز مسابقات ورزشی هفته گذشته توسط علی احمدی اهدا شد.
            """)
        #expect(!Fixture.metNames(r).contains { $0.contains("علی احمدی") }, "\(Fixture.metNames(r))")
    }

    @Test("a match is no ceremony: «در این دیدار … توسط X به ثمر رسید» joins no one")
    func goalsInAMatch() {
        let r = Fixture.extract("""
            تیم استقلال امروز با پرسپولیس دیدار کرد.
            در این دیدار گل‌های استقلال توسط علی احمدی به ثمر رسید.
            """)
        #expect(!Fixture.metNames(r).contains { $0.contains("علی احمدی") }, "\(Fixture.metNames(r))")
    }
}
