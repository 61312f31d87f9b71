@testable import Graph

/// A hand-made corpus of four articles, small enough to know every answer by heart.
///
/// People and meetings (dates are meeting dates):
/// - d1 2021-01-10, Tehran: «علی لاریجانی» (titles دکتر; speaker of parliament) meets
///   «محمد جواد ظریف» (foreign minister).
/// - d2 2021-02-05: «علي لاريجاني» (another spelling, same key) meets «صادق لاریجانی»
///   (head of the judiciary): same surname, another person.
/// - d3 2021-03-01, meeting stated on 2021-02-28: surname-only «ظریف» (foreign minister, so it
///   joins «محمد جواد ظریف») meets «حسن روحانی» (president).
/// - d4 2022-05-01: «حسن روحانی» meets «ابراهیم رئیسی»; an unnamed «استاندار گیلان» is mentioned.
///
/// The met network is a path: صادق — علی — ظریف — روحانی — رئیسی.
enum CorpusFixture {
    static let ali = "علی لاریجانی"
    static let sadegh = "صادق لاریجانی"
    static let zarif = "محمد جواد ظریف"
    static let rouhani = "حسن روحانی"
    static let raisi = "ابراهیم رئیسی"
    static let governorRole = "استاندار گیلان"

    /// Node id of the named person with full-name key `key`.
    static func id(_ key: String) -> String { StableID.make("p_", "person:" + key) }
    /// Node id of the unnamed holder of role `key`.
    static func roleHolderID(_ key: String) -> String { StableID.make("u_", "role:" + key) }

    static func span(_ text: String, at start: Int, sentence: Int = 0) -> Span {
        Span(start: start, end: start + text.unicodeScalars.count, text: text, sentence: sentence)
    }

    static func person(
        _ local: String, _ name: String, key: String, surname: String?, titles: [String] = [],
        role: (text: String, key: String, institution: String?)? = nil, unnamed: Bool = false
    ) -> PersonRecord {
        PersonRecord(
            localID: local, name: name, unnamed: unnamed, titles: titles, nameKey: key, surnameKey: surname,
            roles: role.map {
                [RoleRecord(text: $0.text, key: $0.key, institutionLocalID: $0.institution, span: span($0.text, at: 0))]
            } ?? [],
            mentions: [span(name, at: 10)])
    }

    static func meeting(
        _ local: String, _ participants: [String], sentence: String, at start: Int = 0, date: String? = nil,
        place: String? = nil
    ) -> MeetingRecord {
        MeetingRecord(
            localID: local, trigger: span("دیدار", at: start + 5), sentence: span(sentence, at: start),
            date: date, placeLocalID: place, participants: participants)
    }

    static let speaker = (text: "رئیس مجلس", key: "رئیس مجلس", institution: Optional("i1"))
    static let foreignMinister = (text: "وزیر امور خارجه", key: "وزیر امور خارجه", institution: Optional("i2"))

    static let d1 = DocumentGraph(
        document: DocumentInfo(id: "d1", url: "https://example.org/1", date: "2021-01-10", title: "دیدار", contentHash: "h1"),
        people: [
            person("p1", "علی لاریجانی", key: ali, surname: "لاریجانی", titles: ["دکتر"], role: speaker),
            person("p2", "محمد جواد ظریف", key: zarif, surname: "ظریف", role: foreignMinister),
        ],
        institutions: [
            InstitutionRecord(localID: "i1", name: "مجلس شورای اسلامی", key: "مجلس شورای اسلامی"),
            InstitutionRecord(localID: "i2", name: "وزارت امور خارجه", key: "وزارت امور خارجه"),
        ],
        places: [PlaceRecord(localID: "pl1", name: "تهران", key: "تهران")],
        meetings: [meeting("m1", ["p1", "p2"], sentence: "لاریجانی با ظریف در تهران دیدار کرد.", place: "pl1")])

    static let d2 = DocumentGraph(
        document: DocumentInfo(id: "d2", date: "2021-02-05", contentHash: "h2"),
        people: [
            person("p1", "علي لاريجاني", key: ali, surname: "لاریجانی", role: speaker),
            person("p2", "صادق لاریجانی", key: sadegh, surname: "لاریجانی",
                   role: (text: "رئیس قوه قضاییه", key: "رئیس قوه قضاییه", institution: nil)),
        ],
        institutions: [InstitutionRecord(localID: "i1", name: "مجلس", key: "مجلس شورای اسلامی")],
        meetings: [meeting("m1", ["p1", "p2"], sentence: "دو برادر دیدار کردند.", at: 40)])

    static let d3 = DocumentGraph(
        document: DocumentInfo(id: "d3", date: "2021-03-01", contentHash: "h3"),
        people: [
            person("p1", "ظریف", key: "ظریف", surname: "ظریف", role: foreignMinister),
            person("p2", "حسن روحانی", key: rouhani, surname: "روحانی",
                   role: (text: "رئیس جمهور", key: "رئیس جمهور", institution: nil)),
        ],
        institutions: [InstitutionRecord(localID: "i2", name: "وزارت امور خارجه", key: "وزارت امور خارجه")],
        meetings: [meeting("m1", ["p1", "p2"], sentence: "ظریف با روحانی دیدار کرد.", date: "2021-02-28")])

    static let d4 = DocumentGraph(
        document: DocumentInfo(id: "d4", date: "2022-05-01", contentHash: "h4"),
        people: [
            person("p1", "حسن روحانی", key: rouhani, surname: "روحانی"),
            person("p2", "ابراهیم رئیسی", key: raisi, surname: "رئیسی"),
            person("p3", "استاندار گیلان", key: governorRole, surname: nil,
                   role: (text: "استاندار گیلان", key: governorRole, institution: nil), unnamed: true),
        ],
        meetings: [meeting("m1", ["p1", "p2"], sentence: "روحانی و رئیسی دیدار کردند.")])

    static let all = [d1, d2, d3, d4]

    static var index: CorpusIndex { CorpusIndex(documents: all) }
}
