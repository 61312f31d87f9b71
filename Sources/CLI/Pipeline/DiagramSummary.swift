import Graph

/// The lines `didar build` prints about its whole-corpus diagram: what it shows, what it left out,
/// and the option that shows each part left out.
struct DiagramSummary: Equatable {
    /// People (named and unnamed) in the corpus graph.
    var peopleInCorpus: Int
    /// People left after the filters (dates, weight, and people who met no one else dropped).
    var peopleInView: Int
    /// People drawn.
    var peopleShown: Int
    /// The `--top` value in force (0: all).
    var top: Int
    /// Coloured communities (of more than one person).
    var communities: Int
    /// Institutions and groups of the corpus that are not drawn, because the view leaves them out.
    var institutionsLeftOut: Int
    var groupsLeftOut: Int

    /// The summary of a prepared overview of `graph` in the view `scope`.
    init(graph: CorpusGraph, scope: GraphFilter.Scope, overview: Overview.Result, top: Int) {
        peopleInCorpus = graph.nodes.count { $0.kind.isPerson }
        peopleInView = overview.peopleInView
        peopleShown = overview.peopleShown
        self.top = top
        communities = min(overview.communities.nontrivialCount, DOTWriter.communityColors.count)
        let drawn = Set(overview.graph.nodes.map(\.id))
        institutionsLeftOut = scope == .people ? graph.nodes.count { $0.kind == .institution && !drawn.contains($0.id) } : 0
        groupsLeftOut = scope == .people ? graph.nodes.count { $0.kind == .group && !drawn.contains($0.id) } : 0
    }

    /// A summary from its counts (for tests).
    init(peopleInCorpus: Int, peopleInView: Int, peopleShown: Int, top: Int, communities: Int, institutionsLeftOut: Int, groupsLeftOut: Int) {
        self.peopleInCorpus = peopleInCorpus
        self.peopleInView = peopleInView
        self.peopleShown = peopleShown
        self.top = top
        self.communities = communities
        self.institutionsLeftOut = institutionsLeftOut
        self.groupsLeftOut = groupsLeftOut
    }

    /// The printed lines: what is drawn, then one «left out» line naming how to see each part.
    var lines: [String] {
        var shown = "diagram: \(Self.count(peopleShown, "person", "people"))"
        if peopleShown < peopleInView {
            shown += " of \(Self.number(peopleInView)) (the top \(Self.number(top)) by meetings"
            if peopleShown < top { shown += ", less \(Self.number(top - peopleShown)) who met none of the others" }
            shown += ")"
        }
        if communities > 0 { shown += ", \(Self.count(communities, "community", "communities")) coloured" }
        var left: [String] = []
        if peopleShown < peopleInView {
            left.append("\(Self.count(peopleInView - peopleShown, "person", "people")) with fewer meetings (--top 0 draws all)")
        }
        if peopleInCorpus > peopleInView {
            left.append("\(Self.count(peopleInCorpus - peopleInView, "person", "people")) who met no one else (after the filters)")
        }
        var actors: [String] = []
        if institutionsLeftOut > 0 { actors.append(Self.count(institutionsLeftOut, "institution", "institutions")) }
        if groupsLeftOut > 0 { actors.append(Self.count(groupsLeftOut, "group", "groups")) }
        if !actors.isEmpty { left.append(actors.joined(separator: " and ") + " (--kind all draws them; --actors also exports them)") }
        return left.isEmpty ? [shown] : [shown, "left out of the diagram: " + left.joined(separator: "; ")]
    }

    /// `n` with thousands separated by commas (`Int.grouped`).
    static func number(_ n: Int) -> String { n.grouped }

    static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(number(n)) \(n == 1 ? one : many)"
    }
}
