import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CLI

/// A bounded burst of concurrent requests on loopback against a live server.
@Suite("Explorer load")
struct ExplorerLoadTests {
    /// 200 requests (searches, cards, drawings) over 16 connections at once must all succeed within
    /// 60 seconds, and the server must still answer afterwards.
    @Test("the server survives 200 requests, 16 at a time", .timeLimit(.minutes(2)))
    func burst() async throws {
        let governor = ExplorerFixtures.id(of: ExplorerFixtures.governorName)
        let mayor = ExplorerFixtures.id(of: ExplorerFixtures.mayorName)
        let search = "/api/search?q=" + ("کاظمی".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        let uris = [
            search, "/api/person/\(governor)", "/api/person/\(mayor)?min=2", "/api/person/\(governor)/network.svg",
            "/api/person/\(mayor)/network.svg?since=2023-06-01", "/api/stats", "/", "/api/search?q=",
        ]
        let total = 200
        let connections = 16
        let app = Application(
            router: try ExplorerFixtures.routes().router(),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let started = ContinuousClock.now
            let statuses = try await withThrowingTaskGroup(of: [Int].self) { group in
                for connection in 0..<connections {
                    group.addTask {
                        let http = TestClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(30)))
                        http.connect()
                        var seen: [Int] = []
                        var index = connection
                        while index < total {
                            let response = try await http.get(uris[index % uris.count])
                            seen.append(response.status.code)
                            index += connections
                        }
                        try await http.shutdown()
                        return seen
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            let elapsed = ContinuousClock.now - started
            #expect(statuses.count == total)
            // Every request answered as it should: 200, or 400 for the deliberately empty search.
            #expect(statuses.allSatisfy { $0 == 200 || $0 == 400 })
            #expect(statuses.filter { $0 == 400 }.count == total / uris.count)
            #expect(elapsed < .seconds(60))
            try await client.execute(uri: "/api/stats", method: .get) { response in #expect(response.status == .ok) }
        }
    }
}
