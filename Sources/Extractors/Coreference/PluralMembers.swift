extension Coreferencer {
    /// «… علیرضا تابش، حسن خجسته و ابراهیم داروغه زاده به عنوان اعضای شورای سیاست گذاری جشنواره فیلم فجر منصوب شدند»,
    /// «"سرگئی لاوروف" و "جان کری" وزیران خارجه روسیه و آمریکا», «سلیمانی از کارشناسان سازمان تربیت بدنی بوده»: an office
    /// named by its plural (`RecognizedMentions.pluralOffices`) right after the names of its holders is each holder's role,
    /// written as the text writes it (docs/annotation.md: «each distinct phrasing its own entry»). What may stand between:
    ///
    /// - a list of two names or more, joined by «،» and «و», with the office right after the last (an apposition or a
    ///   predicate: «… اعضای هیات انتخاب جشنواره هستند»), or after «به عنوان»;
    /// - one name or more and a partitive «از» («یکی از», «از جمله»), when the office is a description of them: a comma
    ///   before «از», «یکی از», «از جمله», or after the office a comma, a closing bracket or a copula (`isDescription`).
    ///   «بشار اسد از فرماندهان حماس … خواست» asks the commanders something; they are no office of his.
    ///
    /// A complete office in the singular after a count that equals the list's length is each name's too («X و Y دو
    /// بازیکن تیم ملی …»). Run last, on the merged people and the pronouns resolved («او از بنیانگذاران شرکت …»).
    mutating func linkPluralMembers() {
        // The person slot that ends before each token.
        var personEndingAt: [Int: Slot] = [:]
        for slot in slots { if case .person = slot.reference { personEndingAt[slot.tokens.upperBound] = slot } }
        // «"زین الدین زیدان" و "لیلیان تورام" دو بازیکن تیم ملی فوتبال فرانسه»: an office after a count of its holders
        // (district-numbers.txt's number words, or digits) right after a list of that many names is each one's.
        // A complete office only: «دو عضو 7 ساله», «دو مدافع» say what the two are in the story, no office.
        for role in found.roles where role.complete {
            let k = role.tokens.lowerBound - 1
            guard k > 0, let count = context.numberValue(at: k).flatMap({ Int($0) }), count >= 2, let (holders, needsDescription) = holdersBefore(k),
                  !needsDescription, holders.count == count else { continue }
            for p in Set(holders.map(live)).sorted() where !persons[p].memberOffices.contains(role) {
                persons[p].memberOffices.append(role)
            }
        }
        for start in found.pluralOffices.keys.sorted() {
            // «… بازیکنان این تیم را تشکیل می‌دهند»: the plural is the object of the clause, no description of them.
            guard let office = found.pluralOffices[start], !context.isKey(office.tokens.upperBound, "را"),
                  let (holders, needsDescription) = holdersBefore(start),
                  !needsDescription || isDescription(after: office.tokens.upperBound) else { continue }
            for p in Set(holders.map(live)).sorted() where !persons[p].memberOffices.contains(office) {
                persons[p].memberOffices.append(office)
            }
        }

        /// The people named right before the office at `k`, and whether the words after the office must say that it
        /// describes them (a bare «از» between: `isDescription`). Nil when no name is there, or one name with nothing
        /// between it and the plural.
        func holdersBefore(_ k: Int) -> (holders: [Int], needsDescription: Bool)? {
            var j = k
            // `single`: «یکی از» says one holder, the name right before it.
            var partitive = false, described = false, single = false
            if j >= 2, context.isKey(j - 1, "عنوان"), context.isKey(j - 2, "به") {
                j -= 2; described = true
            } else if j >= 2, context.isKey(j - 1, "جمله"), context.isKey(j - 2, "از") {
                j -= 2; described = true
            } else if j >= 1, context.isKey(j - 1, "از") {
                j -= 1; partitive = true
                if j >= 1, context.isKey(j - 1, "یکی") { j -= 1; described = true; single = true }
            }
            // «… (نمایندگان یونیکا …)», «"جان کری" وزیران خارجه …», «سلیمانی، از کارشناسان …»: commas, brackets and
            // quotes between (a name's slot may hold its closing quote or not).
            var commaBefore = false
            func slotEnding(near end: Int) -> Slot? {
                var q = end
                while true {
                    if let slot = personEndingAt[q] { return slot }
                    guard q > 0, context.isPunctuation(q - 1, "،,(«»\"“”") else { return nil }
                    if context.isComma(q - 1) { commaBefore = true }
                    q -= 1
                }
            }
            guard let lastSlot = slotEnding(near: j), case .person(let last) = lastSlot.reference, !isCited(lastSlot) else { return nil }
            // «سلیمانی، از کارشناسان …» is a description; «X و Y، اعضای کمیسیون ضمن …» may open the next clause.
            let bareComma = commaBefore && !partitive && !described
            if partitive && commaBefore { described = true }
            var holders = [last]
            // The list before the last name: names joined by «،» or «و», each perhaps in quotes; not a name only cited
            // («به گفته رضاداد، X، Y و Z از اعضای …»).
            var start = lastSlot.tokens.lowerBound
            while !single {
                var t = start
                while t > 0, context.isPunctuation(t - 1, "«»\"“”") { t -= 1 }
                guard t > 0, context.isComma(t - 1) || context.isAnd(t - 1) else { break }
                guard let slot = slotEnding(near: t - 1), case .person(let p) = slot.reference, !isCited(slot) else { break }
                holders.append(p)
                start = slot.tokens.lowerBound
            }
            // A name alone right before a plural is no holder of it unless «از» or «به عنوان» says so.
            guard partitive || described || holders.count > 1 else { return nil }
            return (holders, partitive && !described || bareComma)
        }

        /// True when a citation cue («به گفته», «به دستور») stands right before the slot: the person is cited, no holder.
        func isCited(_ slot: Slot) -> Bool { context.citationCueEnds(before: slot.tokens.lowerBound, words: 1...3) }
    }

    /// True when the words after an office at `end` make it a description of the name before it: a comma, a closing
    /// bracket, or a copula (stop-words.txt `copula=yes`) within three words. Not a verb that takes «از» for its object:
    /// «بشار اسد از فرماندهان حماس در دمشق خواست», «آیت‌الله سیستانی از رهبران احزاب … خواست».
    private func isDescription(after end: Int) -> Bool {
        guard end < context.tokenCount else { return true }
        if context.isComma(end) || context.isPunctuation(end, ")") { return true }
        // «… از اعضای هیات انتخاب جشنواره فجر امسال هستند»: the copula may close the clause a word or two later.
        for k in end..<min(end + 3, context.sentenceEnd(end)) {
            guard context.isWord(k) else { return false }
            if context.isCopula(k) { return true }
        }
        return false
    }
}
