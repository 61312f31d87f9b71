import Foundation
import Testing
@testable import Extractors

@Suite("Lexicons")
struct LexiconsTests {
    @Test("the bundled lexicons load and every file is listed in index.txt")
    func bundled() throws {
        let lexicons = try Lexicons.bundled()
        #expect(lexicons["role-heads"].count > 20)
        #expect(lexicons["meeting-triggers"].count > 10)
        let files = try Lexicons.bundledFiles()
        let index = try #require(files["index.txt"])
        let listed = Set(try LexiconParser.parse(index, file: "index.txt").map(\.surface))
        for file in files.keys where file != "index.txt" { #expect(listed.contains(file), "\(file) is not listed in index.txt") }
    }

    @Test("a malformed file stops start-up with file and line")
    func malformed() {
        let files = ["index.txt": "role-heads.txt | type=role-head | owner=rules | required=gloss\n",
                     "role-heads.txt": "# heads\nشهردار | gloss=mayor\nاستاندار\n"]
        #expect(throws: LexiconError.self) { try Lexicons(files: files) }
        do { _ = try Lexicons(files: files) } catch { #expect(error.description.hasPrefix("role-heads.txt:3")) }
    }

    @Test("a role head's implied institution must be an institution head")
    func crossReference() {
        let files = ["role-heads.txt": "شهردار | gloss=mayor | institution=شهرداری\n", "institution-heads.txt": "استانداری | gloss=governorate\n"]
        #expect(throws: LexiconError.self) { try Lexicons(files: files) }
    }

    @Test("an extractor runs on lexicons handed over as strings; absent files are empty")
    func fromStrings() throws {
        let lexicons = try Lexicons(files: ["given-names.txt": "علی | gender=m\n", "surname-suffixes.txt": "ی\n"])
        let r = Extractor(lexicons: lexicons).extract(SourceDocument(id: "x", text: "علی کریمی گفت."))
        #expect(r.people.map(\.name) == ["علی کریمی"])
    }
}
