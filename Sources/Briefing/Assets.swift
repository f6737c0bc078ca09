import Foundation

/// Finds the files briefing ships with (`Assets/`: fonts.conf, theme.yaml, themes/).
public enum Assets {
    /// The assets folder: `$BRIEFING_ASSETS` if set; else `share/briefing/Assets` beside an
    /// installed binary; else the source checkout's `Assets/` this binary was built from.
    public static let directory: String = {
        let fileManager = FileManager.default
        if let explicit = ProcessInfo.processInfo.environment["BRIEFING_ASSETS"], !explicit.isEmpty {
            return explicit
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let installed = executable.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/briefing/Assets")
        if fileManager.fileExists(atPath: installed.appendingPathComponent("theme.yaml").path) {
            return installed.path
        }
        // Sources/Briefing/Assets.swift → the package root.
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Assets").path
    }()

    /// The fontconfig file that pins the fonts.
    public static var fontConfiguration: String { directory + "/fonts.conf" }

    /// The default theme.
    public static var defaultTheme: String { directory + "/theme.yaml" }

    /// The folder of the bundled themes a brief names without a file (`theme: jianbao`).
    public static var themes: String { directory + "/themes" }
}
