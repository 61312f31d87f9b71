/// «بازیکنانی همچون ناظری، سخاوی، چوگان، پورقاز، دوجی، عیدی …», «بازیگرانی چون ترانه علیدوستی، هنگامه قاضیانی …»:
/// people named as examples of a kind (exemplar-nouns.txt: a noun of people, then a cue of comparison). The list's
/// context vouches for names no surname list holds: foreign players, surnames written alone.
extension NameRecognizer {
    /// The most items an exemplar list is read over, and the most tokens between an item and the list's cue.
    static let exemplarItems = 12
    static let exemplarReachTokens = 48

    /// The item of an exemplar list that starts at token `i` (`person.exemplar-list`): one to three words no closed
    /// lexicon holds (no stop word, place, head of a phrase, outlet, listed body or everyday word but a listed name),
    /// right after the cue or after «،», «و» or «یا» inside the list, ending at a separator, a quote, punctuation or
    /// a stop word. Names the other rules read come first (`name(at:)` asks this last).
    func exemplarItem(at i: Int) -> NameSpan? {
        guard context.hasExemplarList != false, i < context.tokenCount else { return nil }
        let lists = context.exemplarLists(reach: Self.exemplarReachTokens)
        guard lists.inReach[i], context.isContent[i], isExemplarWord(i), opensExemplarItem(i, cueEnds: lists.cueEnds) else { return nil }
        let end = context.sentenceEnd(i)
        var e = i + 1
        while e < end, e - i < 3, isExemplarWord(e), context.onlySpaceBetween(e - 1, e) { e += 1 }
        // The item ends at the list's punctuation or «و»/«یا», or before a function word («… و نکونام را بشناسد»); a
        // plural before a cue of its own opens another list («… و سردارانی همچون «حاج قاسم»»).
        guard e >= end || !context.isWord(e) || context.isStopWord(e),
              !(e < end && context.match(.exemplarNouns, at: e)?.entry["kind"] == "cue") else { return nil }
        return NameSpan(tokens: i..<e, nameTokens: i..<e, surnameTokens: (e - 1)..<e, titles: [], rule: RuleID.personExemplarList.rawValue)
    }

    /// A word that may be part of an exemplar item's name.
    private func isExemplarWord(_ k: Int) -> Bool {
        guard k < context.tokenCount, context.isWord(k), !context.isStopWord(k), !context.isPlaceName(k),
              !context.lists(.exemplarNouns, k) else { return false }
        if context.lists(.surnames, k) || context.lists(.givenNames, k) || context.lists(.publicFigures, k) { return true }
        return context.isNameWord(k) && !context.lists(.everydayWords, k) && context.matchLength(.media, at: k) == nil
            && context.matchLength(.mediaHeads, at: k) == nil
    }

    /// True when token `i` opens an item of an exemplar list: right after the cue (past an opening quote), or after a
    /// separator with only earlier items back to the cue. `cueEnds`: where the document's cues end
    /// (`DocumentContext.exemplarLists`).
    private func opensExemplarItem(_ i: Int, cueEnds: Set<Int>) -> Bool {
        let start = context.sentenceStart(i)
        var p = i - 1
        if p >= start, context.isPunctuation(p, "«\"“") { p -= 1 }
        guard p >= start else { return false }
        if cueEnds.contains(p) { return true }
        guard context.isComma(p) || context.isAnd(p) || context.isKey(p, "یا") else { return false }
        var items = 0
        var k = p - 1
        while k >= start, i - k <= Self.exemplarReachTokens, items <= Self.exemplarItems {
            if cueEnds.contains(k) { return true }
            if context.isComma(k) || context.isAnd(k) || context.isKey(k, "یا") { items += 1; k -= 1; continue }
            if context.isPunctuation(k, "«»\"“”") { k -= 1; continue }
            // An earlier item's words: a name the rules read, or words of an item as this one is.
            guard context.isWord(k), !context.isStopWord(k) || context.matchLength(.titles, at: k) != nil else { return false }
            k -= 1
        }
        return false
    }
}
