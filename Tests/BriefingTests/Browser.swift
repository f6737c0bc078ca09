import Foundation

/// Headless Chromium driven through chromedriver (W3C WebDriver over HTTP), for tests of the preview
/// page as a browser shows it. Debian's `chromium` and `chromium-driver` (Scripts/setup --tests).
final class Browser {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let driver: Process
    private let port: UInt16
    /// The session's path: `/session/ID`.
    private let session: String

    /// Starts chromedriver on a free port and opens a headless browser window.
    init() async throws {
        port = try Self.freePort()
        driver = Process()
        driver.executableURL = URL(fileURLWithPath: "/usr/bin/chromedriver")
        driver.arguments = ["--port=\(port)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        var ready = false
        var problem: (any Error)?
        for _ in 0..<100 where !ready {
            do {
                ready = try await Self.request("GET", "/status", port: port)["ready"] as? Bool == true
            } catch {
                problem = error
            }
            if !ready { try await Task.sleep(for: .milliseconds(100)) }
        }
        guard ready else {
            kill(driver.processIdentifier, SIGKILL)
            throw Failure(
                description: "chromedriver did not start on port \(port): \(problem.map { "\($0)" } ?? "not ready")")
        }
        let options: [String: Any] = [
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
            ],
        ]
        let capabilities = ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]]
        let created = try await Self.request("POST", "/session", port: port, capabilities)
        guard let id = created["sessionId"] as? String else {
            kill(driver.processIdentifier, SIGKILL)
            throw Failure(description: "no browser session: \(created)")
        }
        session = "/session/\(id)"
    }

    /// Closes the browser and stops chromedriver.
    func quit() async {
        _ = try? await Self.request("DELETE", session, port: port)
        // chromedriver ignores SIGTERM.
        kill(driver.processIdentifier, SIGKILL)
        driver.waitUntilExit()
    }

    func open(_ address: String) async throws {
        _ = try await Self.request("POST", "\(session)/url", port: port, ["url": address])
    }

    /// The value of a JavaScript expression in the page.
    func evaluate(_ expression: String) async throws -> Any? {
        try await Self.request(
            "POST", "\(session)/execute/sync", port: port, ["script": "return (\(expression));", "args": []])["value"]
    }

    /// Waits until `expression` is true in the page, up to `seconds`; throws saying what
    /// `explain` gives at the end when it never is.
    func wait(
        until expression: String, seconds: Double = 15, explain: String = "document.body.innerText.slice(0, 800)"
    ) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await evaluate(expression) as? Bool == true { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        let state = try await evaluate(explain)
        throw Failure(description: "after \(seconds) s, still not \(expression); the page: \(state ?? "nil")")
    }

    /// A PNG screenshot of the window.
    func screenshot() async throws -> Data {
        let value = try await Self.request("GET", "\(session)/screenshot", port: port)["value"] as? String ?? ""
        return Data(base64Encoded: value) ?? Data()
    }

    /// Sends a WebDriver command to chromedriver at `port`; returns the reply's `value` when it is an
    /// object, else the reply.
    @discardableResult
    private static func request(_ method: String, _ path: String, port: UInt16, _ body: Any? = nil) async throws
        -> [String: Any]
    {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        let body = try RawHTTP.exchange(
            method, path, port: port, headers: ["Content-Type": "application/json"], payload
        ).body
        let reply = try JSONSerialization.jsonObject(with: body) as? [String: Any]
        if let value = reply?["value"] as? [String: Any] {
            if let error = value["error"] as? String {
                throw Failure(description: "\(method) \(path): \(error): \(value["message"] ?? "")")
            }
            return value.merging(["value": value]) { old, _ in old }
        }
        return reply ?? [:]
    }

    /// A TCP port nobody listens on now.
    static func freePort() throws -> UInt16 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: \(errno)") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else { throw Failure(description: "bind: \(errno)") }
        return UInt16(bigEndian: address.sin_port)
    }
}

/// `briefing serve` running in the background on a free port.
final class ServedBrief {
    let process = Process()
    let address: String
    /// What the server prints on standard error (a file: a pipe nobody reads could fill up).
    private let errors = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString).err")

    /// Starts `briefing serve PATH --port 0 OPTIONS…` and waits for the address it prints.
    init(_ path: String, _ options: [String] = []) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: Support.executable)
        process.arguments = ["serve", path, "--port", "0"] + options
        process.environment = ProcessInfo.processInfo.environment.merging(["BRIEFING_CACHE": Support.cacheFolder]) {
            $1
        }
        process.standardOutput = output
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard let range = line.range(of: #"http://[^ ]+:[0-9]+/"#, options: .regularExpression) else {
            process.terminate()
            throw Browser.Failure(description: "serve printed no address: '\(line)'")
        }
        address = String(line[range])
    }

    /// Stops the server; returns what it printed on standard error.
    func stop() -> String {
        process.terminate()
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: errors) }
        return (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
    }
}
