import ArgumentParser
import Foundation
import Graph

/// `didar why NAME NAME`: every meeting behind the met edge of two people, with the sentence, the trigger and
/// the ids of the rules that found it, so a researcher can see why the edge is there and which rule to doubt.
struct Why: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show every meeting behind the met edge of two people, with its sentence, trigger and rule.",
        discussion: """
        Examples:
          didar why "علوی" "صفوی"
          didar why "آتش‌زر" "علوی" --db out/didar.sqlite
        Each meeting prints its date, article and sentence, the trigger words, the rule id of the meeting frame
        and the file:line of the frame in the lexicons (docs/rules.md).
        """
    )

    @Argument(help: "The first person's name (any spelling).")
    var first: String

    @Argument(help: "The second person's name (any spelling).")
    var second: String

    @Option(help: "Pick the first person by id when the name matches several.")
    var firstID: String?

    @Option(help: "Pick the second person by id when the name matches several.")
    var secondID: String?

    @OptionGroup var store: StoreOptions

    func run() throws {
        let index = try store.openIndex()
        let a = try PersonResolver.resolve(first, id: firstID, in: index)
        let b = try PersonResolver.resolve(second, id: secondID, in: index)
        let (source, target) = a.id < b.id ? (a.id, b.id) : (b.id, a.id)
        guard let edge = index.graph.edges(of: .met).first(where: { $0.source == source && $0.target == target }) else {
            throw UserFacingError(message: "«\(a.label)» and «\(b.label)» have no met edge in \(store.db)", exitCode: ExitStatus.notFound)
        }
        print("«\(a.label)» met «\(b.label)»: \(edge.evidence.count) meeting\(edge.evidence.count == 1 ? "" : "s") (edge \(edge.id))")
        for (n, item) in edge.evidence.enumerated() {
            print("")
            print("\(n + 1). \(item.date ?? "undated")  \(item.document)  sentence \(item.sentence)  meeting \(item.meetingID)")
            print("   \(item.text)")
            print("   trigger: «\(item.trigger ?? "")»\(item.kind.map { "  kind: \($0.rawValue)" } ?? "")")
            print("   rule: \(item.rule ?? "unknown (stored before rule ids)")\(item.ruleSource.map { "  (\($0))" } ?? "")")
        }
    }
}
