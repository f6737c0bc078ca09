/// The version of briefing, as `briefing --version` prints it.
public enum BriefingVersion {
    /// `MAJOR.MINOR.PATCH`: the minor number follows the project's issues (0.15 for issue 15).
    public static let current = "0.15.0"
}
