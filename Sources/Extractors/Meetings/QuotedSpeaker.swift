/// A further speaker reported with a bare «X نیز گفت» («مدیرکل بازرگانی استان نیز گفت: …»): the speech verb right
/// after the additive particle, or after a word of statement-settings.txt that sets the statement apart (another
/// audience «نیز در جمع بازاریان …», an interview «نیز در گفت‌وگو با ایسنا», a day «نیز دیروز») with no meeting word
/// after it before the verb. Other words there («نیز در این مراسم», «نیز طی سخنانی», «نیز با اشاره به …», «نیز
/// خطاب به وزیر») leave the speech tied to the event.
///
/// Such a speaker is only quoted in the report; the text places them at the meeting only while the report is still
/// about it. `MeetingDetector` joins a bare speaker to the meeting only when at most `quoted-speaker-reach`
/// (phrase-limits.txt) content sentences lie between the meeting's last report and the speaker's sentence. Past that
/// the first speaker's own quotes have run on and the bare speaker is another statement of the same article
/// (on the two dev corpora, 32 «نیز» joins, 16 of them bare: the 8 past the reach all wrong — the Mashhad mayor
/// beside a Turkish delegation's visit, a charity head beside a ceremony, a roundup of Bam; of the 7 within it 4
/// right, 1 wrong, 2 judged both ways by the audits; one after «در ادامه» is the session's next speaker).
/// The tenth round (the judged audits of seeds 1204–1212): Tehran's police chief «نیز در جمع بازاریان» joined a student
/// session and the German UN ambassador «نیز دیروز گفت» a Security Council session, both far past the reach.
struct QuotedSpeaker {
    let context: DocumentContext

    /// True when the speech verb follows the first additive particle in `range` right away, or follows a setting of
    /// its own (statement-settings.txt) that opens right after the particle, with no meeting trigger between (before
    /// `limit`, where quoted speech starts): «نیز امروز در این جلسه گفت» names the meeting and is not bare.
    func isBare(particleIn range: Range<Int>, limit: Int) -> Bool {
        guard let particle = range.first(where: { context.lists(.additiveParticles, $0) }), particle + 1 < context.tokenCount else { return false }
        if context.match(.speechVerbs, at: particle + 1) != nil { return true }
        guard let setting = context.matchLength(.statementSettings, at: particle + 1) else { return false }
        var j = particle + 1 + setting
        while j < limit {
            if context.match(.speechVerbs, at: j) != nil { return true }
            if context.match(.meetingTriggers, at: j) != nil || context.isDeicticOrGlued(j) { return false }
            j += 1
        }
        return false
    }
}
