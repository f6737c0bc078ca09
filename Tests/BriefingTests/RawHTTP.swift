import Foundation

/// One HTTP/1.1 request on a blocking socket to 127.0.0.1, its reply read by its Content-Length:
/// what the tests of `briefing serve` send by hand (a forged Host, a foreign Origin) and how they
/// talk to chromedriver (Foundation's client on Linux refuses chromedriver's headers, written
/// without a space after the colon, and chromedriver keeps the connection open).
enum RawHTTP {
    /// Sends the request, with `Host: 127.0.0.1:PORT` unless `headers` names another; returns the
    /// status and the body.
    static func exchange(
        _ method: String, _ path: String, port: UInt16, headers: [String: String] = [:], _ body: Data = Data()
    ) throws -> (status: Int, body: Data) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Browser.Failure(description: "socket: \(errno)") }
        defer { close(socket) }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected else { throw Browser.Failure(description: "connect to port \(port): \(errno)") }
        let fields = ["Host": "127.0.0.1:\(port)"].merging(headers) { $1 }
            .merging(["Content-Length": "\(body.count)", "Connection": "close"]) { $1 }
        let head =
            "\(method) \(path) HTTP/1.1\r\n" + fields.sorted { $0.key < $1.key }.map { "\($0): \($1)\r\n" }.joined()
            + "\r\n"
        let request = [UInt8](Data(head.utf8) + body)
        var sent = 0
        while sent < request.count {
            let count = request[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw Browser.Failure(description: "send: \(errno)") }
            sent += count
        }
        var reply = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var length: Int?
        var bodyStart = 0
        var status = 0
        while length.map({ reply.count < bodyStart + $0 }) ?? true {
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else {
                throw Browser.Failure(description: "recv from port \(port): \(count == 0 ? "closed" : "\(errno)")")
            }
            reply.append(contentsOf: buffer[0..<count])
            if length == nil, let split = reply.range(of: Data("\r\n\r\n".utf8)) {
                bodyStart = split.upperBound - reply.startIndex
                let lines = String(decoding: reply[..<split.lowerBound], as: UTF8.self).lowercased()
                    .components(separatedBy: "\r\n")
                status = lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
                let field = lines.first { $0.hasPrefix("content-length:") }
                length =
                    field.flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) }
                    ?? 0
            }
        }
        return (status, Data(reply.dropFirst(bodyStart)))
    }
}
