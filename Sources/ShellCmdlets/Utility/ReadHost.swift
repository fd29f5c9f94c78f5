import ShellCore

/// Read-Host: a line typed at the terminal, optionally as a secure string.
final class ReadHost: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Read-Host",
    synopsis: "Reads a line of input from the console.",
    description: """
      Shows the prompt followed by ": " (nothing without -Prompt) and returns the line typed, \
      as a string, or as a SecureString with -AsSecureString. -AsSecureString and -MaskInput \
      do not echo what is typed. Without a terminal, or under -NonInteractive, it fails with \
      "PowerShell is in NonInteractive mode.".
      """,
    parameters: [
      ParameterDeclaration(
        "Prompt", .any, position: 0, pipeline: .remainingArguments,
        help: "The text shown before the input; a colon and a space are added."),
      ParameterDeclaration(
        "AsSecureString", .switchParameter, help: "Returns a SecureString; input is hidden."),
      ParameterDeclaration(
        "MaskInput", .switchParameter, help: "Hides the input but returns a plain string."),
    ],
    examples: [
      CmdletExample(
        "try { Read-Host 'Name' } catch { $_.Exception.Message }",
        remarks: "Without a terminal there is no one to ask.",
        prints:
          "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.\n"
      ),
      CmdletExample(
        "$name = try { Read-Host 'Name' -ErrorAction Stop } catch { 'guest' }; $name",
        remarks: "A script can fall back when it cannot ask; -AsSecureString would hide the input.",
        prints: "guest\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    let parameters = context.parameters
    let isSecure = parameters["AsSecureString"]?.isTruthy == true
    let hidden = isSecure || parameters["MaskInput"]?.isTruthy == true
    let promptText = parameters["Prompt"].map {
      $0.enumerated.map { $0.toText() }.joined(separator: " ")
    }
    let prompt = promptText.map { $0 + ": " } ?? ""
    let line = try context.readLineFromUser(prompt: prompt, hidden: hidden) ?? ""
    try context.write(isSecure ? SecureString.make(line) : .string(line))
  }
}
