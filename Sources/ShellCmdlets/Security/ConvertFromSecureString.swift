import ShellCore

/// ConvertFrom-SecureString: the text of a secure string, or its encoded standard string.
final class ConvertFromSecureString: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "ConvertFrom-SecureString",
    synopsis: "Converts a secure string to an encrypted standard string.",
    description: """
      Without -AsPlainText, writes the standard string ConvertTo-SecureString reads back. In \
      this shell it is the UTF-16LE bytes of the text in lower-case hexadecimal: an encoding, \
      not encryption, so do not store secrets in it. With -AsPlainText (pwsh 7), writes the \
      text itself.
      """,
    parameters: [
      ParameterDeclaration(
        "SecureString", .typed(PSType(kind: .other, fullName: SecureString.typeName)),
        position: 0, mandatory: true, pipeline: .byValue, help: "The secure string to convert."),
      ParameterDeclaration(
        "AsPlainText", .switchParameter, help: "Writes the text of the secure string."),
    ],
    examples: [
      CmdletExample(
        "ConvertTo-SecureString 'P@ssw0rd1' -AsPlainText | ConvertFrom-SecureString -AsPlainText",
        remarks: "Reads the text back.", prints: "P@ssw0rd1\n"),
      CmdletExample(
        "ConvertTo-SecureString 'abc' -AsPlainText | ConvertFrom-SecureString",
        remarks: "The standard string: two bytes per character in hexadecimal.",
        prints: "610062006300\n"),
    ],
    module: "Microsoft.PowerShell.Security")

  required init() {}

  func process(_ context: CommandContext) throws {
    let text = context.parameters["SecureString"].flatMap(SecureString.text(of:)) ?? ""
    if context.parameters["AsPlainText"]?.isTruthy == true {
      try context.write(.string(text))
    } else {
      try context.write(.string(SecureString.standardString(of: text)))
    }
  }
}
