import Extractors
import Foundation
import Testing

/// docs/rules.md is where a researcher looks up a rule id met in `evidence.csv` or `didar why`: every id the
/// code registers must be explained there.
@Suite("Rule ids are documented")
struct RuleDocsTests {
    @Test("every id of RuleID appears in docs/rules.md's table")
    func everyRuleIDIsDocumented() throws {
        let docs = try String(contentsOf: BinaryRunner.packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        let missing = RuleID.allCases.map(\.rawValue).filter { !docs.contains("`\($0)`") }
        #expect(missing.isEmpty, "rule ids missing from docs/rules.md: \(missing)")
    }
}
