import Testing
@testable import Extractors

/// Role phrases written after a name: a role head with no complement right after the name is that name's office
/// (`role.bare-apposition`), and an office before a name that has its own office after a comma is not that name's.
@Suite("Bare offices after a name and offices before a name with its own")
struct BareAppositionTests {
    private func roleTexts(_ record: DocumentExtraction, _ name: String) -> [String] {
        Fixture.person(record, named: name)?.roles.map(\.text) ?? []
    }

    @Test("a bare head after a name in a list, before a comma, «و» and the next name, or a report of speech is its office")
    func bareHeadInAList() {
        let r = Fixture.extract("این مراسم با حضور حسن رضایی فرماندار، کامران نوری مدیرعامل شرکت آب و فاضلاب و جمعی از مسئولان برگزار شد.")
        #expect(roleTexts(r, "حسن رضایی") == ["فرماندار"])
        #expect(r.people.flatMap(\.roles).first { $0.text == "فرماندار" }?.rule == RuleID.roleBareApposition.rawValue)
        let team = Fixture.extract("حمید کاظمی، سعید نوری و رضا بهرامی بازیکنان و مجید صالحی سرمربی و بهروز عباسی سرپرست این تیم بودند.")
        #expect(roleTexts(team, "مجید صالحی") == ["سرمربی"])
        let speech = Fixture.extract("بهروز عباسی سرپرست گفت: تیم آماده است.")
        #expect(roleTexts(speech, "بهروز عباسی") == ["سرپرست"])
        // «نیز» closes the subject before the report of speech as the verb itself does.
        let also = Fixture.extract("محمدباقر ملائک استاد دانشگاه نیز در ارتباط با این سانحه می‌گوید: قانون روشن است.")
        #expect(roleTexts(also, "محمدباقر ملائک") == ["استاد دانشگاه"])
        // The holder's own office with «خود»: «… سرمربی خود را برکنار کردند».
        let own = Fixture.extract("مسئولان باشگاه پس از سه شکست پیاپی مایکل هارپر سرمربی خود را برکنار کردند.")
        #expect(roleTexts(own, "مایکل هارپر") == ["سرمربی خود"])
    }

    @Test("a bare head the phrase goes on after, or one after a given name alone or after another office, is no office")
    func bareHeadThatIsNot() {
        // The field after «و» is the office's («معاون و راهنمایی و رانندگی …»): no bare «معاون».
        let field = Fixture.extract("در این جلسه سردار حسن انصاری معاون و راهنمایی و رانندگی ناجا سخن گفت.")
        #expect(!field.people.flatMap(\.roles).contains { $0.text == "معاون" })
        // After a given name alone the head word is the surname («دکتر داوود رهبر»).
        let surname = Fixture.extract("دکتر داوود رهبر، استاد دانشگاه تهران در این همایش سخن گفت.")
        #expect(!surname.people.flatMap(\.roles).contains { $0.text == "رهبر" })
        // «نعمت زاده معاون وزیر»: the bare «وزیر» right after another office of the name is no second office.
        let nested = Fixture.extract("پس از آن عارف نفر دوم دولت شد و محمدرضا نعمت زاده معاون وزیر.")
        #expect(!nested.people.flatMap(\.roles).contains { $0.text == "وزیر" })
        // A head followed by a word that is not a phrase end stays unread («سرمربی تیم …» is read whole elsewhere).
        let open = Fixture.extract("علی کریمی مربی جوانی است که کارش را خوب بلد است.")
        #expect(roleTexts(open, "علی کریمی").isEmpty)
    }

    @Test("an office before a name that has its own office after a comma is another person's")
    func officeBeforeNameWithItsOwn() {
        let r = Fixture.extract("رئیس جمهوری اسلامی ایران احمد چلبی، رئیس کنگره ملی عراق را به حضور پذیرفت.")
        #expect(roleTexts(r, "احمد چلبی") == ["رئیس کنگره ملی عراق"])
        // Set off by commas on both sides, the name stays the office's apposition.
        let apposition = Fixture.extract("سفیر ایران در ترکیه، علی احمدی، گفت: روابط دو کشور خوب است.")
        #expect(roleTexts(apposition, "علی احمدی") == ["سفیر ایران در ترکیه"])
    }

    @Test("round 30: a list of trades after the name's comma, closed by «که», gives each trade to the name")
    func tradesList() {
        let text = "هنگامه مفید، کارگردان، نویسنده و عروسک گردان که سال ها فعالیت داشته گفت: خوب است."
        #expect(Set(Fixture.roles(of: text, "هنگامه مفید")) == ["کارگردان", "نویسنده", "عروسک گردان"])
    }

    @Test("round 31: the pronoun «آن» as an office's complement («عابدینی دبیر آن خواهد بود»), not the determiner of «رئیس آن سازمان»")
    func pronounComplement() {
        #expect(Fixture.roles(of: "این همایش سال آینده برگزار می‌شود و دکتر محمد جواد عابدینی دبیر آن خواهد بود.", "محمد جواد عابدینی") == ["دبیر آن"])
        #expect(Fixture.roles(of: "فیلم جایزه گرفت و پرویز پرستویی بازیگر آن نیز جایزه ویژه گرفت.", "پرویز پرستویی") == ["بازیگر آن"])
        // A noun after «آن»: a determiner, the phrase goes on and no bare office is read.
        #expect(Fixture.roles(of: "علی احمدی رئیس آن سازمان دولتی در شهر ما شد.", "علی احمدی").isEmpty)
    }

    @Test("round 31: a bare office set off by commas on both sides, no office after the second comma, is the name's («علی احمدی، مدیر باشگاه، گفت»)")
    func commasOnBothSides() {
        #expect(Fixture.roles(of: "علی احمدی، مدیر باشگاه، گفت: این کار خوب است.", "علی احمدی") == ["مدیر باشگاه"])
        let list = Fixture.extract("در این نشست که اکبر غمخوار، مدیر باشگاه، بگوویچ، باقریان و پیروانی حضور داشتند، تصمیم گرفته شد.")
        #expect(list.people.first { $0.name == "اکبر غمخوار" }?.roles.map(\.text) == ["مدیر باشگاه"])
    }

    @Test("round 31: a head and a body's head alone before a preposition that opens the predicate («رئیس پیشین فدراسیون با حضور در …»)")
    func bodyHeadBeforePreposition() {
        #expect(Fixture.roles(of: "در میان نامزدها، محمود رشیدی رئیس پیشین فدراسیون با حضور در فدراسیون ثبت نام کرد.", "محمود رشیدی") == ["رئیس پیشین فدراسیون"])
        // A head with no body after it stays unread before a preposition: the phrase may go on («نویسنده پایان نامه …»).
        #expect(Fixture.roles(of: "علی احمدی نویسنده در این کتاب از جنگ گفته است.", "علی احمدی").isEmpty)
    }
}
