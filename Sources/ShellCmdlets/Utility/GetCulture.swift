import ShellCore

/// Get-Culture and Get-UICulture: the session's culture, the invariant one the shell formats
/// dates and numbers with (pwsh's under LANG=C.UTF-8), with its TextInfo.
///
/// Other cultures (-Name, -ListAvailable) are not offered: the shell formats with one culture
/// only, so those parameters do not exist here.
final class GetCulture: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-Culture",
    synopsis: "Gets the current culture set in the operating system.",
    description: """
      Writes the session's CultureInfo object: the invariant culture (LCID 127, an empty Name), \
      whose TextInfo offers ListSeparator and ToTitleCase. It prints as a table of LCID, Name \
      and DisplayName.
      """,
    parameters: [],
    examples: [
      CmdletExample(
        "(Get-Culture).TextInfo.ToTitleCase('jane DOE smith')",
        remarks: "Title-cases each word; words in capitals stay as they are.",
        prints: "Jane DOE Smith\n"),
      CmdletExample(
        "(Get-Culture).DisplayName", remarks: "The culture's name.",
        prints: "Invariant Language (Invariant Country)\n"),
    ],
    module: "Microsoft.PowerShell.Utility", outputType: CoreOutputTypes.culture)

  required init() {}

  func end(_ context: CommandContext) throws {
    try context.write(Members.currentCulture())
  }
}

/// Get-UICulture: the culture the shell's messages use, the same invariant culture.
final class GetUICulture: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-UICulture",
    synopsis: "Gets the current UI culture settings in the operating system.",
    description: """
      Writes the CultureInfo of the shell's messages: the invariant culture, as Get-Culture.
      """,
    parameters: [],
    examples: [
      CmdletExample(
        "(Get-UICulture).LCID", remarks: "The invariant culture's identifier.", prints: "127\n")
    ],
    module: "Microsoft.PowerShell.Utility", outputType: CoreOutputTypes.culture)

  required init() {}

  func end(_ context: CommandContext) throws {
    try context.write(Members.currentCulture())
  }
}
