import Foundation
import Testing

extension FirstDayEndToEnd {
    /// Issue 20, item 6: a busy port is reported as such, with its own exit code.
    @Suite("didar serve on a busy port")
    struct BusyPortTests {
        /// A loopback socket listening on a port the system picked; closed on deinit.
        final class Listener {
            let fd: Int32
            let port: Int
            init() throws {
                let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
                var address = sockaddr_in()
                address.sin_family = sa_family_t(AF_INET)
                address.sin_addr.s_addr = inet_addr("127.0.0.1")
                address.sin_port = 0
                var length = socklen_t(MemoryLayout<sockaddr_in>.size)
                let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
                guard bound == 0, listen(descriptor, 1) == 0 else {
                    close(descriptor)
                    throw POSIXError(.EADDRINUSE)
                }
                _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) } }
                fd = descriptor
                port = Int(UInt16(bigEndian: address.sin_port))
            }
            deinit { close(fd) }
        }

        @Test("exit code 8 and a sentence naming the port")
        func busy() async throws {
            let runner = try BinaryRunner()
            let folder = try TemporaryFolder("didar-busy")
            let good = try await StoreSafetyTests.goodBuild(runner, folder)
            let listener = try Listener()
            let r = try await runner.runDetached(["serve", "--db", good.db, "--port", String(listener.port)], timeout: 60)
            #expect(r.status == 8, "\(r.status): \(r.stderr)")
            #expect(r.stderr.contains("port \(listener.port)") && r.stderr.contains("already in use"), "\(r.stderr)")
            #expect(!r.stderr.contains("errno"))
        }
    }
}
