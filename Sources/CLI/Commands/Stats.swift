import ArgumentParser
import Graph

/// `didar stats`: what the store holds and who is most connected.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Corpus counts, the most connected people (degree and betweenness), the largest institutions, meetings per month.",
        discussion: """
        Examples:
          didar stats
          didar stats --db out/fars/didar.sqlite --top 20 --json
        """
    )

    @Option(help: "Length of each ranking.")
    var top = 10

    @Flag(help: "Print the statistics as JSON.")
    var json = false

    @OptionGroup var store: StoreOptions

    func run() throws {
        let index = try store.openIndex()
        let stats = CorpusStats(index: index, limit: top)
        if json {
            print(try JSONOutput.string(stats))
            return
        }
        print(Terminal.bold("Corpus") + " (\(stats.documents) documents)")
        var counts = TextTable(headers: ["nodes", "count"])
        for c in stats.nodes where c.count > 0 { counts.rows.append([c.name, String(c.count)]) }
        print(counts.render())
        var edges = TextTable(headers: ["edges", "count"])
        for c in stats.edges where c.count > 0 { edges.rows.append([c.name, String(c.count)]) }
        print(edges.render())

        print("\n" + Terminal.bold("Most connected people (degree: distinct people met)"))
        var degree = TextTable(headers: ["#", "person", "role", "degree", "meetings"])
        for (n, p) in stats.topByDegree.enumerated() { degree.rows.append([String(n + 1), p.label, p.role ?? "", String(p.degree), String(p.meetingCount)]) }
        print(degree.render())

        print("\n" + Terminal.bold("Brokers (betweenness centrality)"))
        var between = TextTable(headers: ["#", "person", "role", "betweenness"])
        for (n, p) in stats.topByBetweenness.enumerated() { between.rows.append([String(n + 1), p.label, p.role ?? "", String(format: "%.3f", p.betweenness)]) }
        print(between.rows.isEmpty ? "  none yet: no one links people who would otherwise be apart" : between.render())

        print("\n" + Terminal.bold("Largest institutions (people holding roles)"))
        var inst = TextTable(headers: ["#", "institution", "people", "documents"])
        for (n, i) in stats.largestInstitutions.enumerated() { inst.rows.append([String(n + 1), i.label, String(i.people), String(i.documentCount)]) }
        print(inst.render())

        print("\n" + Terminal.bold("Meetings per month"))
        var months = TextTable(headers: ["month", "meetings"])
        for m in stats.meetingsPerMonth { months.rows.append([m.month, String(m.meetings)]) }
        if stats.undatedMeetings > 0 { months.rows.append(["undated", String(stats.undatedMeetings)]) }
        print(months.render())
    }
}
