extension Coreferencer {
    /// An office key without the nation written after its body: «رئیس سازمان بهزیستی کشور» is the «رئیس سازمان
    /// بهزیستی» the same article names beside its holder. «کشور» after a listed body is either read as a place
    /// (key «…@national:کشور») or is part of a listed name of its own («سازمان بهزیستی کشور» beside «سازمان
    /// بهزیستی» in named-institutions.txt); the second is dropped only when the name without it is listed too, so
    /// «وزارت کشور» and «دیوان عالی کشور» keep their word. In the Fars and Hamshahri dev corpora 234 articles write
    /// an office with «کشور» after its body (48 + 186), 19 of them the same office also without it (4 + 15).
    /// Read on the key's UTF-8 bytes, as `officeKey` is (it is asked of every role by several rules).
    func withoutNation(_ key: String) -> String {
        let bytes = key.utf8
        let nation = "@national:کشور".utf8
        if bytes.count > nation.count, bytes.suffix(nation.count).elementsEqual(nation) {
            return String(Substring(bytes.dropLast(nation.count)))
        }
        let word = "کشور".utf8
        guard bytes.count > word.count, bytes.suffix(word.count).elementsEqual(word) else { return key }
        let body = bytes.dropLast(word.count)
        // The listed body's own key: after the role's «/» (or the whole key of a body's key).
        let start = body.lastIndex(of: UInt8(ascii: "/")).map { body.index(after: $0) } ?? body.startIndex
        guard start < body.endIndex, context.rules.contains(.namedInstitutions, key: String(Substring(body[start...]))) else { return key }
        return String(Substring(body))
    }
}
