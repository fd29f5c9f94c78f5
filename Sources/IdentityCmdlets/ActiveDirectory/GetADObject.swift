import ShellCore

/// Gets one or more Active Directory objects of any class.
final class GetADObject: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADObject",
    synopsis: "Gets one or more Active Directory objects of any class.",
    description: """
      With -Identity, gets one object by distinguished name, GUID; with -Filter or \
      -LDAPFilter, searches (under -SearchBase, to -SearchScope). The objects show the \
      module's default properties; -Properties adds others, or all with *.
      """,
    parameters: ADParameters.getParameters("object"), defaultParameterSet: "Filter",
    examples: [
      CmdletExample(
        "(Get-ADObject -LDAPFilter '(ou=Corp)').DistinguishedName",
        remarks: "Finds an object by an LDAP filter.", prints: "OU=Corp,DC=contoso,DC=com\n")
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.object)

  required init() {}

  func process(_ context: CommandContext) throws { try ADGetCommand.run(context, .object) }
}
