/// «وزیر حج این کشور» beside «وزیر حج عربستان سعودی», «رییس جمهور این کشور» beside «رییس جمهور چین»: an office of
/// «این کشور» is the same office of the one foreign country the article writes it with. Read alone, the deictic
/// phrase keeps no country in its key and names the home country's office («رییس جمهور» given to Iran's president,
/// «وزیر حج» a second unnamed person who meets its own holder). On the 6,835 articles of the Fars News and Hamshahri
/// dev corpora 72 write an office before «این کشور», 25 of them the same office with a country too.
extension Coreferencer {
    /// The office key each «این کشور» office stands for, by the role's first token: the key of the one office in the
    /// article that extends its key with a foreign country («…@country:X», «…/country:X»). Offices of two countries
    /// leave it as written.
    static func deicticOffices(_ context: DocumentContext, roles: [RoleSpan]) -> [Int: String] {
        let deictic = roles.filter { $0.complete && !$0.former && followsThisCountry(context, $0) && !isNew(context, $0) }
        guard !deictic.isEmpty else { return [:] }
        // Each current office written with a foreign country, by its key without the country: one pass over the roles,
        // so that an article of thousands of offices stays linear.
        var byBase: [String: Set<String>] = [:]
        for role in roles where !role.former && !isNew(context, role) {
            for marker in ["@country:", "/country:"] {
                guard let range = role.key.range(of: marker, options: .backwards) else { continue }
                let country = String(role.key[range.upperBound...])
                guard !country.contains("@"), !country.contains("/"),
                      context.rules.entry(.countries, key: country)?["home"] != "yes" else { continue }
                byBase[String(role.key[..<range.lowerBound]), default: []].insert(role.key)
            }
        }
        var result: [Int: String] = [:]
        for role in deictic {
            if let extended = byBase[role.key], extended.count == 1 { result[role.tokens.lowerBound] = extended.first }
        }
        return result
    }

    /// A word of a new holder («جدید», former-markers.txt `new=yes`) in the phrase or right after it.
    private static func isNew(_ context: DocumentContext, _ role: RoleSpan) -> Bool {
        (role.headTokens.upperBound...role.tokens.upperBound).contains { context.match(.formerMarkers, at: $0)?.entry["new"] == "yes" }
    }

    /// The role's phrase ends with «این کشور», or «این کشور» follows a head that takes no complement («رییس جمهور»).
    private static func followsThisCountry(_ context: DocumentContext, _ role: RoleSpan) -> Bool {
        let end = role.tokens.upperBound
        let isThisCountry = { (k: Int) in
            k >= 0 && k + 1 < context.tokenCount && context.isDeicticDeterminer(k) && context.isKey(k + 1, "کشور")
        }
        return role.deictic && isThisCountry(end - 2) || isThisCountry(end)
    }
}
