import ShellCore

/// Gets one or more Active Directory computers.
final class GetADComputer: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADComputer",
    synopsis: "Gets one or more Active Directory computers.",
    description: """
      With -Identity, gets one computer by distinguished name, GUID, SID or sAMAccountName (with or without the trailing $); with -Filter or \
      -LDAPFilter, searches (under -SearchBase, to -SearchScope). The objects show the \
      module's default properties; -Properties adds others, or all with *.
      """,
    parameters: ADParameters.getParameters("computer"), defaultParameterSet: "Filter",
    examples: [
      CmdletExample(
        "(Get-ADComputer WS001).SamAccountName",
        remarks: "Finds WS001$ by its name without the dollar sign.", prints: "WS001$\n")
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.computer)

  required init() {}

  func process(_ context: CommandContext) throws { try ADGetCommand.run(context, .computer) }
}
