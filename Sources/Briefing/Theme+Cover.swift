import BriefingCore
import BriefingInput
import BriefingLayout

extension Theme {
    /// How the manifest's `cover` section is set (`cover:` in a theme file).
    struct Cover: Decodable, Hashable, Sendable {
        /// A cover page of its own, or the masthead of a bulletin at the top of page 1.
        enum Style: String, Decodable, Hashable, Sendable {
            case standard, masthead
        }

        var style: Style
        /// The masthead's font family (a fontconfig family list) for the bulletin's name and the title.
        var mastheadFont: String
        var nameSize: Double
        var titleSize: Double

        enum CodingKeys: String, CodingKey {
            case style
            case mastheadFont = "masthead-font", nameSize = "name-size", titleSize = "title-size"
        }

        /// What each value may be, for ``Theme/rules(page:)``.
        static let rules: [(path: String, value: ThemeRules.Value)] = [
            ("cover.style", .choice(["standard", "masthead"])),
            ("cover.masthead-font", .text(maximumLength: 200)),
            ("cover.name-size", .number(12...96, what: "a font size", unit: " points")),
            ("cover.title-size", .number(4...72, what: "a font size", unit: " points")),
        ]

        /// The masthead's name (bold; the layout colours it with the accent) and title (bold).
        func mastheadStyle(title: TextStyle) -> MastheadStyle {
            let title = title.with {
                $0.family = mastheadFont
                $0.size = titleSize
                $0.weight = .bold
            }
            return MastheadStyle(
                name: title.with {
                    $0.size = nameSize
                    $0.lineHeight = 1.15
                }, title: title)
        }
    }
}
