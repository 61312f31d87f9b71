/// «علیرضا گوروئی فرماندار، ابراهیم پیرامون مدیرعامل …», «محمدحسین رجایی سرمربی و سجاد جوذری سرپرست …», «علی دایی
/// کاپیتان خود», «آرش معریان، کارگردان و تدوینگر»: a role head with no complement written right after a name (or its
/// comma) is that person's office as the text
/// gives it (docs/annotation.md: «roles given in apposition, after the name … all count»). It names no office of
/// its own (no institution, no key another holder shares), so it joins the record only as such an apposition, and
/// only where the phrase plainly ends: punctuation, the sentence's end, a report of speech, «و» before a word that
/// is no role head («مدیر و مؤسس شرکت …» is the start of a longer office the grammar did not read), or «را» after
/// «خود/اش». A head followed by any other word is a phrase the grammar stopped short in, not a bare office.
/// A head whose complement is a body's head alone («مدیر باشگاه», «استاد دانشگاه», «نایب رئیس فدراسیون») is such an
/// office too: the body is the one the article is about, as the text gives it.
extension Coreferencer {
    /// True when role `r`, attached to the name that ends right before it (or before its comma), is a bare office of
    /// that name. `slotStarts`: the person slots by first token, for «و» and a name after the office.
    /// `name`: the tokens of the name's slot; `afterComma`: a comma stands between the name and the head.
    func isBareApposition(_ r: Int, slotStarts: [Int: Int], name: Range<Int>, afterComma: Bool) -> Bool {
        let role = found.roles[r]
        guard !role.complete, role.complement == nil || role.hasBareBodyComplement, role.headEntry["holder"] == nil else { return false }
        let start = role.tokens.lowerBound
        // «دکتر داوود رهبر», «دکتر حسام‌الدین امام جمعه»: after titles and a given name alone the head is the surname.
        var k = name.lowerBound
        while k < name.upperBound, let n = context.matchLength(.titles, at: k) ?? context.matchLength(.givenNames, at: k) { k += n }
        guard k < name.upperBound else { return false }
        let e = role.tokens.upperBound
        guard e < context.sentenceEnd(start) else { return true }
        // «دبیر آن خواهد بود»: an office whose complement is the pronoun «آن» ends there (PhraseRecognizer.pronounComplement).
        if role.deictic, role.complement == nil, role.tokens.count > role.headTokens.count { return true }
        // «نویسنده: مهرداد رایانی، کارگردان: نیما دهقان»: a head before a colon labels the name after it (a credit
        // list); «… فعال سیاسی، نویسنده، روزنامه‌نگار»: a comma on both sides is a list of trades.
        // Set off by commas on both sides and followed by no further office («اکبر غمخوار، مدیر باشگاه، بگوویچ، …», «علی
        // احمدی، مدیر باشگاه، گفت»), it is the name's apposition after all.
        if context.isPunctuation(e, ":") { return false }
        if afterComma && context.isComma(e) {
            return e + 1 < context.sentenceEnd(start) && context.isWord(e + 1) && context.matchLength(.roleHeads, at: e + 1) == nil
                && roleStartingAt[e + 1] == nil
        }
        if context.isPunctuation(e, "،,؛.)!؟?") { return true }
        if context.matchLength(.speechVerbs, at: e) != nil || context.matchLength(.speechParticiples, at: e) != nil { return true }
        // «محمدباقر ملائک استاد دانشگاه نیز … می‌گوید»: «نیز» / «هم» (additive-particles.txt) close the subject, as in
        // «معاون شهردار نیز گفت»; no office's field opens with them.
        if context.lists(.additiveParticles, e) { return true }
        // «رجایی سرمربی و سجاد جوذری سرپرستی …»: «و» and the next name of a list; «نویسنده و کارگردان تئاتر»: «و»
        // and a second office complete by itself. Any other word after «و» may still be the office's field
        // («معاون و راهنمایی و رانندگی …», «مسئول و از بنیانگذاران …»).
        if context.isAnd(e) {
            if roleStartingAt[e + 1].map({ found.roles[$0].complete }) == true { return true }
            return slotStarts[e + 1] != nil || context.isPunctuation(e + 1, "«\"“") && slotStarts[e + 2] != nil
        }
        // «سرمربی خود را برکنار کردند»: the object marker after the holder's own office.
        if context.isKey(e, "را"), role.tokens.count > role.headTokens.count,
           context.match(.formerMarkers, at: e - 1)?.entry["home"] == "yes" { return true }
        // «محمود رشیدی رئیس پیشین فدراسیون با حضور در …», «پیروز مجتهدزاده استاد دانشگاه در …»: a head and a body's head
        // alone, then a preposition that opens the predicate.
        if role.complement != nil, role.hasBareBodyComplement,
           context.lists(.locativePrepositions, e) || context.lists(.comitativePrepositions, e) { return true }
        return false
    }
}
