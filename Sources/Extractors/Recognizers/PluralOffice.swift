extension PhraseRecognizer {
    /// «اعضای شورای سیاست‌گذاری جشنواره فیلم فجر», «وزیران خارجه روسیه و آمریکا», «کارشناسان سازمان تربیت بدنی»: a group
    /// whose head is the plural of an office — a role head with a plural ending, or a group noun whose `singular=` names
    /// one (group-nouns.txt) — read as that office is read (its modifiers, complement, post and tenure), the plural as
    /// written. Said after the names of its holders it is each holder's role (`Coreferencer.linkPluralMembers`); nil
    /// when the plural is no office's or nothing follows it («اعضا», «مسئولان» alone name no office).
    func pluralOffice(of group: GroupSpan) -> RoleSpan? {
        let i = group.tokens.lowerBound
        guard let office = singularOffice(at: i), var role = role(at: i, head: office),
              role.tokens.count > 1 else { return nil }
        role.rule = RuleID.rolePluralMember.rawValue
        // «وزیران خارجه روسیه و آمریکا», «دبیران کل فدراسیون فوتبال فرانسه و آلمان»: a plural office is held in each
        // place of a list of places of one level that ends its complement, «و» closing the list. No one body is then the
        // office's (the first place's ministry is not Kerry's), so the phrase keeps no complement, and its key holds every
        // place, as a constituency of several towns does: keyed by the first alone it would be that country's minister's
        // key, which the corpus resolver takes for one office and one holder.
        var place: PlaceSpan?
        switch role.complement {
        case .place(let p): place = p
        case .institution(let inst): place = inst.place
        default: break
        }
        if let first = place, !first.deictic, first.tokens.upperBound == role.tokens.upperBound {
            let end = context.sentenceEnd(i)
            var t = role.tokens.upperBound
            var last = t
            var placeKeys: [String] = []
            while t + 1 < end, context.isComma(t) || context.isAnd(t), let next = places.place(at: t + 1), !next.deictic,
                  next.level == first.level {
                let closes = context.isAnd(t)
                t = next.tokens.upperBound
                placeKeys.append(next.key(level: nil))
                if closes { last = t; break }
            }
            if last > role.tokens.upperBound {
                role.resolvedText += " " + context.text(tokens: role.tokens.upperBound..<last)
                role.tokens = role.tokens.lowerBound..<last
                role.key += placeKeys.map { "+" + $0 }.joined()
                role.complement = nil
            }
        }
        return role
    }

    /// The key of the role head whose regular plural is the word at `i` («داوران» → «داور»): the word's key with a plural
    /// ending of plural-suffixes.txt taken off, when role-heads.txt holds what is left. `group(at:)` makes a group of such a
    /// word, and `pluralOffice(of:)` reads its office.
    func pluralRoleHeadKey(at i: Int) -> String? {
        guard context.mayEndInPluralSuffix(i) else { return nil }
        let k = context.key(i)
        for (suffix, _) in context.pluralSuffixes where k.endsWithBytes(suffix) && k.unicodeScalars.count > suffix.unicodeScalars.count + 2 {
            let stem = String(k.dropLast(suffix.count))
            if context.rules.contains(.roleHeads, key: stem) { return stem }
        }
        return nil
    }

    /// The role head whose plural is written at `i`, with the plural's length in tokens.
    private func singularOffice(at i: Int) -> (length: Int, entry: LexiconEntry)? {
        var singular: (length: Int, key: String)?
        if let noun = context.match(.groupNouns, at: i) {
            guard let s = noun.entry["singular"] else { return nil }
            singular = (noun.length, PersianNormalizer.key(s))
        } else if let stem = pluralRoleHeadKey(at: i) {
            singular = (1, stem)
        }
        guard let singular, var head = context.rules.entry(.roleHeads, key: singular.key).map({ (length: singular.length, entry: $0) }) else { return nil }
        // «وزیران امور خارجه»: the plural of the first word of a head of several words («وزیر امور خارجه») is that head's.
        var key = singular.key
        var k = i + singular.length
        while k < min(i + singular.length + 3, context.tokenCount), context.isWord(k) {
            key += context.key(k)
            k += 1
            if let longer = context.rules.entry(.roleHeads, key: key) { head = (k - i, longer) }
        }
        return head
    }
}
