import Testing
@testable import Extractors

/// A lead that calls someone by office and names them later (round 15): an office after the indefinite article
/// («یک کارشناس مسائل نفتی گفت: …») is the sentence's subject and the name introduced next holds it; a lead office that
/// reports no speech is the name the text gives after sentences about «وی»; an indefinite head never points back to a
/// holder named before; a surname's ending written apart after a head («رئیس زاده») is no office.
@Suite("Coreference: a lead's office named later")
struct LeadOfficeNamedLaterTests {
    @Test("«یک» + office as a lead's speaker: the name the next sentence introduces holds the office")
    func indefiniteSpeaker() {
        let text = "یک عضو کمیسیون امنیت ملی مجلس گفت: طرح استیضاح وزیر کشور آماده شده است.\nحسین کریمی در گفت‌وگو با خبرنگار فارس افزود: این طرح هفته آینده به هیئت رئیسه می‌رود."
        let r = Fixture.extract(text)
        let karimi = Fixture.person(r, named: "حسین کریمی")
        #expect(karimi?.roles.map(\.text) == ["عضو کمیسیون امنیت ملی مجلس"], "\(karimi?.roles.map(\.text) ?? [])")
        #expect(karimi?.mentions.contains { $0.rule == RuleID.corefSpeakerChain.rawValue } == true)
        #expect(Fixture.offsetsHold(r, in: text))
    }

    @Test("an anonymous «یک» source followed by no name stays no one; two indefinite holders are not one person")
    func indefiniteAnonymous() {
        let r = Fixture.extract("یک عضو کمیسیون امنیت ملی مجلس گفت: طرح استیضاح آماده شده است.\nاین طرح هفته آینده به هیئت رئیسه می‌رود.")
        #expect(r.people.isEmpty, "\(r.people.map(\.name))")
        let named = Fixture.extract("حسین کریمی عضو کمیسیون امنیت ملی مجلس دیروز در مجلس گفت: طرح آماده است.\nیک مربی آزاد باید در رأس تیم قرار گیرد.")
        #expect(Fixture.person(named, named: "حسین کریمی")?.mentions.allSatisfy { !$0.text.contains("مربی") } == true)
    }

    @Test("a lead office that reports no speech, then «وی», then the name: one person")
    func leadWithoutSpeech() {
        let text = "رئیس سازمان بهزیستی استان فارس خواستار افزایش مستمری مددجویان شد.\nوی افزود: مستمری‌ها باید ده درصد افزایش یابد.\nعلی رضایی گفت: این کار از مهر آغاز می‌شود."
        let r = Fixture.extract(text)
        let rezaei = Fixture.person(r, named: "علی رضایی")
        #expect(rezaei?.roles.map(\.text) == ["رئیس سازمان بهزیستی استان فارس"], "\(rezaei?.roles.map(\.text) ?? [])")
        #expect(r.people.filter(\.unnamed).isEmpty)
        // A name that opens with «نیز» after the «وی» sentences is a second speaker, not the holder.
        let also = Fixture.extract("رئیس سازمان بهزیستی استان فارس خواستار افزایش مستمری مددجویان شد.\nوی افزود: مستمری‌ها باید ده درصد افزایش یابد.\nعلی رضایی نیز گفت: این کار از مهر آغاز می‌شود.")
        #expect(Fixture.person(also, named: "علی رضایی")?.roles.isEmpty == true)
    }

    @Test("«رئیس زاده» in a list of surnames is a surname, no office of the name before it")
    func surnameEndingAfterHead() {
        let r = Fixture.extract("خانم فاطمه شعبانی و آقایان محمود صدرهاشمی، رئیس زاده، ادهمی و دکتر عدالتیان پنج نفری هستند که در این نشست حضور داشتند.")
        #expect(r.people.allSatisfy { $0.roles.allSatisfy { !$0.text.contains("زاده") } }, "\(r.people.map { ($0.name, $0.roles.map(\.text)) })")
    }

    @Test("«خواستار … شد» reports speech: the lead office that called for something is the name that calls for it next")
    func calledForIsSpeech() {
        let text = "رييس جمهوري لبنان خواستار گفت‌وگو ميان گروه‌هاي مختلف اين كشور شد.\nبه گزارش خبرگزاري فرانسه از بيروت، \"اميل لحود\" ساعاتي پس از وقوع انفجار طي بيانيه‌اي رسمي خواستار گفت‌وگو ميان رهبران گروه‌ها شد."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "اميل لحود")?.roles.map(\.text) == ["رييس جمهوري لبنان"])
        // The noun closes no name: «حجت‌الاسلام محمد شمس‌الدين خواستار …» is the cleric's name and the request.
        let cleric = Fixture.extract("حجت‌الاسلام محمد شمس‌الدين خواستار توجه مسئولان به مشكلات شهر شد.")
        #expect(Fixture.names(cleric) == ["محمد شمس‌الدين"], "\(Fixture.names(cleric))")
    }

    @Test("the lead's office goes to the name that follows it at once, though the name has an office of its own")
    func leadOfficeToNameWithOffice() {
        let text = "مخبر کمیسیون اصل نود مجلس گزارش بازدید هیأتی از این کمیسیون از شهر بم را اعلام کرد.\nجمیله کدیور، نماینده مردم تهران در گفت‌وگو با ایسنا اظهار داشت: این هیأت مشکلات مردم را بررسی کرد."
        let r = Fixture.extract(text)
        let kadivar = Fixture.person(r, named: "جمیله کدیور")
        #expect(kadivar?.roles.map(\.text).contains("مخبر کمیسیون اصل نود مجلس") == true, "\(kadivar?.roles.map(\.text) ?? [])")
        #expect(r.people.filter(\.unnamed).isEmpty)
    }

    @Test("after the holder spoke again, a name with an office of its own is a second speaker")
    func secondSpeakerWithOffice() {
        let text = "دبیرکل ستاد مبارزه با مواد مخدر در همایش دبیران گفت: سرمایه‌گذاری در سازمان‌های غیردولتی مؤثر است.\nوی افزود: ما به دنبال مهار اعتیاد هستیم.\nسهیلا جلودارزاده نماینده مردم تهران در مجلس گفت: این جمعیت فعال است."
        let r = Fixture.extract(text)
        #expect(Fixture.person(r, named: "سهیلا جلودارزاده")?.roles.map(\.text).contains { $0.hasPrefix("دبیرکل") } == false)
    }
}
