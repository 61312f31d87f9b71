extension Coreferencer {
    /// «با حضور آیت‌الله هاشمی رفسنجانی:» over «… با حضور رئیس مجمع تشخیص مصلحت نظام، وزیر فرهنگ و ارشاد اسلامی …»:
    /// a national office of office-holders.txt written alone is its holder's when the article names that holder
    /// (`coref.listed-holder`). The news calls the country's best-known officials by office in the lead and names them
    /// in a headline, a kicker or further down, rarely beside the office; left apart, the office is a second, unnamed
    /// person who meets the named one. The holder is the one whose term (`holder=NAME@FROM/UNTIL`) holds the article's
    /// date; the office is not given when no one or more than one listed holder in term is named, when a person of the
    /// article already holds it (an apposition decides), or when someone holds the same office of another country
    /// («کالین پاول وزیر امور خارجه آمریکا»: a bare «وزیر امور خارجه» after it may be his).
    mutating func linkOfficeHolders() {
        for (r, role) in found.roles.enumerated() where roleOwner[r] == nil && role.complete && !role.former {
            // «با رئیس جمهوری، رئیس مجلس و نخست وزیر ترکیه»: an office opening a list shares the country it ends with.
            guard let m = context.match(.officeHolders, at: role.tokens.lowerBound), writtenAlone(role, officeLength: m.length),
                  let names = m.entry["holder"], !opensForeignList(role), !closesUnheldPair(role) else { continue }
            let keys = Set(names.split(separator: ",").compactMap { holderKey(String($0)) })
            let holders = Set(persons.indices.filter { persons[$0].mergedInto == nil && !persons[$0].unnamed && keys.contains(persons[$0].identityKey) }.map(live))
            guard holders.count == 1, let p = holders.first, !heldByAnother(officeKey(role), except: p) else { continue }
            attach(role: r, to: p, rule: RuleID.corefListedHolder.rawValue)
            slots.append(Slot(tokens: role.tokens, reference: .person(p)))
        }
    }

    /// The role is the listed office and nothing more: the entry spells all of it, or what follows the entry is the
    /// home country the office key leaves out («… جمهوری اسلامی ایران») or a word of the home country («کشورمان»).
    private func writtenAlone(_ role: RoleSpan, officeLength: Int) -> Bool {
        let end = role.tokens.lowerBound + officeLength
        guard end < role.tokens.upperBound else { return end == role.tokens.upperBound }
        if role.key != officeKey(role) { return true }
        guard let marker = context.match(.formerMarkers, at: end), marker.entry["home"] == "yes" else { return false }
        return end + marker.length == role.tokens.upperBound
    }

    /// Does the office open a list of offices («،», «و») that ends with another country's office? Then it is that
    /// country's too: «… با رئیس جمهوری، رئیس مجلس و نخست وزیر کشور ترکیه». A list of the home country's offices
    /// («با حضور رئیس مجمع تشخیص مصلحت نظام، وزیر فرهنگ و ارشاد اسلامی …») keeps each office its own.
    private func opensForeignList(_ role: RoleSpan) -> Bool {
        var k = role.tokens.upperBound
        while k < context.tokenCount, context.isComma(k) || context.isAnd(k), let next = roleStartingAt[k + 1] {
            if officeKey(found.roles[next]).contains("country:") { return true }
            k = found.roles[next].tokens.upperBound
        }
        return false
    }

    /// Is the office the second of two joined by «و» whose first no one holds yet? «معاون رئیس جمهوری و رئیس سازمان
    /// تربیت بدنی گفت» may be one speaker's two offices: given alone, the second would leave the first an unnamed
    /// person who meets its holder, so the pair is left to the speaker chain. A first office already held by another
    /// («احمدی‌نژاد رئیس جمهور و وزیر کشور») does not stop it.
    private func closesUnheldPair(_ role: RoleSpan) -> Bool {
        let k = role.tokens.lowerBound - 1
        guard k > 0, context.isAnd(k) else { return false }
        return found.roles.indices.contains { found.roles[$0].tokens.upperBound == k && roleOwner[$0] == nil }
    }

    /// Does a person other than `p` hold `office`, or the same office of another country (a key that extends it)?
    private func heldByAnother(_ office: String, except p: Int) -> Bool {
        persons.indices.contains { q in
            guard q != p, persons[q].mergedInto == nil, live(q) != p else { return false }
            return persons[q].roleKeys.contains { $0 == office || $0.hasPrefix(office + "@") || $0.hasPrefix(office + "/") }
        }
    }
}
