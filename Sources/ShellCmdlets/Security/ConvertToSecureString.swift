import ShellCore

/// ConvertTo-SecureString: a System.Security.SecureString from plain text or from the
/// encoded standard string ConvertFrom-SecureString writes.
final class ConvertToSecureString: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "ConvertTo-SecureString",
    synopsis: "Converts plain text or encrypted strings to secure strings.",
    description: """
      With -AsPlainText, returns a SecureString holding the text; as in pwsh 7, -Force is \
      accepted but not required. Without it, the input must be a standard string written by \
      ConvertFrom-SecureString. In this shell that string is the UTF-16LE bytes of the text \
      in hexadecimal, an encoding rather than encryption, readable only by this shell; other \
      text fails with "Input string was not in a correct format.". A SecureString prints as \
      its type name and shows only its Length.
      """,
    parameters: [
      ParameterDeclaration(
        "String", .string, position: 0, mandatory: true, pipeline: .byValue,
        help: "The plain text (with -AsPlainText) or the standard string to convert."),
      ParameterDeclaration(
        "AsPlainText", .switchParameter, position: 1,
        help: "Takes the input as plain text."),
      ParameterDeclaration(
        "Force", .switchParameter, position: 2,
        help: "Confirms that plain text is intended; pwsh 7 no longer requires it."),
    ],
    examples: [
      CmdletExample(
        "ConvertTo-SecureString 'P@ssw0rd1' -AsPlainText -Force",
        remarks: "A secure string prints as its type name.",
        prints: "System.Security.SecureString\n"),
      CmdletExample(
        "(ConvertTo-SecureString 'P@ssw0rd1' -AsPlainText).Length",
        remarks: "Length is the one property a secure string shows.", prints: "9\n"),
      CmdletExample(
        "'610062006300' | ConvertTo-SecureString | ConvertFrom-SecureString -AsPlainText",
        remarks: "Reads back a standard string ConvertFrom-SecureString wrote.", prints: "abc\n"),
    ],
    module: "Microsoft.PowerShell.Security")

  required init() {}

  func process(_ context: CommandContext) throws {
    let text = context.parameters["String"]?.toText() ?? ""
    if context.parameters["AsPlainText"]?.isTruthy == true {
      try context.write(SecureString.make(text))
      return
    }
    guard let decoded = SecureString.text(fromStandardString: text) else {
      throw context.terminatingError(
        "System.FormatException", "Input string was not in a correct format.",
        category: .notSpecified, exceptionType: "System.FormatException")
    }
    try context.write(SecureString.make(decoded))
  }
}
