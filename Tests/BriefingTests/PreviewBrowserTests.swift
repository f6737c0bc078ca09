import Foundation
import Testing

/// `briefing serve` as a user sees it: a headless Chromium opens the preview page while the brief
/// is edited, broken and fixed on disk.
@Suite(.serialized)
struct PreviewBrowserTests {
    /// Every page image is in the document and loaded.
    static let pagesLoaded = """
        document.querySelectorAll('img.page').length === %d
          && [...document.querySelectorAll('img.page')].every((i) => i.complete && i.naturalWidth > 0)
        """

    /// The titles of the outline beside the pages.
    static let outline = "[...document.querySelectorAll('#outline a span:first-child')].map((s) => s.textContent)"

    @Test func thePagePreviewsTheBriefFollowsEditsAndShowsDiagnostics() async throws {
        let brief = try Support.copyOfExample()
        let pages = try Support.briefing(["build", brief, "-o", brief + "/../expected.pdf"])
        let count = try #require(Int(pages.stdout.split(separator: "(").last?.split(separator: " ").first ?? ""))
        let log = try await Self.preview(brief) { browser in
            try await browser.wait(until: String(format: Self.pagesLoaded, count))
            #expect(
                try await browser.evaluate("document.title") as? String
                    == "Industrial Parks 2013 and Targets for 2014 — briefing preview")
            #expect(try await browser.evaluate("document.querySelector('#pages img').naturalWidth") as? Int == 1191)
            // Beside the pages, the PDF's outline.
            let outline = try await browser.evaluate(Self.outline) as? [String] ?? []
            #expect(outline == (try Support.outline(of: brief + "/../expected.pdf").map(\.title)))
            try Data("\n## Preview check 42\n\nWritten while the page was open.\n".utf8).append(to: brief + "/notes.md")
            // A change to the notes shows without reloading: the page keeps a value set before it.
            _ = try await browser.evaluate("window.notReloaded = true")
            try await browser.wait(until: "\(Self.outline).includes('Preview check 42')")
            #expect(try await browser.evaluate("window.notReloaded") as? Bool == true)

            // A broken table: its diagnostic over the last good pages, which stay.
            let table = brief + "/monthly.csv"
            let good = try String(contentsOfFile: table, encoding: .utf8)
            try good.replacingOccurrences(
                of: "hitech,tit_volume,2012-02,1.9378", with: "hitech,tit_volume,2012-02,1.9x78"
            )
            .write(toFile: table, atomically: true, encoding: .utf8)
            try await browser.wait(until: "!document.getElementById('diagnostics').hidden")
            let diagnostics =
                try await browser.evaluate("document.getElementById('diagnostics').innerText") as? String ?? ""
            #expect(diagnostics.contains("The brief cannot be built: 1 error"))
            #expect(
                diagnostics.contains(
                    "\(table):3:27: error: expected a number in column 'value', found '1.9x78'\n"
                        + "    hitech,tit_volume,2012-02,1.9x78\n" + "                              ^"))
            #expect(try await browser.evaluate("document.querySelectorAll('img.page').length") as? Int == count)
            #expect(
                try await browser.evaluate("document.getElementById('status').innerText") as? String
                    == "broken: see below")
            try Data(try await browser.screenshot()).write(to: URL(fileURLWithPath: brief + "/../broken.png"))

            // Fixed: the pages come back and the diagnostics go.
            try good.write(toFile: table, atomically: true, encoding: .utf8)
            try await browser.wait(
                until: "document.body.dataset.ok === 'true' && document.getElementById('diagnostics').hidden")
            try await browser.wait(until: String(format: Self.pagesLoaded, count))
            #expect(try await browser.evaluate("window.notReloaded") as? Bool == true)
        }
        #expect(log.contains("error: expected a number in column 'value', found '1.9x78'"))
    }

    @Test func aReportManifestShowsAContactSheetOfOneReportPerEntity() async throws {
        let folder = try Support.temporaryFolder() + "/monthly"
        try FileManager.default.copyItem(atPath: Support.packageRoot.path + "/Briefings/parks-monthly", toPath: folder)
        let entities = try String(contentsOfFile: folder + "/parks.csv", encoding: .utf8)
            .components(separatedBy: .newlines).dropFirst().filter { !$0.isEmpty }.map {
                String($0.split(separator: ",")[0])
            }
        #expect(entities.count == 12)
        _ = try await Self.preview(folder) { browser in
            try await browser.wait(until: String(format: Self.pagesLoaded, entities.count), seconds: 30)
            let captions = try await browser.evaluate(
                "[...document.querySelectorAll('figcaption')].map((c) => c.innerText)")
            let shown = (captions as? [String]) ?? []
            #expect(shown.count == entities.count)
            for id in entities { #expect(shown.contains { $0.hasSuffix("(\(id))") }, "no report of \(id)") }
            // Another period and language, chosen on the page.
            let periods = try await browser.evaluate(
                "[...document.querySelectorAll('select[name=period] option')].map((o) => o.value)")
            let first = try #require((periods as? [String])?.first)
            _ = try await browser.evaluate(
                "(() => { const s = document.querySelector('select[name=period]'); s.value = '\(first)'; s.onchange(); return true })()"
            )
            try await browser.wait(
                until:
                    "document.querySelector('select[name=period]').value === '\(first)' && document.body.dataset.ok === 'true'"
                    + " && !document.getElementById('status').innerText.startsWith('building')", seconds: 30)
            try await browser.wait(until: String(format: Self.pagesLoaded, entities.count), seconds: 30)
        }
    }

    /// Serves `path`, opens its page in a browser and runs `body`; stops both and returns what the
    /// server printed (recorded as an issue when `body` throws).
    static func preview(_ path: String, _ body: (Browser) async throws -> Void) async throws -> String {
        let server = try ServedBrief(path)
        let browser: Browser
        do { browser = try await Browser() } catch {
            _ = server.stop()
            throw error
        }
        do {
            try await browser.open(server.address)
            try await body(browser)
        } catch {
            await browser.quit()
            Issue.record("serve printed: \(server.stop())")
            throw error
        }
        await browser.quit()
        return server.stop()
    }
}

extension Data {
    /// Appends the bytes to the file at `path`.
    func append(to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: self)
    }
}
