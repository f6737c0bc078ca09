/// Heading ids as GitHub makes them, so that a Markdown link `[…](#targets-for-2014)` written for
/// GitHub reaches the same heading here: lower case, punctuation dropped, spaces as hyphens,
/// letters of every script kept; a repeated id gets `-1`, `-2`…
public struct HeadingSlugs {
    private var seen: [String: Int] = [:]

    public init() {}

    /// The id of the next heading, whose text is `text`.
    public mutating func next(for text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " || scalar == "-" {
                slug.unicodeScalars.append("-")
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" {
                slug.unicodeScalars.append(scalar)
            }
        }
        let count = seen[slug, default: 0]
        seen[slug] = count + 1
        return count == 0 ? slug : "\(slug)-\(count)"
    }
}
