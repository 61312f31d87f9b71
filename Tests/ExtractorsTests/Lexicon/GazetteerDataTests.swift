import Foundation
import Testing
@testable import Extractors

/// Checks the big gazetteer files as data: they parse, keys are unique, and the cross-references between
/// files (province centres, county provinces, capitals' countries, canonical forms) all resolve.
///
/// The files are read from the source tree rather than the bundle so that a data error points at the
/// file a linguist edits, and so the test does not depend on how resources are copied.
@Suite("Gazetteer data")
struct GazetteerDataTests {
    /// `Sources/Extractors/Resources/Lexicons`, found from this file's own path.
    static let lexiconDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // Lexicon
        .deletingLastPathComponent()   // ExtractorsTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()   // package root
        .appendingPathComponent("Sources/Extractors/Resources/Lexicons")

    static let files = ["given-names.txt", "provinces.txt", "counties.txt", "countries.txt",
                        "world-capitals.txt", "surnames.txt"]

    static func load(_ file: String, required: [String] = []) throws -> [LexiconEntry] {
        let url = lexiconDirectory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        return try LexiconParser.parse(text, file: file, required: required)
    }

    /// Main entries (those without `canonical=`), by key.
    static func mainKeys(_ entries: [LexiconEntry]) -> Set<String> {
        Set(entries.filter { $0["canonical"] == nil }.map(\.key))
    }

    @Test("every gazetteer parses, opens with a comment block and has no duplicate key", arguments: files)
    func parsesWithoutDuplicates(file: String) throws {
        let url = Self.lexiconDirectory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.hasPrefix("#"), "\(file) should start with a comment block saying what it holds")
        let entries = try LexiconParser.parse(text, file: file)
        #expect(!entries.isEmpty)
        var firstSource: [String: String] = [:]
        for e in entries {
            if let earlier = firstSource[e.key] {
                Issue.record("\(e.source): «\(e.surface)» has the same key as \(earlier)")
            } else {
                firstSource[e.key] = e.source
            }
        }
        for e in entries {
            if let flag = e["ambiguous"] { #expect(flag == "yes", "\(e.source): ambiguous=\(flag)") }
            #expect(!e.surface.contains("ي") && !e.surface.contains("ك"),
                    "\(e.source): write Persian ی and ک, not the Arabic letters")
        }
    }

    @Test("given names: well over a thousand, gendered, and no well-known surname among them")
    func givenNames() throws {
        let names = try Self.load("given-names.txt", required: ["gender"])
        #expect(names.count >= 1_000)
        for e in names { #expect(["m", "f", "u"].contains(e["gender"] ?? ""), "\(e.source): gender=\(e["gender"] ?? "")") }
        let keys = Set(names.map(\.key))
        // Surnames that a careless extraction of first tokens lets in; each would create false people.
        let surnames = ["احمدی", "روحانی", "هاشمی", "رحیمی", "بابایی", "محمدی", "حسینی", "موسوی", "رضایی",
                        "کریمی", "جعفری", "صادقی", "قاسمی", "عباسی", "نوری", "اکبری", "حیدری", "کاظمی",
                        "طاهری", "سلیمانی", "لاریجانی", "خاتمی", "رئیسی", "قالیباف", "جلیلی", "عراقچی",
                        "پزشکیان", "ظریف", "خامنه‌ای", "رفسنجانی"]
        #expect(surnames.count == 30)
        let surnamesListed = surnames.filter { keys.contains(PersianNormalizer.key($0)) }
        #expect(surnamesListed.isEmpty, "surnames are not given names: \(surnamesListed)")
        // Compound first names must cover the two-word spelling news uses («امیر حسین»), via the key.
        let compoundsMissing = ["امیر حسین", "محمد رضا", "روح الله", "علی اکبر", "فتح الله"]
            .filter { !keys.contains(PersianNormalizer.key($0)) }
        #expect(compoundsMissing.isEmpty, "two-word spellings should match a given name: \(compoundsMissing)")
        // A spelling variant («عبداله») names an entry of the same file («عبدالله»).
        let unresolved = names.filter { e in e["canonical"].map { !keys.contains(PersianNormalizer.key($0)) || $0 == e.surface } ?? false }
        #expect(unresolved.isEmpty, "canonical forms not in the file: \(unresolved.map(\.source))")
        // Words that are almost always prose, never a person, must stay out.
        let proseListed = ["ولی", "دولت", "ایران", "جهان"].filter { keys.contains(PersianNormalizer.key($0)) }
        #expect(proseListed.isEmpty, "words of prose are not given names: \(proseListed)")
    }

    @Test("surnames: several hundred, none with an attribute the index does not declare")
    func surnames() throws {
        let surnames = try Self.load("surnames.txt")
        #expect(surnames.count >= 300)
        // `also=given-name` was documented but read by no code; it was removed (issue 19), and the index
        // now refuses any attribute it does not declare.
        #expect(surnames.allSatisfy { Set($0.attributes.keys).isSubset(of: ["ambiguous"]) })
    }

    @Test("provinces: exactly 31, each with a centre, and alternative forms point to one of them")
    func provinces() throws {
        let entries = try Self.load("provinces.txt")
        let main = entries.filter { $0["canonical"] == nil }
        #expect(main.count == 31)
        for e in main {
            #expect(e["centre"] != nil && e["gloss"] != nil, "\(e.source): main form needs centre= and gloss=")
        }
        let mainSurfaces = Set(main.map(\.surface))
        for e in entries where e["canonical"] != nil {
            let listed = mainSurfaces.contains(e["canonical"]!)
            #expect(listed, "\(e.source): canonical «\(e["canonical"]!)» is not a main province")
        }
    }

    @Test("counties: every province centre is present as its seat, every county names a known province")
    func counties() throws {
        let provinces = try Self.load("provinces.txt").filter { $0["canonical"] == nil }
        let provinceNames = Set(provinces.map(\.surface))
        let counties = try Self.load("counties.txt", required: ["province", "gloss", "kind"])
        #expect(counties.filter { $0["kind"] == "county" }.count >= 400)
        var byKey: [String: LexiconEntry] = [:]
        for c in counties {
            byKey[c.key] = c
            let known = provinceNames.contains(c["province"]!)
            #expect(known, "\(c.source): province «\(c["province"]!)» is not in provinces.txt")
            #expect(["county", "city"].contains(c["kind"]!), "\(c.source): kind=\(c["kind"]!)")
        }
        for p in provinces {
            let centre = p["centre"]!
            let entry = byKey[PersianNormalizer.key(centre)]
            #expect(entry != nil, "centre «\(centre)» of «\(p.surface)» is missing from counties.txt")
            #expect(entry?["province"] == p.surface, "centre «\(centre)» should belong to «\(p.surface)»")
            #expect(entry?["seat"] == "province", "centre «\(centre)» should be marked seat=province")
        }
        // Every province has counties, and only its centre is marked as the seat.
        for p in provinces {
            let own = counties.filter { $0["province"] == p.surface }
            #expect(!own.isEmpty, "«\(p.surface)» has no counties")
            #expect(own.filter { $0["seat"] == "province" }.count == 1, "«\(p.surface)» should have one seat")
        }
    }

    @Test("countries and capitals: capitals name a listed country, canonical forms resolve")
    func countriesAndCapitals() throws {
        let countries = try Self.load("countries.txt")
        #expect(Self.mainKeys(countries).count >= 190)
        let countryNames = Set(countries.filter { $0["canonical"] == nil }.map(\.surface))
        for e in countries {
            if let c = e["canonical"] {
                let listed = countryNames.contains(c)
                #expect(listed, "\(e.source): canonical «\(c)» is not a main country")
            } else {
                #expect(e["gloss"] != nil, "\(e.source): main form needs gloss=")
            }
        }
        for name in ["ایران", "آمریکا", "روسیه", "چین", "عربستان", "انگلیس"] {
            #expect(countries.contains { $0.key == PersianNormalizer.key(name) }, "«\(name)» should be a country")
        }
        let capitals = try Self.load("world-capitals.txt", required: ["country", "kind"])
        #expect(capitals.filter { $0["kind"] == "capital" }.count >= 150)
        let capitalNames = Set(capitals.filter { $0["canonical"] == nil }.map(\.surface))
        for e in capitals {
            let known = countryNames.contains(e["country"]!)
            #expect(known, "\(e.source): country «\(e["country"]!)» is not in countries.txt")
            if let c = e["canonical"] {
                let listed = capitalNames.contains(c)
                #expect(listed, "\(e.source): canonical «\(c)» is not listed")
            }
        }
    }
}
