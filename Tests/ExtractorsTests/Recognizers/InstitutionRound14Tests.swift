import Testing
@testable import Extractors

/// Institutions, the fourteenth round: a body before a bare «استان» named as the article writes it, a listed body's
/// blessing, an eponym before a light verb.
@Suite("Institutions: bodies named as written, blessings, eponyms before a light verb")
struct InstitutionRound14Tests {
    private func institutions(_ text: String) -> [String] {
        Fixture.extract(text).institutions.map(\.name)
    }

    @Test("a head before a bare «استان» is named as written, keyed on the article's province")
    func bareProvinceNamedAsWritten() {
        let r = Fixture.extract("به گزارش خبرگزاری فارس از کرمان، علی احمدی در جلسه شورای اداری استان گفت: طرح‌ها اجرا می‌شود.")
        #expect(r.institutions.map(\.name).contains("شورای اداری استان"))
        #expect(!r.institutions.contains { $0.name == "شورای اداری استان کرمان" })
        // The key is still the province's: the body written in full elsewhere is the same one, named in full.
        let both = Fixture.extract("پرونده در دادگاه کیفری استان تهران مطرح شد.\nقاضی شعبه 71 دادگاه کیفری استان حکم را صادر کرد.")
        #expect(both.institutions.filter { $0.name.hasPrefix("دادگاه کیفری") }.map(\.name) == ["دادگاه کیفری استان تهران"])
        // «این استان» is no name: it is still named with the province it stands for.
        let this = Fixture.extract("مراسم در استان کرمان برگزار شد.\nسازمان فنی و حرفه‌ای این استان دوره‌ها را برگزار می‌کند.")
        #expect(!this.institutions.contains { $0.name.hasSuffix("این استان") })
    }

    @Test("a listed body keeps the blessing written after its holy name, and the place after it")
    func listedBodyBlessing() {
        let r = Fixture.extract("علی احمدی گفت: کمیته امداد امام خمینی(ره) استان کردستان جشن نیکوکاری را برگزار می‌کند.")
        #expect(r.institutions.map(\.name).contains("کمیته امداد امام خمینی(ره) استان کردستان"))
        // With nothing after it the blessing is still the name's, and the body is the same one.
        let bare = Fixture.extract("مددجویان کمیته امداد امام خمینی (ره) در این جشن شرکت کردند.")
        #expect(bare.institutions.map(\.name) == ["کمیته امداد امام خمینی (ره)"])
        #expect(bare.institutions.map(\.key) == Fixture.extract("مددجویان کمیته امداد امام خمینی در این جشن شرکت کردند.").institutions.map(\.key))
    }

    @Test("an eponym's second word before an auxiliary is the light verb's noun")
    func eponymBeforeLightVerb() {
        let r = Fixture.extract("همایش بیماران دیابتی در دانشگاه علوم پزشکی شهید بهشتی برگزار شد.")
        #expect(r.institutions.map(\.name) == ["دانشگاه علوم پزشکی شهید بهشتی"])
        let h = Fixture.extract("مجروح به بیمارستان سوانح سوختگی شهید مطهری منتقل شده است.")
        #expect(h.institutions.map(\.name) == ["بیمارستان سوانح سوختگی شهید مطهری"])
        // Two words of the name before a word that is no auxiliary are both read.
        #expect(institutions("مراسم در دانشگاه علوم پزشکی شهید صدوقی یزد برگزار شد.").contains { $0.hasPrefix("دانشگاه علوم پزشکی شهید صدوقی") })
    }
}
