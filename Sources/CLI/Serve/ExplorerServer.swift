import Hummingbird

/// Assembles the explorer's Hummingbird application.
enum ExplorerServer {
    /// True for addresses only this machine can reach (the default; anything else needs `--host`).
    static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased()
        return host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// The application serving `routes` on `host:port`; `onListening` receives the port actually
    /// bound (useful with port 0, which lets the system pick a free one).
    static func application(
        routes: ExplorerRoutes, host: String, port: Int, onListening: @escaping @Sendable (Int) -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: routes.router(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "didar"),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? port) })
    }
}
