import ShellCore

/// Lists the users among a group's direct members, as users (GET
/// /groups/{id}/members/microsoft.graph.user).
final class GetMgGroupMemberAsUser: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-MgGroupMemberAsUser",
    synopsis: "Gets the direct members of a group that are users, as users.",
    description: """
      Writes MicrosoftGraphUser objects, with the properties Graph returns by default (or \
      those selected with -Property); members that are groups are left out. Returns the \
      first 100 unless -All or -Top is given.
      """,
    parameters: GraphRelationRequests.parameters(key: "GroupId", owner: "group"),
    defaultParameterSet: "List",
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        New-MgGroupMember -GroupId $g.Id -DirectoryObjectId (Get-MgUser -UserId 'bsmith@contoso.com').Id
        Get-MgGroupMemberAsUser -GroupId $g.Id -All | ForEach-Object UserPrincipalName
        """,
        remarks: "Lists the sign-in names of a group's users.", prints: "bsmith@contoso.com\n")
    ],
    module: GraphParameters.module, outputType: GraphOutputTypes.user)

  required init() {}

  func process(_ context: CommandContext) throws {
    try GraphRelationRequests.list(
      context, command: "Get-MgGroupMemberAsUser", key: "GroupId", model: .user,
      related: { tenant, id in
        _ = try tenant.group(id)
        return try tenant.linked(.members, of: id)
      })
  }
}
