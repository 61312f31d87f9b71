/// Small Persian graphs shared by the rendering tests.
enum PersianFixtures {
    /// The graph whose PNG was inspected by eye (labels joined, right to left) when the renderer was
    /// written: three people, an institution, meetings labelled with a date.
    static let meetingDOT = """
    digraph didar {
      graph [rankdir=LR, label="دیدارها", fontname="Noto Sans Arabic"];
      node [shape=box, style=rounded, fontname="Noto Sans Arabic"];
      edge [fontname="Noto Sans Arabic"];
      p1 [label="حسن روحانی\\nرئیس‌جمهور"];
      p2 [label="محمدجواد ظریف\\nوزیر امور خارجه"];
      p3 [label="سرگئی لاوروف"];
      o1 [label="مجلس شورای اسلامی", shape=ellipse];
      p1 -> p2 [label="دیدار ۱۳۹۸/۰۵/۱۲"];
      p2 -> p3 [label="گفت‌وگو"];
      p1 -> o1 [label="سخنرانی"];
    }
    """

    /// Words from `meetingDOT` that must survive into the core SVG as text.
    static let labelWords = ["حسن روحانی", "وزیر امور خارجه", "سرگئی لاوروف", "مجلس شورای اسلامی"]

    /// A graph of `nodes` nodes in a chain, for size and loop tests.
    static func chain(nodes: Int) -> String {
        var lines = ["graph chain {"]
        for index in 0..<nodes { lines.append("  n\(index) [label=\"نفر \(index)\"];") }
        for index in 1..<max(nodes, 1) { lines.append("  n\(index - 1) -- n\(index);") }
        lines.append("}")
        return lines.joined(separator: "\n")
    }
}
