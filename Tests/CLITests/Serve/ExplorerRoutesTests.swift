import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CLI

/// The explorer over HTTP on loopback: answers, errors, escaping, safety.
@Suite("Explorer routes")
struct ExplorerRoutesTests {
    let governor = ExplorerFixtures.id(of: ExplorerFixtures.governorName)

    /// Runs `body` against a live server over the fixture corpus, on a free loopback port, so every
    /// request goes through real HTTP (raw paths included).
    func withApp(nodeLimit: Int = NetworkDrawing.defaultNodeLimit, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(
            router: try ExplorerFixtures.routes(nodeLimit: nodeLimit).router(),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in try await body(client) }
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    static func data(_ response: TestResponse) -> Data {
        Data(response.body.readableBytesView)
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Self.data(response)) as? [String: Any])
    }

    @Test("search answers JSON with the candidates for every spelling")
    func search() async throws {
        let governor = governor
        try await withApp { client in
            for query in ["رضا كاظمي", "دکتر رضا کاظمی", "رضاکاظمی"] {
                try await client.execute(uri: "/api/search?q=\(Self.encoded(query))", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                    let answer = try JSONDecoder().decode(SearchResponse.self, from: Self.data(response))
                    #expect(answer.candidates.map(\.person.id) == [governor])
                }
            }
            try await client.execute(uri: "/api/search?q=\(Self.encoded("کاظمی"))&limit=1", method: .get) { response in
                let answer = try JSONDecoder().decode(SearchResponse.self, from: Self.data(response))
                #expect(answer.candidates.count == 1)
                #expect(answer.truncated)
            }
        }
    }

    @Test("bad parameters give 400 with a JSON message naming the parameter")
    func badRequests() async throws {
        let governor = governor
        try await withApp { client in
            let cases: [(String, String)] = [
                ("/api/search", "q"),
                ("/api/search?q=", "q"),
                ("/api/search?q=\(String(repeating: "a", count: 201))", "too long"),
                ("/api/search?q=x&limit=0", "limit"),
                ("/api/search?q=x&limit=abc", "limit"),
                ("/api/person/not-an-id", "id"),
                ("/api/person/\(governor)?since=2023-02-30", "since"),
                ("/api/person/\(governor)?until=yesterday", "until"),
                ("/api/person/\(governor)?since=2023-05-01&until=2023-01-01", "after"),
                ("/api/person/\(governor)?min=-1", "min"),
                ("/api/person/\(governor)?min=99999999999999999999", "min"),
                ("/api/person/\(governor)?depth=3", "depth"),
                ("/api/person/\(governor)/network.svg?depth=0", "depth"),
                ("/api/person/\(governor)/network.svg?download=yes", "download"),
            ]
            for (uri, word) in cases {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    let error = try Self.json(response)["error"] as? String
                    #expect(error?.contains(word) == true, "\(uri): \(error ?? "no message")")
                }
            }
        }
    }

    @Test("an unknown person is 404; a person's card comes back with contacts and evidence")
    func card() async throws {
        let governor = governor
        try await withApp { client in
            try await client.execute(uri: "/api/person/p_0000000000000000", method: .get) { response in
                #expect(response.status == .notFound)
                let body = try Self.json(response)
                #expect(body["error"] as? String != nil)
            }
            try await client.execute(uri: "/api/person/\(governor)?since=2023-01-01&min=1", method: .get) { response in
                #expect(response.status == .ok)
                let card = try JSONDecoder().decode(PersonCardResponse.self, from: Self.data(response))
                #expect(card.person.id == governor)
                #expect(card.contacts.count == 3)
                #expect(card.filter.since == "2023-01-01")
            }
        }
    }

    @Test("the ego network comes as clickable SVG, PNG, GraphML and JSON; downloads are attachments")
    func network() async throws {
        let governor = governor
        try await withApp { client in
            try await client.execute(uri: "/api/person/\(governor)/network.svg", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/svg+xml; charset=utf-8")
                let svg = String(buffer: response.body)
                #expect(svg.contains("<svg"))
                #expect(svg.contains("data-node=\"\(governor)\""))
                #expect(svg.contains("data-node=\"\(ExplorerFixtures.id(of: ExplorerFixtures.mayorName))\""))
                // The hostile name is drawn as text, never as markup.
                #expect(!svg.contains("<script"))
                #expect(svg.contains("&lt;script&gt;"))
                #expect(!svg.contains("\u{202E}"))
            }
            try await client.execute(uri: "/api/person/\(governor)/network.png?download=1", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Array(Self.data(response).prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"didar-\(governor).png\"")
            }
            try await client.execute(uri: "/api/person/\(governor)/network.graphml?min=2", method: .get) { response in
                #expect(response.status == .ok)
                let graphml = String(buffer: response.body)
                #expect(graphml.contains("<graphml"))
                #expect(graphml.contains(ExplorerFixtures.id(of: ExplorerFixtures.mayorName)))
                #expect(!graphml.contains(ExplorerFixtures.id(of: ExplorerFixtures.deputyName)))
            }
            try await client.execute(uri: "/api/person/\(governor)/network.json", method: .get) { response in
                #expect(response.status == .ok)
                let body = try Self.json(response)
                #expect(body["nodes"] != nil)
            }
        }
    }

    @Test("a network too large to draw is refused with 413 and advice; GraphML is still offered")
    func tooLarge() async throws {
        let governor = governor
        try await withApp(nodeLimit: 2) { client in
            try await client.execute(uri: "/api/person/\(governor)/network.svg", method: .get) { response in
                #expect(response.status == .contentTooLarge)
                let error = try Self.json(response)["error"] as? String
                #expect(error?.contains("GraphML") == true)
            }
            try await client.execute(uri: "/api/person/\(governor)/network.graphml", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("hostile text stays data: JSON-escaped in the API, never interpolated into the page")
    func escaping() async throws {
        let governor = governor
        try await withApp { client in
            try await client.execute(uri: "/api/person/\(governor)", method: .get) { response in
                let body = String(buffer: response.body)
                let card = try JSONDecoder().decode(PersonCardResponse.self, from: Self.data(response))
                #expect(card.contacts.contains { $0.person.label.contains("<script>") })
                #expect(!body.contains("javascript:"))
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
                let page = String(buffer: response.body)
                #expect(page.contains("dir=\"rtl\""))
                #expect(!page.contains("script>alert"))
            }
        }
    }

    @Test("the assets route serves only its fixed files: traversal attempts are 404")
    func assets() async throws {
        try await withApp { client in
            for name in ["explorer.js", "explorer.css", "index.html"] {
                try await client.execute(uri: "/assets/\(name)", method: .get) { response in
                    #expect(response.status == .ok, "\(name)")
                }
            }
            for uri in ["/assets/..%2F..%2FPackage.swift", "/assets/../../Package.swift", "/assets/%2e%2e/%2e%2e/etc/passwd",
                        "/assets/..", "/assets/Explorer.js", "/assets/explorer.js%00.png", "/assets/", "/etc/passwd",
                        "/assets/..%5C..%5CPackage.swift", "/api/person/..%2F..%2Fetc"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound || response.status == .badRequest, "\(uri)")
                    #expect(!String(buffer: response.body).contains("PackageDescription"), "\(uri)")
                    #expect(!String(buffer: response.body).contains("root:"), "\(uri)")
                }
            }
        }
    }

    @Test("stats answer the corpus overview")
    func stats() async throws {
        try await withApp { client in
            try await client.execute(uri: "/api/stats", method: .get) { response in
                #expect(response.status == .ok)
                let overview = try JSONDecoder().decode(CorpusOverview.self, from: Self.data(response))
                #expect(overview.documents == 4)
            }
        }
    }
}
