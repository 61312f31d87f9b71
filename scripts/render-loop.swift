// A tiny program for scripts/valgrind-render.sh: renders the same Persian graph N times through
// GraphvizRenderer (PNG, PDF, core SVG, laid-out DOT), plus a parse and a syntax error each round, so
// valgrind can show whether anything leaks per render. Compiled together with Sources/Graphviz.
import Foundation

@main
struct RenderLoop {
    static let dot = """
    digraph loop {
      node [shape=box, fontname="Noto Sans Arabic"];
      p1 [label="حسن روحانی\\nرئیس‌جمهور"];
      p2 [label="محمدجواد ظریف"];
      o1 [label="مجلس شورای اسلامی"];
      p1 -> p2 [label="دیدار"];
      p1 -> o1;
    }
    """

    static func main() throws {
        let rounds = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 10 : 10
        let renderer = GraphvizRenderer()
        var bytes = 0
        for _ in 0..<rounds {
            for format in [OutputFormat.png, .pdf, .svg, .dot] {
                bytes += try renderer.render(dot: dot, format: format).count
            }
            _ = try renderer.parse(dot: dot)
            do {
                _ = try renderer.parse(dot: "digraph { a -> ; }")
            } catch {
                // Expected: exercises the error path and message capture. (A `catch GraphvizError.syntax`
                // pattern here crashes the Swift 6.3.1 compiler's SIL ownership verifier.)
                guard case .syntax = error else { throw error }
            }
        }
        print("rounds=\(rounds) bytes=\(bytes)")
    }
}
