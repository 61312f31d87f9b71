/// «هنگامه مفید، کارگردان، نویسنده و عروسک‌گردان که …», «مهدی سحابی، مترجم و نویسنده درباره …», «حسین محمدزاده صدیق،
/// زبانشناس و استاد دانشگاه …»: after a name and its comma, a list of offices or trades (each a role phrase, commas
/// between, «و» before the last) that ends where the apposition plainly ends (the sentence's end, punctuation, «که», a
/// report of speech or a word that follows a speaker's name such as «درباره», «در» (speaker-followers.txt), «نیز/هم», a
/// copula) names what that person is, each item one role of the name (docs/annotation.md: a résumé list counts, each
/// phrasing its own entry). One trade alone after the comma and another comma is a list the name does not head («…
/// فعال سیاسی، نویسنده، روزنامه‌نگار …» among others), so a list needs its «و». In the two dev corpora: 2 records, 7
/// roles, all right (round 30).
extension Coreferencer {
    /// The roles of such lists, each with the person slot (index into `slots`) whose name heads it.
    func tradesLists(slotEndingAt: [Int: Int]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for (r, role) in found.roles.enumerated() {
            let start = role.tokens.lowerBound
            guard start > 0, context.isComma(start - 1), let s = slotEndingAt[start - 1] else { continue }
            var items = [r]
            var j = role.tokens.upperBound
            while j + 1 < context.sentenceEnd(start), context.isComma(j), let next = roleStartingAt[j + 1] {
                items.append(next)
                j = found.roles[next].tokens.upperBound
            }
            guard j + 1 < context.sentenceEnd(start), context.isAnd(j), let last = roleStartingAt[j + 1] else { continue }
            items.append(last)
            j = found.roles[last].tokens.upperBound
            guard closesApposition(at: j) else { continue }
            for item in items { result[item] = s }
        }
        return result
    }

    /// True when an apposition may end before token `j`.
    private func closesApposition(at j: Int) -> Bool {
        j >= context.tokenCount || j >= context.sentenceEnd(j - 1) || context.isPunctuation(j, "،,؛.:)!؟?")
            || context.isKey(j, "که") || context.lists(.additiveParticles, j) || context.followsSpeaker(j)
            || context.matchLength(.speechVerbs, at: j) != nil || context.matchLength(.speechParticiples, at: j) != nil
            || context.isCopula(j)
    }
}
