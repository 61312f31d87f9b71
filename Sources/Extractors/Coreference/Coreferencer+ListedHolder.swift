extension Coreferencer {
    /// «رهبر معظم انقلاب اسلامی … حضرت آیت‌الله خامنه‌ای …»: an office with one holder the news never names
    /// beside it (role-heads.txt `holder=`, the holder's names comma separated) is that person's when the article
    /// names them anywhere (`coref.listed-holder`). In the Fars News and Hamshahri development corpora «رهبر (معظم)
    /// انقلاب (اسلامی)» and «مقام معظم رهبری» stand in 88 articles that also name «خامنه‌ای», next to the name in
    /// few of them. Not an office already linked to a name; the office after a body's head («دفتر مقام معظم رهبری»)
    /// is no role at all (PhraseRecognizer.role). The office with the home country («… اسلامی ایران») is the same; with
    /// another country («رهبر انقلاب لیبی») it is another office.
    mutating func linkListedHolders() {
        for (r, role) in found.roles.enumerated() where roleOwner[r] == nil && officeKey(role) == role.headKey {
            guard let names = role.headEntry["holder"] else { continue }
            let keys = Set(names.split(separator: ",").map { PersianNormalizer.key(String($0)) })
            let holders = persons.indices.filter { persons[$0].mergedInto == nil && !persons[$0].unnamed && keys.contains(persons[$0].identityKey) }
            guard let p = holders.first.map(live) else { continue }
            attach(role: r, to: p, rule: RuleID.corefListedHolder.rawValue)
            slots.append(Slot(tokens: role.tokens, reference: .person(p)))
        }
    }
}
