import Testing

@testable import BriefingCore

/// Link targets: only absolute http, https and mailto URIs, normalised so that nothing in them
/// needs escaping in PDF syntax.
@Suite("WebAddress: link targets")
struct WebAddressTests {
    @Test(arguments: [
        ("https://example.org/r?a=1&b=2#top", "https://example.org/r?a=1&b=2#top"),
        ("HTTP://Example.ORG/Path", "http://Example.ORG/Path"),
        ("mailto:x@example.org?subject=Q1%20plan", "mailto:x@example.org?subject=Q1%20plan"),
        (
            "https://example.com/a) /S /JavaScript /JS (app.alert\\(1\\)",
            "https://example.com/a%29%20/S%20/JavaScript%20/JS%20%28app.alert%5C%281%5C%29"
        ),
        ("https://example.com/)", "https://example.com/%29"),
        ("https://example.com/a b'c\"d<e>f", "https://example.com/a%20b%27c%22d%3Ce%3Ef"),
        ("https://example.com/x\ny\u{7F}", "https://example.com/x%0Ay%7F"),
        ("https://例子.中国/路径?q=é", "https://%E4%BE%8B%E5%AD%90.%E4%B8%AD%E5%9B%BD/%E8%B7%AF%E5%BE%84?q=%C3%A9"),
        ("https://example.com/a#b#c", "https://example.com/a#b%23c"),
        ("https://[2001:db8::1]:8080/x", "https://[2001:db8::1]:8080/x"),
        ("https://example.com:443", "https://example.com:443"),
        ("https://example.com/[x]{y}|^`", "https://example.com/%5Bx%5D%7By%7D%7C%5E%60"),
    ])
    func normalises(_ input: String, _ expected: String) throws {
        let address = try WebAddress(parsing: input)
        #expect(address.text == expected)
        // Normalising is idempotent: the renderer parses again what the notes reader produced.
        #expect(try WebAddress(parsing: address.text).text == expected)
        // Nothing that a PDF literal string or a cairo attribute would need escaped.
        #expect(
            !address.text.contains { "()\\'\" <>".contains($0) || $0.asciiValue.map { $0 < 0x20 || $0 > 0x7E } ?? true }
        )
    }

    @Test(arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>",
        "docs/local.html", "/absolute/path", "//example.com/x", "ftp://example.com/", "launch:calc.exe",
        "", ":x", "1http://example.com", "vbscript:msgbox",
    ])
    func refusesOtherSchemes(_ input: String) {
        #expect(throws: WebAddress.Problem.notAllowed) { try WebAddress(parsing: input) }
    }

    @Test(arguments: [
        ("https:example.com", "expected '//' and a host name after 'https:'"),
        ("http://", "expected a host name after '//'"),
        ("https:///path", "expected a host name after '//'"),
        ("https://exa mple.com/", "the host name has the character \" \"; expected letters, digits, '-' and '.'"),
        ("https://ex(a).com/", "the host name has the character \"(\"; expected letters, digits, '-' and '.'"),
        ("https://example.com:99999/", "expected a port number from 0 to 65535 after ':', found '99999'"),
        ("https://example.com:/", "expected a port number from 0 to 65535 after ':', found ''"),
        ("https://user:pw@example.com/", "expected a host name after '//', found user information 'user:pw@'"),
        ("https://example.com/%zz", "'%zz' is not a percent-encoded byte (% and two hexadecimal digits)"),
        ("https://example.com/%4", "'%4' is not a percent-encoded byte (% and two hexadecimal digits)"),
        ("https://[::1/", "expected an IPv6 address between '[' and ']'"),
        ("mailto:", "expected an address after 'mailto:'"),
        ("mailto:?subject=x", "expected an address after 'mailto:'"),
    ])
    func refusesMalformed(_ input: String, _ reason: String) {
        #expect(throws: WebAddress.Problem.malformed(reason)) { try WebAddress(parsing: input) }
    }
}
