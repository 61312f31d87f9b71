/// «معاون وزیر نفت در امور پتروشیمی», «مشاور رئیس جمهور در امور خاورمیانه»: a deputy or an adviser of another office
/// names the affairs they hold after it, with «در امور» and one word (a modifier of role-modifiers.txt is read whole:
/// «در امور بین‌الملل»). 25 such phrases after «معاون/مشاور/نماینده ویژه» and an office in the Fars News and Hamshahri
/// development corpora (19 «معاون», 5 «مشاور»); affairs of several words («در امور خاور نزدیک و جنوب آسیا») are left
/// out rather than cut.
extension PhraseRecognizer {
    /// The end of «در امور WORD» at `j`, and its key, after a role whose head is marked `portfolio=yes`.
    func portfolio(at j: Int, end: Int) -> (end: Int, key: String)? {
        guard j + 2 < end, context.lists(.locativePrepositions, j), context.isKey(j + 1, "امور") else { return nil }
        let k = j + 2
        let length: Int
        if let m = context.matchLength(.roleModifiers, at: k) {
            length = m
        } else if context.isWord(k), !context.isStopWord(k), context.matchLength(.roleHeads, at: k) == nil,
                  context.matchLength(.speechVerbs, at: k) == nil {
            // Any content word: «پتروشیمی» is also an institution head, «افغانستان» a place.
            length = 1
        } else {
            return nil
        }
        // «در امور محیط زیست», «در امور خاور نزدیک»: affairs of several words are not cut to their first one; the phrase
        // must end after the word (punctuation, a function word such as «و», a verb of speech).
        let e = k + length
        guard e >= end || !context.isWord(e) || context.isStopWord(e) || context.matchLength(.speechVerbs, at: e) != nil
                || context.matchLength(.speechParticiples, at: e) != nil else { return nil }
        return (e, "امور" + (k..<e).map { context.key($0) }.joined())
    }
}
