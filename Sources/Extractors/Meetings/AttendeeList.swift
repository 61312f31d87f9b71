/// «در این نشست که X و Y حضور داشتند»، «علاوه بر رئیس جمهور مسئولان دیگری همچون X، Y و Z حضور دارند»: the
/// people an attendance verb (`meeting.frame.attend`, `parties=list-before`) reports as present. The list is
/// rarely the sentence's subject (a relative clause, an «علاوه بر …» opener or a «همچون» stand before it), and
/// its items carry long roles the role grammar reads only in part («آیت‌الله خزعلی رئیس بنیاد بین المللی غدیر»,
/// «سرپرست سازمان اوقاف و نماینده ولی فقیه در این سازمان»), so it is read from the verb back: participant slots,
/// «،»، «و»، «همچنین», parentheses and runs of at most `object-skip` + 5 words between them that hold no stop
/// word but «در»، «این», «نیز» and the first halves of two compounds of roles, «بین المللی» and «ولی فقیه» (a
/// role's complement, «در این مراسم»), and a closing group «و برخی دیگر از مسئولان» (`inPartitive`). Anything else (a verb, «که», «با», «همچون», a report of speech) ends the
/// list, and so does a reach of 12 × `with-lookback` tokens: «تیم‌های X و Y با هم … حضور داشتند» has no people.
extension MeetingDetector {
    /// The participant slots the attendance verb at `k` reports (none when no person is among them).
    func attendeeList(before k: Int, in sentence: Sentence, _ slotAt: [Int: Slot]) -> [Slot] {
        let lower = max(sentence.tokens.lowerBound, k - context.limits.withLookback * 12)
        var slotEnding: [Int: Slot] = [:]
        for j in lower..<k { if let slot = slotAt[j], slot.tokens.upperBound <= k { slotEnding[slot.tokens.upperBound] = slot } }
        let maxRun = context.limits.objectSkip + 5
        var found: [Slot] = []
        var j = k
        var run = 0
        while j > lower {
            if let slot = slotEnding[j], slot.tokens.lowerBound >= lower { found.append(slot); j = slot.tokens.lowerBound; run = 0; continue }
            // «… دایی و فرخزادی به نمایندگی از تیم پرسپولیس و حسین قریب …»: the side a run of attendees came for, said
            // after the run, is no attendee and ends no list.
            if let a = affiliationTail(endingAt: j, lower: lower, slotEnding) { j = a; run = 0; continue }
            let t = j - 1
            if context.isComma(t) || context.isAnd(t) || context.isKey(t, "همچنین") || context.isPunctuation(t, "()«»\"") {
                run = 0; j = t; continue
            }
            guard run < maxRun, context.isWord(t), context.matchLength(.speechVerbs, at: t) == nil,
                  !context.isStopWord(t) || context.lists(.locativePrepositions, t) || context.isDeicticDeterminer(t)
                    || context.lists(.additiveParticles, t) || inRoleCompound(t) || inPartitive(t) else { break }
            run += 1; j = t
        }
        // «در این مراسم معنوی و حسینی، X، Y …»: a first item joined by «و» to a word outside any slot is that
        // word's fellow (an adjective a name rule took for a surname), not an attendee.
        if let first = found.last, found.count > 1, first.tokens.lowerBound >= 2, context.isAnd(first.tokens.lowerBound - 1),
           context.isWord(first.tokens.lowerBound - 2), slotEnding[first.tokens.lowerBound - 1] == nil {
            found.removeLast()
        }
        guard found.contains(where: { if case .group = $0.reference { return false }; return true }) else { return [] }
        return found.reversed()
    }

    /// The start of an affiliation tail that ends at `j`: «از» or «به نمایندگی از» right after an attendee (a person's
    /// slot ends there) and one to four words of no function after it, the side the attendees before it came for
    /// («… فرخزادی به نمایندگی از تیم پرسپولیس و …», «… ساعدی و قلعه نویی به نمایندگی از استقلال حضور داشتند», «X از
    /// ایران، Y از عراق و …»). The walk goes on to the attendee before it. Nil for anything else: a partitive «از»
    /// (`inPartitive`) is read as the group it closes.
    private func affiliationTail(endingAt j: Int, lower: Int, _ slotEnding: [Int: Slot]) -> Int? {
        guard j - 1 > lower, context.isWord(j - 1), !context.isStopWord(j - 1) else { return nil }
        var a = j - 1
        while a > lower, j - a <= 4, !context.isKey(a, "از") {
            guard context.isWord(a), !context.isStopWord(a), context.matchLength(.speechVerbs, at: a) == nil else { return nil }
            a -= 1
        }
        guard a > lower, context.isKey(a, "از"), a + 1 < j, !inPartitive(a) else { return nil }
        var start = a
        if a - 2 > lower, context.isKey(a - 1, "نمایندگی"), context.isKey(a - 2, "به") { start = a - 2 }
        guard let slot = slotEnding[start], case .person = slot.reference else { return nil }
        return start
    }

    /// «بین المللی»، «ولی فقیه»: a stop word («بین», «ولی» "but") that is the first half of a compound common in
    /// roles («رئیس بنیاد بین المللی غدیر», «نماینده ولی فقیه در این سازمان»).
    private func inRoleCompound(_ t: Int) -> Bool {
        context.isKey(t, "بین") && context.isKey(t + 1, "المللی") || context.isKey(t, "ولی") && context.isKey(t + 1, "فقیه")
    }

    /// «… مهدی کروبی و برخی دیگر از مسئولان لشکری و همچنین جمع زیادی از مردم حضور داشتند»: the stop words of a
    /// group that closes the list («برخی»، «دیگر»، «سایر»، «بسیاری», «جمع» before «زیادی/کثیری/از», and an «از»
    /// right after such a quantifier or after «جمعی/تعدادی/شماری/عده/زیادی», or a delegation's «هیاتی (عالیرتبه) از»:
    /// partitive-words.txt). Any other «از» («به نمایندگی از Y») still ends the list.
    private func inPartitive(_ t: Int) -> Bool {
        if context.isKey(t, "از") { return t > 0 && context.lists(.partitiveWords, t - 1) }
        if context.isKey(t, "جمع") { return ["زیادی", "کثیری", "از"].contains { context.isKey(t + 1, $0) } }
        return context.lists(.partitiveWords, t) && context.rules.entry(.partitiveWords, key: context.key(t))?["quantifier"] == "yes"
    }

    /// True when every cue that cancels the sentence's meetings (`ClauseReader.cancelsMeeting`) is itself the
    /// trigger of a `joins-near` frame: the present «حضور دارند» announces an event in most articles (a plan cue
    /// of non-meeting-cues.txt) but lists who is there in a report written while the event runs («… با حضور X
    /// آغاز شد. … مسئولان دیگری همچون Y و Z حضور دارند»). The detector then lets only that frame read the
    /// sentence, and only to join a meeting reported as held just before.
    func cancelledOnlyByAttendance(_ sentence: Sentence) -> Bool {
        let limit = min(sentence.tokens.upperBound, context.quoteStart[sentence.tokens.lowerBound])
        var any = false
        for k in sentence.tokens.lowerBound..<max(sentence.tokens.lowerBound, limit) {
            guard let cue = context.match(.nonMeetingCues, at: k), !NonMeetingCue.keepsMeeting(cue.entry["kind"]) else { continue }
            guard let trigger = context.match(.meetingTriggers, at: k), trigger.length == cue.length,
                  let id = trigger.entry["frame"], context.frames[id]?.joinsNear == true else { return false }
            any = true
        }
        return any
    }

    /// True when a trigger at `j` can open a frame there: a `deictic=only` noun needs «این» before it, so «بصورت
    /// ویدئو کنفرانس» inside a participant's tail does not cut a list short.
    func opensFrame(at j: Int) -> Bool {
        guard let trigger = context.match(.meetingTriggers, at: j) else { return false }
        guard let id = trigger.entry["frame"], context.frames[id]?.deicticOnly == true else { return true }
        return j > 0 && context.isDeicticOrGlued(j - 1)
    }

    /// The number of content sentences strictly between sentences `a` and `b` (indices, `a` < `b`).
    func contentSentences(between a: Int, and b: Int) -> Int {
        guard a + 1 < b else { return 0 }
        return context.text.sentences[(a + 1)..<b].filter(\.isContent).count
    }
}
