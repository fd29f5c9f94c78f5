import ShellCore

/// Gets one or more Active Directory users.
final class GetADUser: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADUser",
    synopsis: "Gets one or more Active Directory users.",
    description: """
      With -Identity, gets one user by distinguished name, GUID, SID or sAMAccountName; with -Filter or \
      -LDAPFilter, searches (under -SearchBase, to -SearchScope). The objects show the \
      module's default properties; -Properties adds others, or all with *.
      """,
    parameters: ADParameters.getParameters("user"), defaultParameterSet: "Filter",
    examples: [
      CmdletExample(
        "(Get-ADUser -Identity ajohnson).UserPrincipalName",
        remarks: "Gets a user by sAMAccountName.", prints: "ajohnson@contoso.com\n"),
      CmdletExample(
        "Get-ADUser -Filter \"Department -eq 'HR'\" | ForEach-Object Name",
        remarks: "Finds users by department.", prints: "Karen White\nLiam Harris\n"),
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.user)

  required init() {}

  func process(_ context: CommandContext) throws { try ADGetCommand.run(context, .user) }
}
