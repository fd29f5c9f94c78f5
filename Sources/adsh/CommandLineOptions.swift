/// The command line, parsed with pwsh's conventions.
///
/// Parameter names are case-insensitive and may be shortened to any unambiguous prefix
/// (`-nop`, `-noni`, `-c`); `-File` must come last, and everything after its path is passed to
/// the script. A bare first argument is a script path. (swift-argument-parser offers neither
/// case-insensitive names nor prefix matching, so this small parser is written by hand.)
struct CommandLineOptions {
  enum Mode: Equatable {
    case interactive
    case file(path: String, arguments: [String])
    case command(String)
    /// `-Command -` or standard input that is not a terminal.
    case standardInput
  }

  var mode: Mode = .interactive
  var noProfile = false
  var noLogo = false
  var nonInteractive = false
  var noExit = false
  var showVersion = false
  var showHelp = false
  /// `-Lab PATH`: the lab database to use (`:memory:` for a throw-away lab).
  var labPath: String?

  /// A parse failure with pwsh-like wording.
  struct Failure: Error {
    let message: String
  }

  private static let names = [
    "File", "Command", "NoProfile", "NoLogo", "NonInteractive", "NoExit", "Version", "Help",
    "Lab",
  ]

  static func parse(_ arguments: [String]) throws -> CommandLineOptions {
    var options = CommandLineOptions()
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      guard argument.hasPrefix("-"), argument.count > 1 else {
        options.mode = .file(path: argument, arguments: Array(arguments[index...]))
        return options
      }
      let name = try resolve(String(argument.drop { $0 == "-" || $0 == "/" }))
      switch name {
      case "File":
        guard index < arguments.count else {
          throw Failure(message: "Missing the argument for parameter -File.")
        }
        let path = arguments[index]
        options.mode = .file(path: path, arguments: Array(arguments[(index + 1)...]))
        return options
      case "Command":
        guard index < arguments.count else {
          throw Failure(message: "Missing the argument for parameter -Command.")
        }
        let text = arguments[index...].joined(separator: " ")
        options.mode = text == "-" ? .standardInput : .command(text)
        return options
      case "NoProfile": options.noProfile = true
      case "NoLogo": options.noLogo = true
      case "NonInteractive": options.nonInteractive = true
      case "NoExit": options.noExit = true
      case "Lab":
        guard index < arguments.count else {
          throw Failure(message: "Missing the argument for parameter -Lab.")
        }
        options.labPath = arguments[index]
        index += 1
      case "Version": options.showVersion = true
      default: options.showHelp = true
      }
    }
    return options
  }

  /// Matches a parameter name case-insensitively by unambiguous prefix (`c` is `Command`,
  /// as pwsh resolves it, and `?` and `h` are `Help`).
  private static func resolve(_ written: String) throws -> String {
    let lower = written.lowercased()
    if lower == "?" || lower == "h" { return "Help" }
    if lower == "c" { return "Command" }
    if lower == "f" { return "File" }
    if lower == "v" { return "Version" }
    let matches = names.filter { $0.lowercased().hasPrefix(lower) }
    if matches.count == 1 { return matches[0] }
    if let exact = names.first(where: { $0.lowercased() == lower }) { return exact }
    if matches.isEmpty {
      throw Failure(
        message: "The argument '-\(written)' is not recognized as the name of a command-line "
          + "parameter. Run 'adsh -Help' for the list.")
    }
    throw Failure(
      message: "The parameter '-\(written)' is ambiguous. Possible matches: "
        + matches.map { "-" + $0 }.joined(separator: " ") + ".")
  }

  static let usage = """
    Usage: adsh [-NoProfile] [-NoLogo] [-NonInteractive] [-NoExit]
                [-Command <text> | -c <text> | -File <script.ps1> [args...]]
                [-Lab <path>] [-Version] [-Help]

      -File, -f         Runs a script; the remaining arguments go to the script.
      -Command, -c      Runs the text as PowerShell commands ('-' reads standard input).
      -NoProfile        Does not run the profile script.
      -NoLogo           Does not print the banner.
      -NonInteractive   Prompts become errors.
      -NoExit           Stays in the shell after -Command or -File.
      -Lab              The lab database (default $env:ADSH_LAB, else
                        $XDG_DATA_HOME/adsh/lab.sqlite); ':memory:' for a throw-away lab.
      -Version          Prints the version and exits.
      -Help, -?         Prints this help.

    With no arguments adsh starts an interactive shell on a terminal, or runs the script
    read from standard input when it is not a terminal.

    """
}
