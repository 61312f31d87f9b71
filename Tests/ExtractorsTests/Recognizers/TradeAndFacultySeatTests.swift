import Testing
@testable import Extractors

/// Role and institution heads: trades written after a name (role-heads.txt «مترجم», «اقتصاددان»,
/// «پژوهشگر», `vouches=no`), a faculty seat whose body is the university or faculty after it («عضو هیأت علمی …»),
/// the seminary of a city or of the country (institution-heads.txt «حوزه علمیه»), towns an office is written with
/// (counties.txt «دلوار», «قمصر») and a free zone named by a river (named-institutions.txt «سازمان منطقه آزاد اروند»).
@Suite("Trades, faculty seats and seminaries")
struct TradeAndFacultySeatTests {
    private func roleTexts(_ record: DocumentExtraction, _ name: String) -> [String] {
        Fixture.person(record, named: name)?.roles.map(\.text) ?? []
    }

    @Test("a trade right after a name is that person's role")
    func trade() {
        let r = Fixture.extract("علیرضا کریمی، مترجم و نویسنده کتاب در گفت‌وگو با خبرنگار ما گفت: کتاب چاپ شد.")
        #expect(roleTexts(r, "علیرضا کریمی").contains("مترجم"))
        let economist = Fixture.extract("دکتر حسن رضایی اقتصاددان، سنت خرید در ایران را نوعی خاص می‌داند.")
        #expect(roleTexts(economist, "حسن رضایی") == ["اقتصاددان"])
        let researcher = Fixture.extract("مریم احمدی، پژوهشگر مسائل آمریکا گفت: روسیه رویکرد خود را تغییر نمی‌دهد.")
        #expect(roleTexts(researcher, "مریم احمدی") == ["پژوهشگر مسائل آمریکا"])
    }

    @Test("a faculty seat names the faculty, not the board")
    func facultySeat() {
        let r = Fixture.extract("حسن محمدی عضو هیأت علمی دانشکده هنر دانشگاه یزد گفت: کار ادامه دارد.")
        #expect(roleTexts(r, "حسن محمدی") == ["عضو هیأت علمی دانشکده هنر دانشگاه یزد"])
        #expect(r.institutions.map(\.name) == ["دانشکده هنر دانشگاه یزد", "دانشگاه یزد"])
    }

    @Test("the seminary of a city or of the country is a body")
    func seminary() {
        let r = Fixture.extract("علیرضا اعرافی مدیر حوزه‌های علمیه سراسر کشور گفت: طلاب آماده‌اند.")
        #expect(roleTexts(r, "علیرضا اعرافی") == ["مدیر حوزه‌های علمیه سراسر کشور"])
        #expect(r.institutions.map(\.name) == ["حوزه‌های علمیه سراسر کشور"])
        let city = Fixture.extract("آیت‌الله مکارم شیرازی از مراجع حوزه علمیه قم گفت: این کار لازم است.")
        #expect(city.institutions.map(\.name) == ["حوزه علمیه قم"])
    }

    @Test("a town counties.txt now lists completes the office of its Friday prayer leader or mayor")
    func town() {
        let r = Fixture.extract("حجت‌الاسلام علی زاهددوست امام جمعه دلوار گفت: قیام دلواری ماندگار است.")
        #expect(roleTexts(r, "علی زاهددوست") == ["امام جمعه دلوار"])
        let mayor = Fixture.extract("وحید فرخ‌تبار شهردار قمصر گفت: جشنواره گلاب آغاز شد.")
        #expect(roleTexts(mayor, "وحید فرخ‌تبار") == ["شهردار قمصر"])
        #expect(mayor.institutions.map(\.name).contains("شهرداری قمصر"))
    }

    @Test("a free zone named by a river is one body with its name")
    func freeZone() {
        let r = Fixture.extract("قدرت‌الله طمیمیان معاون فرهنگی، اجتماعی و گردشگری سازمان منطقه آزاد اروند گفت: گردشگری رونق دارد.")
        #expect(roleTexts(r, "قدرت‌الله طمیمیان") == ["معاون فرهنگی، اجتماعی و گردشگری سازمان منطقه آزاد اروند"])
        #expect(r.institutions.map(\.name) == ["سازمان منطقه آزاد اروند"])
    }

    @Test("a member of parliament written with the seat alone holds the office")
    func memberWithSeat() {
        let r = Fixture.extract("این مراسم با حضور اسماعیل جلیلی نماینده مردم در مجلس شورای اسلامی، علیرضا فرجیان مدیرکل بنیاد شهید برگزار شد.")
        #expect(roleTexts(r, "اسماعیل جلیلی") == ["نماینده مردم در مجلس شورای اسلامی"])
        let town = Fixture.extract("کریم یوسفی نماینده مردم دزفول در مجلس گفت: کار ادامه دارد.")
        #expect(roleTexts(town, "کریم یوسفی") == ["نماینده مردم دزفول در مجلس"])
    }

    @Test("the ministry's county office keeps its fields past the comma")
    func industryOffice() {
        let r = Fixture.extract("علی کریمی رئیس اداره صنعت، معدن و تجارت قیروکارزین گفت: کار ادامه دارد.")
        #expect(roleTexts(r, "علی کریمی") == ["رئیس اداره صنعت، معدن و تجارت قیروکارزین"])
        #expect(r.institutions.map(\.name) == ["اداره صنعت، معدن و تجارت قیروکارزین"])
    }

    @Test("a spokesman's or a leader's post after «در» belongs to the office")
    func postedLeader() {
        let r = Fixture.extract("راجر کینگ سخنگوی نظامی آمریکا در افغانستان گفت: عملیات ادامه دارد.")
        #expect(roleTexts(r, "راجر کینگ") == ["سخنگوی نظامی آمریکا در افغانستان"])
        let leader = Fixture.extract("ابومصعب زرقاوی رهبر القاعده در عراق مسئولیت این حمله را پذیرفت.")
        #expect(roleTexts(leader, "ابومصعب زرقاوی") == ["رهبر القاعده در عراق"])
    }
}
