import Testing
@testable import Extractors

/// Offices named by their plural after the names of their holders (`role.plural-member`, PluralMembers.swift): each
/// holder takes the plural phrase as written.
@Suite("Plural offices after the names of their holders")
struct PluralMembersTests {
    private func roleTexts(_ record: DocumentExtraction, _ name: String) -> [String] {
        Fixture.person(record, named: name)?.roles.map(\.text) ?? []
    }

    @Test("a list of names and the plural after «به عنوان», right after the last name, or as the predicate")
    func listOfHolders() {
        let appointed = Fixture.extract("علی احمدی، حسین کریمی و محمد رضایی به عنوان اعضای هیات مدیره شرکت ملی نفت ایران منصوب شدند.")
        for name in ["علی احمدی", "حسین کریمی", "محمد رضایی"] {
            #expect(roleTexts(appointed, name) == ["اعضای هیات مدیره شرکت ملی نفت ایران"])
        }
        #expect(appointed.people.flatMap(\.roles).allSatisfy { $0.rule == RuleID.rolePluralMember.rawValue })
        // Names in quotes, and a plural office held in each country of a list («و» closing it).
        let quoted = Fixture.extract("وزیر خارجه اوکراین دیدارهایی با «سرگئی لاوروف» و «جان کری» وزیران خارجه روسیه و آمریکا خواهد داشت.")
        #expect(roleTexts(quoted, "جان کری") == ["وزیران خارجه روسیه و آمریکا"])
        #expect(roleTexts(quoted, "سرگئی لاوروف") == ["وزیران خارجه روسیه و آمریکا"])
        // Held in two countries, the office links no one country's ministry, and its key is not Russia's minister's
        // (which the corpus resolver would take for one office with one holder).
        let kerry = Fixture.person(quoted, named: "جان کری")?.roles.first
        #expect(kerry?.institution == nil)
        let russian = Fixture.extract("سرگئی لاوروف وزیر خارجه روسیه گفت: گفت‌وگو ادامه دارد.")
        #expect(kerry?.key != nil && kerry?.key != Fixture.person(russian, named: "سرگئی لاوروف")?.roles.first?.key)
        // The predicate, a copula after the body (Hamshahri's letters).
        let predicate = Fixture.extract("مجتبي اقدامي، جعفر صانعي مقدم و هارون يشايايي اعضاي هيات انتخاب جشنواره فجر هستند.")
        #expect(roleTexts(predicate, "جعفر صانعي مقدم") == ["اعضاي هيات انتخاب جشنواره فجر"])
    }

    @Test("one name and a partitive «از» when the office describes it: «یکی از», a comma, or a copula after it")
    func partitiveHolder() {
        let one = Fixture.extract("در همین حال جفری پول، یکی از فرماندهان نیروی دریایی آمریکا در بیانیه‌ای این خبر را تایید کرد.")
        #expect(roleTexts(one, "جفری پول") == ["فرماندهان نیروی دریایی آمریکا"])
        let copula = Fixture.extract("مسعود سلیمانی از کارشناسان سازمان تربیت بدنی بوده و سوابق مدیریتی دارد.")
        #expect(roleTexts(copula, "مسعود سلیمانی") == ["کارشناسان سازمان تربیت بدنی"])
        // «یکی از» says one holder: the name before it only, not the name listed before that one with an office of its own.
        let single = Fixture.extract("این توافقنامه بین محمد رضایی رئیس دانشگاه تهران و علی کریمی یکی از اعضای شورای شهر تهران امضا شد.")
        #expect(roleTexts(single, "علی کریمی") == ["اعضای شورای شهر تهران"])
        #expect(!roleTexts(single, "محمد رضایی").contains("اعضای شورای شهر تهران"))
    }

    @Test("a complete office after a count of the names listed before it: «X و Y دو بازیکن تیم ملی …»")
    func countedHolders() {
        let two = Fixture.extract("«زين الدين زيدان» و «ليليان تورام» دو بازيكن تيم ملي فوتبال فرانسه با حضور در ديدار اين تيم ركورددار شدند.")
        #expect(roleTexts(two, "ليليان تورام") == ["بازيكن تيم ملي فوتبال فرانسه"])
        #expect(roleTexts(two, "زين الدين زيدان") == ["بازيكن تيم ملي فوتبال فرانسه"])
        // A bare head after the count says what they are in the story, no office; nor a count that is not the list's.
        let bare = Fixture.extract("دنیا احمدی و سامان وزیری دو عضو 7 ساله مرکز آفرینش‌های فکری کودکان جایزه گرفتند.")
        #expect(roleTexts(bare, "سامان وزیری").isEmpty)
        let three = Fixture.extract("دیوید بکهام و توماس گراوسن سه بازیکن کلیدی رئال مادرید را همراهی کردند.")
        #expect(roleTexts(three, "توماس گراوسن").isEmpty)
    }

    @Test("no office of the names: «از» as a verb's object, the plural as the object, a cited name, one name and a bare plural")
    func notHolders() {
        // «از … خواست»: the commanders are asked something.
        let asked = Fixture.extract("بشار اسد از فرماندهان جنبش حماس در دمشق خواست به مقاومت ادامه دهند.")
        #expect(roleTexts(asked, "بشار اسد").isEmpty)
        // «… بازیکنان این تیم را تشکیل می‌دهند»: the plural is the clause's object.
        let object = Fixture.extract("جواد حمیدپناه، علیرضا فلاحی و مهدی محمدزاده بازیکنان تیم ملی والیبال را تشکیل می‌دهند.")
        #expect(roleTexts(object, "علیرضا فلاحی").isEmpty)
        // «به گفته X، …»: the cited person is no member of the list after it.
        let cited = Fixture.extract("به گفته علیرضا رضاداد، مجید مشیری و هارون یشایایی از اعضای هیات انتخاب جشنواره فجر هستند.")
        #expect(roleTexts(cited, "مجید مشیری") == ["اعضای هیات انتخاب جشنواره فجر"])
        #expect(roleTexts(cited, "علیرضا رضاداد").isEmpty)
    }
}
