import Foundation
import Graph
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CLI

/// Issue 20, item 6: the explorer as HTTP expects, and the same ranking as the command line.
@Suite("Explorer: HTTP methods, form encoding, ids, rankings")
struct ExplorerHTTPTests {
    func withApp(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(
            router: try ExplorerFixtures.routes().router(),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in try await body(client) }
    }

    static func search(_ response: TestResponse) throws -> SearchResponse {
        try JSONDecoder().decode(SearchResponse.self, from: Data(response.body.readableBytesView))
    }

    @Test("'+' in a query is a space, as curl --data-urlencode and HTML forms send it")
    func plusIsSpace() async throws {
        let governor = ExplorerFixtures.id(of: ExplorerFixtures.governorName)
        try await withApp { client in
            // «رضا کاظمی» as `curl --get --data-urlencode q=…` sends it: each word percent-encoded, '+' between.
            let words = ExplorerFixtures.governorName.split(separator: " ").map {
                String($0).addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            }
            try await client.execute(uri: "/api/search?q=" + words.joined(separator: "+"), method: .get) { response in
                #expect(response.status == .ok)
                let answer = try Self.search(response)
                #expect(answer.query == ExplorerFixtures.governorName)
                #expect(answer.candidates.map(\.person.id) == [governor])
            }
            // An escaped plus stays a plus.
            #expect(ExplorerParameters.formDecoded("a%2Bb+c") == "a+b c")
        }
    }

    @Test("other methods get 405 with Allow; HEAD is answered without a body; OPTIONS lists the methods")
    func methods() async throws {
        try await withApp { client in
            for method in [HTTPRequest.Method.post, .put, .delete, .patch] {
                for uri in ["/", "/api/stats", "/api/search?q=x"] {
                    try await client.execute(uri: uri, method: method) { response in
                        #expect(response.status == .methodNotAllowed, "\(method) \(uri)")
                        #expect(response.headers[.allow] == "GET, HEAD")
                        let body = String(decoding: Data(response.body.readableBytesView), as: UTF8.self)
                        #expect(body.contains("only reads"))
                    }
                }
            }
            for uri in ["/", "/api/stats"] {
                var getLength: String?
                try await client.execute(uri: uri, method: .get) { response in getLength = response.headers[.contentLength] }
                try await client.execute(uri: uri, method: .head) { response in
                    #expect(response.status == .ok, "HEAD \(uri)")
                    #expect(response.body.readableBytes == 0)
                    #expect(response.headers[.contentType] != nil)
                    if let getLength { #expect(response.headers[.contentLength] == getLength) }
                }
            }
            try await client.execute(uri: "/api/stats", method: .options) { response in
                #expect(response.status == .noContent)
                #expect(response.headers[.allow] == "GET, HEAD")
            }
        }
    }

    @Test("an id is found by the search, as the page's links and `didar query` print it")
    func searchByID() async throws {
        let governor = ExplorerFixtures.id(of: ExplorerFixtures.governorName)
        try await withApp { client in
            try await client.execute(uri: "/api/search?q=\(governor)", method: .get) { response in
                let answer = try Self.search(response)
                #expect(answer.match == "id")
                #expect(answer.candidates.map(\.person.id) == [governor])
            }
        }
    }

    @Test("/api/stats ranks people as `didar stats` does, and says how")
    func sameRanking() throws {
        let overview = ExplorerFixtures.index.overview(top: 10)
        let stats = CorpusStats(index: ExplorerFixtures.index.corpus, limit: 10)
        #expect(overview.topPeople.map(\.id) == stats.topByDegree.filter { $0.meetingCount > 0 }.map(\.id))
        #expect(overview.topPeopleRankedBy.contains("didar stats"))
    }
}
