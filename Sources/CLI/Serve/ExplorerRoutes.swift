import Foundation
import Graphviz
import Hummingbird

/// The explorer's HTTP routes: the page, its assets, and the JSON/drawing endpoints of docs/web-api.md.
struct ExplorerRoutes: Sendable {
    /// The data, loaded once.
    let index: ExplorerIndex
    /// The page's files.
    let assets: AssetCatalog
    /// Largest network drawn.
    let nodeLimit: Int
    /// Where drawings are made.
    let renders: RenderQueue

    /// Routes over `index`; networks above `nodeLimit` nodes are refused with advice.
    init(index: ExplorerIndex, assets: AssetCatalog, nodeLimit: Int = NetworkDrawing.defaultNodeLimit,
         renders: RenderQueue = RenderQueue()) {
        self.index = index
        self.assets = assets
        self.nodeLimit = nodeLimit
        self.renders = renders
    }

    /// A router serving every route, with the security headers on every response; GET and HEAD only.
    func router() -> Router<BasicRequestContext> {
        // HEAD is answered for every GET route (its headers, no body); other methods get 405 (`MethodMiddleware`).
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: MethodMiddleware())
        router.get("/") { _, _ in try self.asset("index.html") }
        router.get("/assets/:name") { _, context in
            // Only names in the fixed manifest exist; anything else (including `..`) is a 404.
            try self.asset(context.parameters.get("name") ?? "")
        }
        router.get("/api/stats") { _, _ in ExplorerResponse.json(self.index.overview()) }
        router.get("/api/search") { request, _ in
            let query = try ExplorerParameters.searchQuery(request)
            let limit = try ExplorerParameters.integer("limit", in: 1...ExplorerParameters.maxLimit, default: 20, request)
            return ExplorerResponse.json(self.index.search(query, limit: limit))
        }
        router.get("/api/person/:id") { request, context in
            let id = try ExplorerParameters.nodeID(context)
            let filter = try ExplorerParameters.viewFilter(request)
            guard let card = self.index.card(id, filter: filter, nodeLimit: self.nodeLimit) else {
                throw ExplorerError.notFound("no person with id \(id) in this store")
            }
            return ExplorerResponse.json(card)
        }
        for format in NetworkDrawing.Format.allCases {
            router.get("/api/person/:id/network.\(format.rawValue)") { request, context in
                try await self.network(request, context, format: format)
            }
        }
        return router
    }

    private func asset(_ name: String) throws -> Response {
        guard let asset = assets[name] else { throw ExplorerError.notFound("no such page") }
        return ExplorerResponse.bytes(asset.bytes, contentType: asset.contentType)
    }

    /// The ego network of the person in `format`; drawings above the node limit are refused (413).
    private func network(_ request: Request, _ context: BasicRequestContext, format: NetworkDrawing.Format) async throws -> Response {
        let id = try ExplorerParameters.nodeID(context)
        let filter = try ExplorerParameters.viewFilter(request)
        let download = try ExplorerParameters.integer("download", in: 0...1, default: 0, request) == 1
        guard let person = index.summary(of: id) else { throw ExplorerError.notFound("no person with id \(id) in this store") }
        let network = index.network(around: id, filter: filter)
        if format.isDrawing, network.nodes.count > nodeLimit {
            throw ExplorerError.tooLarge(NetworkDrawing.advice(nodes: network.nodes.count, limit: nodeLimit))
        }
        let key = "\(id)|\(filter.since ?? "")|\(filter.until ?? "")|\(filter.minMeetings)|\(filter.depth)|\(format.rawValue)"
        let bytes: [UInt8]
        do {
            bytes = try await renders.run(key: key) {
                try NetworkDrawing.render(network, format: format, title: person.label)
            }
        } catch let error as ExplorerError {
            throw error
        } catch let error as GraphvizError {
            throw ExplorerError.failed("Graphviz could not draw this network: \(error)")
        }
        return ExplorerResponse.bytes(
            bytes, contentType: format.contentType,
            filename: download ? "didar-\(id).\(format.rawValue)" : nil)
    }
}
