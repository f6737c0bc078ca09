import Foundation

/// What `briefing --experimental-dump-help` says of the commands: the facts the help screens,
/// the shell completions and the man page are generated from.
struct CommandHelp: Decodable {
    struct Name: Decodable {
        var kind: String
        var name: String
    }

    struct Argument: Decodable {
        var names: [Name]?
        var abstract: String?
        var shouldDisplay: Bool
        var allValueStrings: [String]?
        var allValueDescriptions: [String: String]?

        /// `--output`, `-o`, as typed.
        var spellings: [String] {
            (names ?? []).map { $0.kind == "short" ? "-" + $0.name : "--" + $0.name }
        }
    }

    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool
        var arguments: [Argument]?
        var subcommands: [Command]?
    }

    var command: Command

    /// The help of the built `briefing`.
    static func load() throws -> CommandHelp {
        let run = try Support.briefing(["--experimental-dump-help"])
        return try JSONDecoder().decode(CommandHelp.self, from: Data(run.stdout.utf8))
    }

    /// The subcommands a user sees (`help` included), in order.
    var subcommands: [Command] { (command.subcommands ?? []).filter(\.shouldDisplay) }
}
