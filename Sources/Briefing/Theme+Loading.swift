import BriefingCore
import BriefingInput
import Foundation

extension Theme {
    /// The themes briefing ships besides the default (`Assets/themes/NAME.yaml`), by name.
    static var bundledNames: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Assets.themes)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The theme a manifest names at its `theme` key (nil: the default): a file in the brief's
    /// folder `world`, else a bundled theme of that name, laid over the default theme; checked
    /// against pages of `page` and against the brief's `languages`. Also returns where the named
    /// file was read (for fingerprints), nil for the default alone.
    static func load(
        named name: String?, in world: BriefWorld, languages: [Language], page: Size
    ) throws(DiagnosticError) -> (theme: Theme, file: (world: BriefWorld, name: String)?) {
        var file: (world: BriefWorld, name: String)?
        if let name {
            if world.contains(name) || name.contains(where: { $0 == "." || $0 == "/" }) {
                file = (world, name)
            } else if bundledNames.contains(name) {
                file = (BriefWorld(folder: Assets.themes), name + ".yaml")
            } else {
                throw world.refusal(
                    name,
                    "expected 'theme' to be a theme file in the brief's folder or a bundled theme ("
                        + bundledNames.joined(separator: ", ") + "), found '\(name)'")
            }
        }
        let theme = try ThemeReader.read(
            Theme.self, defaultFile: Assets.defaultTheme, override: file?.name, in: file?.world ?? world,
            rules: rules(page: page))
        if let name, let language = languages.first(where: { !theme.languages.contains($0.rawValue) }) {
            throw world.refusal(
                name,
                "expected a brief in \(theme.languages.joined(separator: " or ")) for the theme '\(name)', "
                    + "found language '\(language.rawValue)'")
        }
        return (theme, file)
    }
}
