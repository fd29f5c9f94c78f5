import ShellCore

/// Gets one or more Active Directory organizational units.
final class GetADOrganizationalUnit: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADOrganizationalUnit",
    synopsis: "Gets one or more Active Directory organizational units.",
    description: """
      With -Identity, gets one organizational unit by distinguished name, GUID; with -Filter or \
      -LDAPFilter, searches (under -SearchBase, to -SearchScope). The objects show the \
      module's default properties; -Properties adds others, or all with *.
      """,
    parameters: ADParameters.getParameters("organizational unit"), defaultParameterSet: "Filter",
    examples: [
      CmdletExample(
        "Get-ADOrganizationalUnit -Filter * -SearchBase 'OU=Corp,DC=contoso,DC=com' -SearchScope OneLevel | ForEach-Object Name",
        remarks: "Lists the OUs directly below OU=Corp.",
        prints: "Users\nGroups\nComputers\nGroupWriteback\n")
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.organizationalUnit)

  required init() {}

  func process(_ context: CommandContext) throws {
    try ADGetCommand.run(context, .organizationalUnit)
  }
}
