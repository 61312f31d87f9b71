import Foundation
import Testing

/// The graph handed to a real property-graph engine: `scripts/kuzu-load.py` loads the `neo4j/` export of
/// a seeds build into Kùzu, three Cypher queries a researcher would write run there (an official's
/// contacts, shortest chains of meetings, meetings in a date range), and their answers must agree with
/// `didar query` and `didar path` on the same build. Needs `python3` with `kuzu` (`make deps`); the test
/// fails, not skips, when it is missing.
@Suite("Kùzu hand-off", .serialized)
struct KuzuHandOffTests {
    /// Runs the three Cypher queries and prints one JSON object. The official is the person with a role
    /// who met the most others (ties by id); chains are asked between every two people (at most 80 pairs);
    /// the date range covers the middle half of the met edges' first dates.
    static let script = #"""
        import json, sys
        import kuzu
        conn = kuzu.Connection(kuzu.Database(sys.argv[1], read_only=True))
        def rows(query, **params):
            result = conn.execute(query, params)
            out = []
            while result.has_next():
                out.append(result.get_next())
            return out
        # CAST(… AS STRING) reads a date column the same whether the export types it (:date) or not.
        text = lambda column: f"CAST({column} AS STRING)"

        official = rows("""
            MATCH (p:Person)-[:MET]-(q) WHERE p.role IS NOT NULL
            RETURN p.id, p.label, count(DISTINCT q) AS n ORDER BY n DESC, p.id LIMIT 1""")[0]

        # 1. Whom did the official meet, and how many times?
        contacts = rows("MATCH (p {id: $id})-[e:MET]-(q) RETURN q.id, e.meetings", id=official[0])

        # 2. The shortest chain of meetings between two people, through people only (as `didar path`).
        people = [{"id": i, "label": l} for i, l in rows("MATCH (q:Person) RETURN q.id, q.label ORDER BY q.id")]
        pairs = [(a["id"], b["id"]) for n, a in enumerate(people) for b in people[n + 1:]][:80]
        paths = []
        for a, b in pairs:
            found = rows("""
                MATCH p = (a:Person {id: $a})-[:MET* SHORTEST 1..30 (r, n | WHERE label(n) = 'Person')]-(b:Person {id: $b})
                RETURN length(p) LIMIT 1""", a=a, b=b)
            paths.append({"from": a, "to": b, "length": found[0][0] if found else None})

        # 3. Who met whom between two dates? An edge keeps its first and last dates, so Cypher sees the
        #    pairs whose meetings overlap the range, and those entirely inside it.
        dates = sorted({d for (d,) in rows(f"MATCH ()-[e:MET]->() WHERE e.first_date IS NOT NULL RETURN {text('e.first_date')}")})
        since, until = dates[len(dates) // 4], dates[(3 * len(dates)) // 4]
        in_range = rows(f"""
            MATCH (a)-[e:MET]->(b)
            WHERE {text('e.first_date')} <= $until AND {text('e.last_date')} >= $since
            RETURN a.id, b.id, {text('e.first_date')}, {text('e.last_date')}, e.meetings""", since=since, until=until)
        print(json.dumps({
            "official": {"id": official[0], "label": official[1]},
            "contacts": {q: n for q, n in contacts},
            "people": people,
            "paths": paths,
            "since": since, "until": until,
            "in_range": [{"a": a, "b": b, "first": f, "last": l, "meetings": n} for a, b, f, l, n in in_range],
            "met": rows("MATCH (a)-[:MET]->(b) RETURN a.id, b.id"),
        }, ensure_ascii=False))
        """#

    @Test("the neo4j export loads into Kùzu and Cypher agrees with didar query and didar path")
    func cypherAgreesWithDidar() throws {
        let runner = try BinaryRunner()
        let folder = try TemporaryFolder("didar-kuzu")
        let out = folder.url.appendingPathComponent("out")
        let seeds = BinaryRunner.packageRoot.appendingPathComponent("seeds").path
        let built = try runner.run(["build", seeds, "-o", out.path, "--no-draw"])
        try #require(built.status == 0, "didar build failed: \(built.stderr)")
        let db = out.appendingPathComponent("didar.sqlite").path
        func didar(_ arguments: [String]) throws -> [String: Any] {
            let run = try runner.run(arguments + ["--db", db, "--json"])
            try #require(run.status == 0, "didar \(arguments.joined(separator: " ")) failed: \(run.stderr)")
            return try Self.object(run.stdout)
        }
        // People are named as a user types them (their label); a label several people share cannot name
        // one, and those people are left out of the comparisons (the checks below fail if none is left).
        func card(_ id: String, _ label: String, _ range: [String] = []) throws -> [String: Int]? {
            let run = try runner.run(["query", label, "--db", db, "--json"] + range)
            if run.status != 0, run.stderr.contains("matches") { return nil }
            try #require(run.status == 0, "didar query \(label) failed: \(run.stderr)")
            let object = try Self.object(run.stdout)
            try #require(object["id"] as? String == id, "«\(label)» names \(object["id"] ?? "nobody"), not \(id)")
            return try Self.contacts(object)
        }

        let kuzu = folder.url.appendingPathComponent("kuzu").path
        let loader = BinaryRunner.packageRoot.appendingPathComponent("scripts/kuzu-load.py").path
        let loaded = try Self.python([loader, out.appendingPathComponent("neo4j").path, kuzu])
        try #require(loaded.status == 0, "kuzu-load.py failed:\n\(loaded.output)")
        // The loader reports one line per table; the person count must be the store's.
        let personLine = loaded.output.split(separator: "\n").first { $0.hasPrefix("Person: ") }
        let people = try #require(personLine.flatMap { Int($0.split(separator: " ")[1]) })
        let kinds = try #require(try didar(["stats"])["nodes"] as? [[String: Any]])
        #expect(kinds.first { $0["name"] as? String == "person" }?["count"] as? Int == people)

        try Data(Self.script.utf8).write(to: folder.url.appendingPathComponent("check.py"))
        let checked = try Self.python([folder.url.appendingPathComponent("check.py").path, kuzu])
        try #require(checked.status == 0, "Cypher queries failed:\n\(checked.output)")
        let cypher = try Self.object(Data(checked.output.utf8))
        let official = try #require(cypher["official"] as? [String: Any])
        let id = try #require(official["id"] as? String), label = try #require(official["label"] as? String)

        // 1. An official's contacts: the same actors with the same numbers of meetings.
        let kuzuContacts = try #require(cypher["contacts"] as? [String: Int])
        #expect(kuzuContacts.count > 1)
        let officialCard = try #require(try card(id, label), "the official's label «\(label)» names several people")
        #expect(officialCard == kuzuContacts)

        // 2. Shortest chains: the same length between every two people (none when Kùzu finds none),
        //    and each step of didar's chain is a MET relationship in Kùzu.
        let met = Set(try #require(cypher["met"] as? [[String]]).flatMap { [$0.joined(separator: "|"), $0.reversed().joined(separator: "|")] })
        let paths = try #require(cypher["paths"] as? [[String: Any]])
        var labelOf: [String: String] = [:]
        for person in try #require(cypher["people"] as? [[String: Any]]) {
            labelOf[try #require(person["id"] as? String)] = person["label"] as? String
        }
        var connected = 0
        for pair in paths {
            let a = try #require(pair["from"] as? String), b = try #require(pair["to"] as? String)
            let run = try runner.run(["path", labelOf[a] ?? a, labelOf[b] ?? b, "--db", db, "--json"])
            if run.status != 0, run.stderr.contains("matches") { continue }  // a label several people share
            guard let length = pair["length"] as? Int else {
                #expect(run.status != 0, "Kùzu finds no chain \(a)–\(b), didar path does: \(run.stdoutText)")
                continue
            }
            connected += 1
            try #require(run.status == 0, "didar path \(a) \(b) failed: \(run.stderr)")
            let path = try Self.object(run.stdout)
            let steps = try #require(path["steps"] as? [Any]), stops = try #require(path["stops"] as? [[String: Any]])
            #expect(steps.count == length, "\(a)–\(b): didar \(steps.count) steps, Kùzu \(length)")
            let ids = stops.compactMap { $0["id"] as? String }
            #expect(ids.first == a && ids.last == b)
            for (x, y) in zip(ids, ids.dropFirst()) { #expect(met.contains("\(x)|\(y)"), "\(x)–\(y) is no MET relationship") }
        }
        #expect(connected > 0, "no two people are connected: the path check would be empty")

        // 3. A date range, for every person: each contact `didar query --since --until` shows overlaps the
        //    range in Kùzu, and each pair whose meetings all lie inside the range shows with all of them.
        let since = try #require(cypher["since"] as? String), until = try #require(cypher["until"] as? String)
        let rows = try #require(cypher["in_range"] as? [[String: Any]])
        var overlapping: [String: Set<String>] = [:], inside: [String: [String: Int]] = [:]
        for row in rows {
            let a = try #require(row["a"] as? String), b = try #require(row["b"] as? String)
            overlapping[a, default: []].insert(b)
            overlapping[b, default: []].insert(a)
            if let first = row["first"] as? String, let last = row["last"] as? String, first >= since, last <= until {
                inside[a, default: [:]][b] = row["meetings"] as? Int
                inside[b, default: [:]][a] = row["meetings"] as? Int
            }
        }
        var shown = 0
        for person in try #require(cypher["people"] as? [[String: Any]]) {
            let p = try #require(person["id"] as? String)
            guard let ranged = try card(p, labelOf[p] ?? p, ["--since", since, "--until", until]) else { continue }
            shown += ranged.count
            #expect(Set(ranged.keys).isSubset(of: overlapping[p] ?? []), "\(p) in \(since)…\(until): didar \(ranged.keys.sorted()), Kùzu \((overlapping[p] ?? []).sorted())")
            for (q, meetings) in inside[p] ?? [:] { #expect(ranged[q] == meetings, "\(p)–\(q): all \(meetings) meeting(s) lie in \(since)…\(until)") }
        }
        #expect(shown > 0, "nobody met anyone in \(since)…\(until): the range check would be empty")
    }

    /// The contacts of a `didar query --json` card: id → meetings.
    private static func contacts(_ card: [String: Any]) throws -> [String: Int] {
        var out: [String: Int] = [:]
        for contact in try #require(card["contacts"] as? [[String: Any]]) {
            out[try #require(contact["id"] as? String)] = try #require(contact["meetingCount"] as? Int)
        }
        return out
    }

    private static func object(_ data: Data) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Runs `python3` with `arguments`; standard output and error together.
    private static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
