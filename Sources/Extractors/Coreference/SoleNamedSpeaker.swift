/// The lead's office and the one name the report quotes: «دبیر کل اتحادیه عرب از … خبر داد. … به گفته "عمرو موسی"،
/// … . … عمرو موسی در این باره گفت …» (`coref.sole-speaker`).
extension Coreferencer {
    /// An unnamed role-holder that opens the article's lead as the speaking subject (no «نیز» after it) is the one
    /// named person the article quotes — the only named subject of a report of speech anywhere after the lead — when
    /// that person holds no office in the article and no other unnamed holder speaks. The speaker chain
    /// (`chainSpeakers`) looks for the name within three sentences of the office; a report that cites the speaker
    /// first in passing («به گفته …», «به نقل از …»), or names them only under a headline that wrote the surname
    /// alone, names them further down, and as the only voice of the report they are the office's holder. A second
    /// speaker, an office of the name's own, a second unnamed speaker, the name announced with «نیز» or the office
    /// speaking again before the name leaves the office unnamed: the report quotes more than one person then, and
    /// the office may be anyone's.
    mutating func mergeSoleNamedSpeaker() {
        let subjectOf = subjects()
        let content = context.text.sentences.filter(\.isContent).map(\.index)
        // The lead's subject first: an unnamed holder that speaks there, or nothing to give (most articles; the
        // readings below look at every sentence).
        guard let lead = content.first(where: { !isHeadlineLine($0) }), let leadSlot = subjectOf[lead],
              case .person(let leadHolder) = leadSlot.reference, persons[live(leadHolder)].unnamed,
              isSpeakerSubject(leadSlot.tokens) else { return }
        var unnamedSpeakers = Set<Int>()
        var namedSpeakers = Set<Int>()
        // A sentence after the lead that reports the speech of a subject no rule read (not a pronoun): a speaker the
        // name rules missed («دکتر ریاض غیرتمند گفت», «ریاض» read as the city) may be the office's holder.
        var unreadSpeakerFirst = false
        // The office speaking again before the name (a report that keeps calling its speaker by office, then names
        // someone «در حاشیه سفر …»), or the name announced with «نیز», says the name is a second voice.
        var officeAgainFirst = false
        var announcedAsSecond = false
        for s in content {
            if s > lead, namedSpeakers.isEmpty, subjectOf[s] == nil, openerSpeaker(in: s) == nil, speaksUnread(s) { unreadSpeakerFirst = true }
            // A speaker announced with «نیز» is a voice too: a second one, which keeps the office from the first.
            guard let slot = subjectOf[s] ?? openerSpeaker(in: s), case .person(let p0) = slot.reference,
                  isSpeakerSubject(slot.tokens) || subjectOf[s] == nil else { continue }
            let p = live(p0)
            if persons[p].unnamed {
                if s > lead, p == live(leadHolder), namedSpeakers.isEmpty { officeAgainFirst = true }
                unnamedSpeakers.insert(p)
            } else if s > lead {
                if context.lists(.additiveParticles, slot.tokens.upperBound) { announcedAsSecond = true }
                namedSpeakers.insert(p)
            }
        }
        let u = live(leadHolder)
        guard !unreadSpeakerFirst, !officeAgainFirst, !announcedAsSecond, unnamedSpeakers == [u], namedSpeakers.count == 1,
              let p = namedSpeakers.first, persons[p].roleKeys.isEmpty,
              !context.lists(.additiveParticles, leadSlot.tokens.upperBound),
              // The name stands nowhere in the lead: a person named beside the office there is someone else.
              !persons[p].mentions.contains(where: { context.sentenceOfToken[$0.tokens.lowerBound] == lead }) else { return }
        merge(u, into: p, rule: RuleID.corefSoleSpeaker.rawValue)
    }

    /// True when content sentence `s` reports one person's speech (a singular verb) and its subject is a word no rule
    /// took: no pronoun, no function word («در پی …» opens no subject), and no person's or group's mention starts
    /// within its first three words (a name read short, «علی‌آقا فرهادی» read as «فرهادی», is read).
    private func speaksUnread(_ s: Int) -> Bool {
        let sentence = context.text.sentences[s]
        let k = clauses.subjectStart(sentence)
        guard k < sentence.tokens.upperBound, context.isWord(k), !context.isStopWord(k),
              !found.pronouns.contains(where: { $0.lowerBound == k }),
              !slots.contains(where: { (k..<(k + 3)).contains($0.tokens.lowerBound) }) else { return false }
        return clauses.speechVerb(sentence, from: k + 1).map { $0["plural"] != "yes" } ?? false
    }
}
