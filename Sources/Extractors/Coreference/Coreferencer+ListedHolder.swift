extension Coreferencer {
    /// «رهبر معظم انقلاب اسلامی … حضرت آیت‌الله خامنه‌ای …»: an office with one holder the news never names
    /// beside it (role-heads.txt `holder=`, the holder's names comma separated) is that person's when the article
    /// names them anywhere (`coref.listed-holder`). In the Fars News and Hamshahri development corpora «رهبر (معظم)
    /// انقلاب (اسلامی)» and «مقام معظم رهبری» stand in 88 articles that also name «خامنه‌ای», next to the name in
    /// few of them. Not an office already linked to a name; the office after a body's head («دفتر مقام معظم رهبری»)
    /// is no role at all (PhraseRecognizer.role). The office with the home country («… اسلامی ایران») is the same; with
    /// another country («رهبر انقلاب لیبی») it is another office.
    ///
    /// The president's bare office («رئیس جمهور», «رئیس جمهور کشورمان») lists the presidents of the corpora's years:
    /// its holder changed, so it goes to a listed name only when the article names exactly one of them, that person
    /// holds no office of another head in the article (2003's mayor «احمدی‌نژاد» is not 2003's president), and no one
    /// else — named, unnamed, or an office of another country («رئیس جمهور ونزوئلا») — holds the head.
    mutating func linkListedHolders() {
        for (r, role) in found.roles.enumerated() where roleOwner[r] == nil && officeKey(role) == role.headKey {
            guard let names = role.headEntry["holder"] else { continue }
            let keys = Set(names.split(separator: ",").compactMap { holderKey(String($0)) })
            let holders = Set(persons.indices.filter { persons[$0].mergedInto == nil && !persons[$0].unnamed && keys.contains(persons[$0].identityKey) }.map(live))
            guard holders.count == 1, let p = holders.first, soleHolder(p, of: role.headKey, except: r),
                  !opensOfficeList(role) else { continue }
            attach(role: r, to: p, rule: RuleID.corefListedHolder.rawValue)
            slots.append(Slot(tokens: role.tokens, reference: .person(p)))
        }
    }

    /// The key of one `holder=` name, or nil when the name carries a term («احمدی‌نژاد@2005-08-03/2013-08-03», ISO
    /// dates, the end left out) that the article's date falls outside of or the article has no date: the president's
    /// bare office of 2004 is not the 2005 president's.
    func holderKey(_ item: String) -> String? {
        let parts = item.split(separator: "@", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return PersianNormalizer.key(item) }
        let term = parts[1].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let date = (context.text.metadata.date ?? context.text.document.date).map({ String($0.prefix(10)) }),
              date.count == 10, date >= term[0], term.count < 2 || term[1].isEmpty || date < term[1] else { return nil }
        return PersianNormalizer.key(parts[0])
    }

    /// A bare office followed by «،» or «و» and another office shares the complement the list ends with: «با رئیس
    /// جمهور، نخست وزیر و وزیر خارجه ترکیه» names Turkey's president, not the article's.
    private func opensOfficeList(_ role: RoleSpan) -> Bool {
        let k = role.tokens.upperBound
        guard k < context.tokenCount, context.isComma(k) || context.isAnd(k) else { return false }
        return found.roles.contains { $0.tokens.lowerBound == k + 1 }
    }

    /// Whether `p` may be the one holder of the head: they hold no office of another head, no other person holds
    /// this head, and no other phrase of this head names an office of its own (another country's) that `p` does not hold.
    private func soleHolder(_ p: Int, of head: String, except r: Int) -> Bool {
        guard persons[p].headKeys.allSatisfy({ $0 == head }) else { return false }
        for q in persons.indices where q != p && persons[q].mergedInto == nil && persons[q].headKeys.contains(head) { return false }
        for (i, other) in found.roles.enumerated() where i != r && other.headKey == head && officeKey(other) != head {
            guard let owner = roleOwner[i], live(owner) == p else { return false }
        }
        return true
    }
}
