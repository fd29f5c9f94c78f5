import ShellCore

/// Gets one or more Active Directory groups.
final class GetADGroup: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADGroup",
    synopsis: "Gets one or more Active Directory groups.",
    description: """
      With -Identity, gets one group by distinguished name, GUID, SID or sAMAccountName; with -Filter or \
      -LDAPFilter, searches (under -SearchBase, to -SearchScope). The objects show the \
      module's default properties; -Properties adds others, or all with *.
      """,
    parameters: ADParameters.getParameters("group"), defaultParameterSet: "Filter",
    examples: [
      CmdletExample(
        "(Get-ADGroup -Identity 'Domain Admins').GroupScope",
        remarks: "Gets a group by name and shows its scope.", prints: "Global\n"),
      CmdletExample(
        "Get-ADGroup -Filter \"GroupCategory -eq 'Distribution'\" | ForEach-Object Name",
        remarks: "Lists the distribution groups.", prints: "Marketing\nSales Team DL\n"),
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.group)

  required init() {}

  func process(_ context: CommandContext) throws { try ADGetCommand.run(context, .group) }
}
