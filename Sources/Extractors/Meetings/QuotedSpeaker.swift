/// A further speaker reported with nothing but «X نیز گفت» («مدیرکل بازرگانی استان نیز گفت: …»): the speech verb
/// right after the additive particle, no word of the event between («نیز در این مراسم»، «نیز طی سخنانی»، «نیز با
/// بیان اینکه …» tie the speech to the event and are not bare).
///
/// Such a speaker is only quoted in the report; the text places them at the meeting only while the report is still
/// about it. `MeetingDetector` joins a bare speaker to the meeting only when at most `quoted-speaker-reach`
/// (phrase-limits.txt) content sentences lie between the meeting's last report and the speaker's sentence. Past that
/// the first speaker's own quotes have run on and the bare speaker is another statement of the same article
/// (on the two dev corpora, 32 «نیز» joins, 16 of them bare: the 8 past the reach all wrong — the Mashhad mayor
/// beside a Turkish delegation's visit, a charity head beside a ceremony, a roundup of Bam; of the 7 within it 4
/// right, 1 wrong, 2 judged both ways by the audits; one after «در ادامه» is the session's next speaker).
struct QuotedSpeaker {
    let context: DocumentContext

    /// True when the speech verb follows the first additive particle in `range` right away.
    func isBare(particleIn range: Range<Int>) -> Bool {
        guard let particle = range.first(where: { context.lists(.additiveParticles, $0) }) else { return false }
        return particle + 1 < context.tokenCount && context.match(.speechVerbs, at: particle + 1) != nil
    }
}
