import ArgumentParser
import Foundation
import Graphviz
// `IOError`: the socket error NIO reports when the port cannot be bound.
import NIOCore

/// `didar serve`: the store in a browser — search people, open their cards, draw their networks.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explore the store in a browser: search people, read their cards and evidence, draw their networks.",
        discussion: """
        Reads the store once at start-up, answers from memory (no endpoint writes anything) and serves a right-to-left Persian page, with English labels one click away, and the JSON endpoints behind it (docs/web-api.md). Listens on 127.0.0.1 only unless --host says otherwise. Stop it with Ctrl-C.

        Examples:
          didar serve
          didar serve --db /tmp/news/didar.sqlite --port 9000
          curl --get --data-urlencode q=علوی http://127.0.0.1:8080/api/search

        Answers GET and HEAD; other methods get 405 with Allow. A port already in use exits with code 8.
        """
    )

    @Option(help: "The store to open (read-only).")
    var db = "out/didar.sqlite"

    @Option(help: "The port to listen on (0 lets the system pick a free one).")
    var port = 8080

    @Option(help: "The address to listen on. Anything but loopback exposes the store to your network.")
    var host = "127.0.0.1"

    @Option(help: "The largest network (in nodes) the server draws; larger ones are refused with advice.")
    var maxNodes = NetworkDrawing.defaultNodeLimit

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        let ceiling = LayoutAdvisor.nodeLimit(for: .dot) ?? 600
        guard (1...ceiling).contains(maxNodes) else {
            throw ValidationError("--max-nodes must be from 1 to \(ceiling) (dot cannot lay out more in reasonable time)")
        }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty") }
    }

    func run() async throws {
        let index = try StoreSnapshot.load(path: db)
        if !ExplorerServer.isLoopback(host) {
            Terminal.warn("didar: warning: listening on \(host) lets other machines on the network read this store; "
                + "there is no authentication. Use the default 127.0.0.1 unless that is what you want.")
        }
        let routes = ExplorerRoutes(index: index, assets: try AssetCatalog(), nodeLimit: maxNodes)
        let people = index.graph.nodes(of: .person).count
        let shownHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        let app = ExplorerServer.application(routes: routes, host: host, port: port) { bound in
            Terminal.warn("didar: serving \(db) (\(people) people) on http://\(shownHost):\(bound)/ — Ctrl-C to stop")
        }
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw UserFacingError(
                message: "port \(port) on \(host) is already in use by another program (another `didar serve`?): "
                    + "stop it, or choose another port with --port N (--port 0 picks a free one)",
                exitCode: ExitStatus.portBusy)
        } catch let error as IOError where error.errnoCode == EACCES || error.errnoCode == EADDRNOTAVAIL {
            throw UserFacingError(
                message: "cannot listen on \(host):\(port) (\(String(cString: strerror(error.errnoCode)))): ports below 1024 need "
                    + "privileges, and --host must be an address of this machine",
                exitCode: ExitStatus.portBusy)
        }
    }
}
