import ShellCore

/// Set-StrictMode: turns strict mode on (at a version) or off for the caller's scope and the
/// scopes it starts.
final class SetStrictMode: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Set-StrictMode",
    synopsis: "Establishes and enforces coding rules in expressions, scripts, and script blocks.",
    description: """
      Sets the strict mode of the current scope, which applies to it and to its child scopes \
      until one of them sets its own. Version 1.0 refuses uninitialized variables (except in \
      expandable strings); 2.0 also refuses them in strings, references to properties an \
      object lacks, indexing a value that has no indexer, and calling a command as a method \
      (`f(1,2)`); 3.0 and Latest also refuse array and string indexes out of bounds. -Off \
      turns strict mode off in the current scope.
      """,
    parameters: [
      ParameterDeclaration(
        "Version", .any, mandatory: true, sets: ["Version"], aliases: ["v"],
        help: "1.0, 2.0, 3.0 or Latest: which rules to enforce."),
      ParameterDeclaration(
        "Off", .switchParameter, mandatory: true, sets: ["Off"],
        help: "Turns strict mode off in the current scope."),
    ],
    defaultParameterSet: "Version",
    examples: [
      CmdletExample(
        "Set-StrictMode -Version Latest; $a = 1; $a + 1",
        remarks: "Strict mode lets a correct script run unchanged.", prints: "2\n"),
      CmdletExample(
        "& { Set-StrictMode -Version 1.0; \"[$undefined]\" }",
        remarks: "Version 1.0 still allows an unset variable in an expandable string.",
        prints: "[]\n"),
    ],
    module: "Microsoft.PowerShell.Core")

  required init() {}

  func end(_ context: CommandContext) throws {
    if context.parameters.isSet("Off") {
      context.interpreter.setStrictMode(0, in: context.scope)
      return
    }
    let argument = context.parameters["Version"] ?? .null
    context.interpreter.setStrictMode(try Self.majorVersion(argument, context), in: context.scope)
  }

  /// The major version an argument names: `Latest` is this shell's version, a bare number is
  /// that version's `.0`, and only versions PowerShell has had are valid.
  static func majorVersion(_ argument: Value, _ context: CommandContext) throws -> Int {
    let text = argument.toText()
    if text.lowercased() == "latest" { return latestMajor }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
    guard (1...4).contains(parts.count), parts.allSatisfy({ ($0 ?? -1) >= 0 }) else {
      throw CmdletErrors.terminating(
        context, "CannotConvertArgumentNoMessage",
        "Cannot bind parameter 'Version'. Cannot convert value \"\(text)\" to type "
          + "\"System.Version\". Error: \"Version string portion was too short or too long. "
          + "(Parameter 'input')\"", category: .invalidArgument, target: argument,
        exceptionType: "System.Management.Automation.ParameterBindingException")
    }
    let major = parts[0] ?? 0
    let minor = parts.count > 1 ? parts[1] ?? 0 : 0
    guard isValid(major: major, minor: minor) else {
      throw CmdletErrors.terminating(
        context, "ParameterArgumentValidationError",
        "Cannot validate argument on parameter 'Version'. The \"\(text)\" argument does not "
          + "contain a valid PowerShell version. Supply a valid version number and then try the "
          + "command again.", category: .invalidData, target: argument,
        exceptionType: "System.Management.Automation.ParameterBindingValidationException")
    }
    return major
  }

  /// PowerShell's released versions: 1.0 to 4.0, 5.0 and 5.1, 6.0 to 6.2, and 7.x up to this
  /// shell's own.
  private static func isValid(major: Int, minor: Int) -> Bool {
    switch major {
    case 1...4: return minor == 0
    case 5: return minor <= 1
    case 6: return minor <= 2
    case 7: return minor <= latestMinor
    default: return false
    }
  }

  /// The shell's own version, which `Latest` stands for (7.5).
  private static let latestMajor = 7
  private static let latestMinor = 5
}
