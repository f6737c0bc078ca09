import Briefing
import BriefingCore
import BriefingData
import FlyingFox
import FlyingSocks
import Foundation

/// `briefing serve`: a local web page showing a brief's pages (or a report batch's contact sheet),
/// rebuilt whenever a file of the brief is saved and pushed to every open page over a WebSocket.
///
/// Routes: `/` the page; `/state` the state as JSON; `/events` the WebSocket (the state after
/// every build; the page sends `{"period": …, "language": …}` to choose a contact sheet);
/// `/image/HASH.png` the images (named by their content); `/brief.pdf` the brief as a PDF.
///
/// Only requests naming the server's own address as their host (and origin) are answered, so that
/// another web site open in the browser cannot read the brief, even through a DNS name it points
/// at the loopback address.
public final class PreviewServer: Sendable {
    private let server: HTTPServer
    private let state = PreviewState()
    private let worker: PreviewWorker
    private let host: String

    /// A server for the brief or report manifest at `path`, on `host` (an IPv4 or IPv6 address)
    /// and `port` (0: any free port). Starts building at once; `built` hears of every build.
    public init(
        path: String, host: String = "127.0.0.1", port: UInt16,
        built: @escaping @Sendable (PreviewWorker.Outcome) -> Void = { _ in }
    ) throws {
        let state = self.state
        worker = try PreviewWorker(path: path) { outcome in
            built(outcome)
            Task { await state.take(outcome) }
        }
        self.host = host
        let address: any SocketAddress =
            host.contains(":")
            ? try sockaddr_in6.inet6(ip6: host, port: port) : try sockaddr_in.inet(ip4: host, port: port)
        server = HTTPServer(address: address, timeout: 60, logger: .disabled)
    }

    /// Serves until the task is cancelled.
    public func run() async throws {
        await server.appendRoute(
            "*",
            to: Router(
                state: state, worker: worker,
                port: { [server] in
                    await server.listeningAddress.flatMap(Self.port)
                }, host: host))
        try await server.run()
    }

    /// The port the server listens on, once it does.
    public func port() async throws -> UInt16 {
        try await server.waitUntilListening()
        guard let port = await server.listeningAddress.flatMap(Self.port) else {
            throw SocketError.failed(type: "listeningAddress", errno: 0, message: "no port")
        }
        return port
    }

    private static func port(of address: Socket.Address) -> UInt16? {
        switch address {
        case .ip4(_, let port), .ip6(_, let port): port
        case .unix: nil
        }
    }

    /// Answers every request, after checking its host and origin.
    private struct Router: HTTPHandler {
        let state: PreviewState
        let worker: PreviewWorker
        let port: @Sendable () async -> UInt16?
        let host: String

        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
            guard let port = await port(), allowed(request, port: port) else {
                return Self.text(.forbidden, "forbidden: this preview answers only at its own address\n")
            }
            let parts = request.path.split(separator: "/").map(String.init)
            switch (request.method, parts) {
            case (.GET, []):
                return HTTPResponse(
                    statusCode: .ok, headers: Self.headers("text/html; charset=utf-8"),
                    body: Data(PreviewPage.html.utf8))
            case (.GET, ["state"]):
                return HTTPResponse(
                    statusCode: .ok, headers: Self.headers("application/json"), body: Data(await state.json.utf8))
            case (.GET, ["events"]):
                return try await WebSocketHTTPHandler.webSocket(Events(state: state, worker: worker))
                    .handleRequest(request)
            case (.GET, let path) where path.count == 2 && path[0] == "image" && path[1].hasSuffix(".png"):
                guard let png = await state.image(named: String(path[1].dropLast(4))) else {
                    return Self.text(.notFound, "no such image\n")
                }
                var headers = Self.headers("image/png")
                headers[.cacheControl] = "max-age=3600, immutable"
                return HTTPResponse(statusCode: .ok, headers: headers, body: Data(png))
            case (.GET, ["brief.pdf"]):
                guard let pdf = try await state.pdfBytes() else { return Self.text(.notFound, "no PDF yet\n") }
                return HTTPResponse(statusCode: .ok, headers: Self.headers("application/pdf"), body: Data(pdf))
            default:
                return Self.text(.notFound, "not found\n")
            }
        }

        /// The request's `Host` is this server's address (see ``answers(_:port:)``), and its
        /// `Origin`, when sent, too.
        private func allowed(_ request: HTTPRequest, port: UInt16) -> Bool {
            guard let given = request.headers[.host], answers(given, port: port) else { return false }
            guard let origin = request.headers[HTTPHeader("Origin")] else { return true }
            let scheme = "http://"
            return origin.lowercased().hasPrefix(scheme) && answers(String(origin.dropFirst(scheme.count)), port: port)
        }

        /// Whether `name` (`HOST:PORT`, `[IPv6]:PORT`, or without the port when it is 80) names this
        /// server: its own address; for a loopback server also `localhost`, `127.0.0.1` and `[::1]`;
        /// for a server on every address (`0.0.0.0`, `::`) any IP address or `localhost` — never
        /// another DNS name, which a web site could point at this machine.
        private func answers(_ name: String, port: UInt16) -> Bool {
            let name = name.lowercased()
            let address: Substring
            let rest: Substring
            if name.hasPrefix("["), let close = name.firstIndex(of: "]") {
                address = name[name.index(after: name.startIndex)..<close]
                rest = name[name.index(after: close)...]
            } else {
                let colon = name.lastIndex(of: ":") ?? name.endIndex
                (address, rest) = (name[..<colon], name[colon...])
            }
            guard rest == ":\(port)" || rest.isEmpty && port == 80 else { return false }
            switch host {
            case "0.0.0.0", "::": return address == "localhost" || Self.isIPAddress(address)
            case "127.0.0.1", "::1": return ["localhost", "127.0.0.1", "::1"].contains(address)
            default: return address == host.lowercased()
            }
        }

        /// Whether `text` is an IPv4 or IPv6 address as written in a URL.
        private static func isIPAddress(_ text: Substring) -> Bool {
            var bytes = in6_addr()
            return inet_pton(AF_INET, String(text), &bytes) == 1 || inet_pton(AF_INET6, String(text), &bytes) == 1
        }

        private static func headers(_ type: String) -> HTTPHeaders {
            var headers = HTTPHeaders()
            headers[.contentType] = type
            headers[.cacheControl] = "no-store"
            headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
            return headers
        }

        private static func text(_ status: HTTPStatusCode, _ body: String) -> HTTPResponse {
            HTTPResponse(statusCode: status, headers: headers("text/plain; charset=utf-8"), body: Data(body.utf8))
        }
    }

    /// The WebSocket: the state after every build; a page's choice of period and language.
    private struct Events: WSMessageHandler {
        let state: PreviewState
        let worker: PreviewWorker

        private struct Choice: Decodable {
            var period: String?
            var language: String?
        }

        func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
            let updates = await state.listen()
            Task { [state, worker] in
                for await message in client {
                    guard case .text(let text) = message,
                        let choice = try? JSONDecoder().decode(Choice.self, from: Data(text.utf8))
                    else { continue }
                    await state.building()
                    worker.select(
                        PreviewWorker.Selection(
                            period: choice.period.flatMap(Period.init), language: choice.language.flatMap(Language.init)
                        ))
                }
            }
            return AsyncStream { continuation in
                let task = Task {
                    for await update in updates { continuation.yield(.text(update)) }
                    continuation.finish()
                }
                continuation.onTermination = { _ in task.cancel() }
            }
        }
    }
}
