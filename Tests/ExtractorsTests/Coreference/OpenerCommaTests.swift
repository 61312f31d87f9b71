import Testing
@testable import Extractors

/// A report opener whose source is a body with a comma in its name («به نقل از روابط عمومی سازمان صنعت، معدن و
/// تجارت استان مازندران، …») ends at the comma after the name, not inside it: the sentence's subject is the name
/// after the opener, so an office the lead made speak is that name's (`coref.speaker-chain`) and the subject takes
/// part in the sentence's meeting.
@Suite("Coreference: a report opener that names a body with a comma")
struct OpenerCommaTests {
    private func unnamed(_ r: DocumentExtraction) -> [String] { r.people.filter(\.unnamed).map(\.name) }

    @Test("the lead's office is the name after an opener citing «صنعت، معدن و تجارت», who meets the governor")
    func leadOfficeNamedAfterOpener() {
        let text = "مدیرکل صنعت، معدن و تجارت استان مازندران گفت: واحدهای تولیدی استان نیازمند حمایت بیشتری هستند.\n\nبه گزارش خبرگزاری فارس از ساری به نقل از روابط عمومی سازمان صنعت، معدن و تجارت استان مازندران، محمد رضایی در دیدار با فرماندار ساری با اشاره به مشکلات واحدهای تولیدی افزود: بانک‌ها باید از تولید حمایت کنند."
        let r = Fixture.extract(text)
        let rezaei = Fixture.person(r, named: "محمد رضایی")
        #expect(rezaei?.roles.contains { $0.text == "مدیرکل صنعت، معدن و تجارت استان مازندران" } == true, "\(r.people.map { ($0.name, $0.roles.map(\.text)) })")
        #expect(rezaei?.mentions.contains { $0.rule == "coref.speaker-chain" } == true, "\(rezaei?.mentions.map(\.rule) ?? [])")
        #expect(unnamed(r) == ["فرماندار ساری"], "unnamed: \(unnamed(r))")
        #expect(Fixture.metNames(r) == [["محمد رضایی", "فرماندار ساری"]], "\(Fixture.metNames(r))")
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("the opener's reach is counted outside the body's name: a long opener still ends at its own comma")
    func reachOutsideTheName() {
        // Nineteen tokens to the closing comma, five of them the body's name after its inner comma.
        let text = "به گزارش خبرگزاری فارس از رشت به نقل از روابط عمومی اداره کل میراث فرهنگی، صنایع‌دستی و گردشگری استان گیلان، حسن کریمی در دیدار با علی احمدی فرماندار رشت گفت: گردشگری اولویت استان است."
        let r = Fixture.extract(text)
        #expect(Fixture.metNames(r) == [["حسن کریمی", "علی احمدی"]], "\(Fixture.metNames(r))")
    }

    @Test("an opener with a plain comma ends there as before; a name of its own is no body's comma")
    func plainOpener() {
        let r = Fixture.extract("به گزارش خبرنگار ما، محمد رضایی استاندار کرمان در دیدار با علی احمدی فرماندار بم گفت: کار ادامه دارد.")
        #expect(Fixture.metNames(r) == [["محمد رضایی", "علی احمدی"]], "\(Fixture.metNames(r))")
    }

    @Test("a cited source of open words runs past the opener's reach to its comma; a speaker's name inside it stops it")
    func citedSourcePastReach() {
        // Sixteen tokens before «ستاد»'s name ends: the comma is the seventeenth.
        let text = "مسئول دبیرخانه اجلاس سراسری نماز گفت: مهلت ارسال مقالات پایان یافت.\n\nبه گزارش خبرگزاری فارس از بیرجند به نقل از روابط عمومی ستاد برگزاری اجلاس ملی نماز، حسینعلی برزگران افزود: زمان ارسال مقالات تمدید شد."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "حسینعلی برزگران")?.roles.map(\.text) == ["مسئول دبیرخانه اجلاس سراسری نماز"], "\(r.people.map { ($0.name, $0.roles.map(\.text)) })")
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        #expect(Fixture.offsetsHold(r, in: text))
        // The comma after a speaker's name ends no source: the name is the subject, as before.
        let named = Fixture.extract("مشاور هنری رئیس جمهور گفت: سینما رشد کرد.\n\nبه گزارش خبرگزاری فارس به نقل از ستاد خبری دومین همایش فجر آفرینان عاشورایی جواد شمقدری، افزود: هر ملتی نقطه درخشانی دارد.")
        #expect(Fixture.person(named, named: "جواد شمقدری")?.roles.map(\.text) == ["مشاور هنری رئیس جمهور"], "\(named.people.map { ($0.name, $0.roles.map(\.text)) })")
    }

    @Test("a cited-source cue that straddles the opener's reach is read past, not sliced backwards")
    func citedSourceCueAtTheReach() {
        // «به نقل از» opens at the fifteenth token: the reach ends inside the cue.
        let text = "مدیرکل اوقاف استان لرستان گفت: موقوفات افزایش یافت.\n\nبه گزارش خبرنگار اجتماعی خبرگزاری فارس از شهرستان خرم آباد در استان لرستان امروز به نقل از روابط عمومی اداره کل اوقاف، علی رضایی افزود: موقوفات افزایش یافت."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "علی رضایی") != nil)
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("a cited source with a preposition and an acronym in brackets ends at its comma when a name follows it")
    func citedSourceBeforeName() {
        let text = "عضو شورای مرکزی حزب اعتماد ملی گفت: احمدی‌نژاد در دور بعد نیز رئیس‌جمهور خواهد بود.\n\nبه گزارش خبرگزاری فارس به نقل از مرکز ارتباطات و اطلاع رسانی نهاد نمایندگی مقام معظم رهبری در دانشگاه ها (ماوا)، الیاس حضرتی در جمع دانشجویان افزود: کاندیداهای مختلفی مطرح هستند."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "الیاس حضرتی")?.roles.map(\.text) == ["عضو شورای مرکزی حزب اعتماد ملی"],
                "\(r.people.map { ($0.name, $0.roles.map(\.text)) })")
        #expect(unnamed(r).isEmpty, "unnamed: \(unnamed(r))")
        #expect(Fixture.offsetsHold(r, in: text))
        // No name after the comma: the long source is the clause itself, and its comma opens no subject.
        let clause = Fixture.extract("عضو شورای مرکزی حزب اعتماد ملی گفت: انتخابات رقابتی است.\n\nبه گزارش خبرگزاری فارس به نقل از مرکز ارتباطات نهاد نمایندگی در دانشگاه ها (ماوا)، در این نشست دانشجویان پرسش‌های خود را مطرح کردند.")
        #expect(clause.people.filter { !$0.unnamed }.isEmpty)
    }
}
