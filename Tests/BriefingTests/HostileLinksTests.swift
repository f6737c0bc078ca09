import Foundation
import Testing

/// A brief whose notes try to inject PDF syntax and actions through link targets: built with the
/// real command, then every annotation of the PDF read back with qpdf.
@Suite struct HostileLinksTests {
    static let notes = #"""
        ---
        title: Links from a hostile author
        ---

        # Links

        Injected [here](<https://example.com/a) /S /JavaScript /JS (app.alert\(1\)>) and more.

        Script [js](javascript:app.alert(1)) stays plain.

        File [passwd](file:///etc/passwd) stays plain.

        Data [data](data:text/html;base64,PGI+) stays plain.

        Relative [secret](../secret.pdf) stays plain.

        Launch [calc](launch:calc.exe) stays plain.

        Host [spaced](<https://exa mple.com/>) stays plain.

        User [bank](https://bank.example@evil.example/) stays plain.

        Paren [lone](https://example.com/x\)y) kept.

        Backslash [slash](<https://example.com/a\\b>) kept.

        Unicode [unicode](https://例子.中国/路径) kept.

        Spaces [spaces](<https://example.com/a b>) kept.

        Mail [mail](mailto:office@example.org?subject=Q1) kept.

        Query [query](https://example.org/r?a=1&b=(2)) kept.

        Classic [classic](https://example.com/a) /S /JavaScript /JS (app.alert\(1\)) kept.
        """#

    static let plain =
        "is not an http, https or mailto address or a #heading of the notes; the link text is kept as plain text"

    @Test func onlyWebAddressesBecomeLinks() throws {
        let brief = try Support.copyOfExample()
        try Self.notes.write(toFile: brief + "/notes.md", atomically: true, encoding: .utf8)
        let pdf = try Support.temporaryFolder() + "/hostile.pdf"
        let result = try Support.briefing(["build", brief, "-o", pdf])
        #expect(result.status == 0, "\(result.stderr)")

        let warnings = result.stderr.split(separator: "\n").filter { $0.contains(": warning: link destination") }
            .map { $0.replacingOccurrences(of: brief + "/", with: "") }
        #expect(
            warnings == [
                "notes.md:9:8: warning: link destination 'javascript:app.alert(1)' \(Self.plain)",
                "notes.md:11:6: warning: link destination 'file:///etc/passwd' \(Self.plain)",
                "notes.md:13:6: warning: link destination 'data:text/html;base64,PGI+' \(Self.plain)",
                "notes.md:15:10: warning: link destination '../secret.pdf' \(Self.plain)",
                "notes.md:17:8: warning: link destination 'launch:calc.exe' \(Self.plain)",
                "notes.md:19:6: warning: link destination 'https://exa mple.com/' is not a valid address: the host name has the character \" \"; expected letters, digits, '-' and '.'; the link text is kept as plain text",
                "notes.md:21:6: warning: link destination 'https://bank.example@evil.example/' is not a valid address: expected a host name after '//', found user information 'bank.example@'; the link text is kept as plain text",
            ])

        let check = try Support.run("qpdf", ["--check", pdf])
        #expect(check.status == 0 && !check.stdout.contains("WARNING") && check.stderr.isEmpty, "\(check.stdout)")

        // Every annotation of the file, whatever page or object it is in.
        let json = try Support.run("qpdf", ["--json", "--json-key=qpdf", pdf]).stdout
        let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let objects = ((root?["qpdf"] as? [Any])?.last as? [String: Any]) ?? [:]
        let values = objects.values.compactMap { ($0 as? [String: Any])?["value"] as? [String: Any] }
        let annotations = values.filter { $0["/Type"] as? String == "/Annot" || $0["/Subtype"] as? String == "/Link" }
        #expect(!annotations.isEmpty)
        var uris: Set<String> = []
        for annotation in annotations {
            #expect(annotation["/Subtype"] as? String == "/Link")
            if let action = annotation["/A"] as? [String: Any] {
                #expect(action["/S"] as? String == "/URI")
                #expect(Set(action.keys) == ["/Type", "/S", "/URI"])
                if let uri = action["/URI"] as? String { uris.insert(uri) }
            } else {
                #expect(annotation["/Dest"] != nil, "a link with neither an action nor a destination")
            }
        }
        #expect(
            uris
                == Set(
                    [
                        "https://example.com/a%29%20/S%20/JavaScript%20/JS%20%28app.alert%281%29",
                        "https://example.com/x%29y", "https://example.com/a%5Cb",
                        "https://%E4%BE%8B%E5%AD%90.%E4%B8%AD%E5%9B%BD/%E8%B7%AF%E5%BE%84", "https://example.com/a%20b",
                        "mailto:office@example.org?subject=Q1", "https://example.org/r?a=1&b=%282%29",
                        "https://example.com/a",
                    ].map { "u:" + $0 }))
        // No other action or script anywhere in the file, as a key or a name.
        let names = Self.names(in: values)
        for forbidden in [
            "/JavaScript", "/JS", "/Launch", "/OpenAction", "/AA", "/SubmitForm", "/GoToR", "/ImportData",
        ] {
            #expect(!names.contains(forbidden), "\(forbidden) in the file")
        }

        let text = try Support.text(of: pdf)
        for words in [
            "Injected here and more.", "Script js stays plain.", "File passwd stays plain.",
            "Relative secret stays plain.",
            "Launch calc stays plain.", "User bank stays plain.", "Paren lone kept.", "Unicode unicode kept.",
            "Mail mail kept.", "Classic classic /S /JavaScript /JS (app.alert(1)) kept.",
        ] {
            #expect(text.contains(words), "'\(words)' is not in the text")
        }
    }

    /// Every dictionary key and name value in qpdf's JSON (strings there start with "u:" or "b:").
    static func names(in value: Any) -> Set<String> {
        switch value {
        case let dictionary as [String: Any]:
            return dictionary.reduce(into: Set(dictionary.keys)) { $0.formUnion(names(in: $1.value)) }
        case let array as [Any]:
            return array.reduce(into: []) { $0.formUnion(names(in: $1)) }
        case let string as String:
            return string.hasPrefix("/") ? [string] : []
        default:
            return []
        }
    }
}
