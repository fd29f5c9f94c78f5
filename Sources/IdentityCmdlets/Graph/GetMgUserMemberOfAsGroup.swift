import ShellCore

/// Lists the groups a user is a direct member of, as groups (GET
/// /users/{id}/memberOf/microsoft.graph.group).
final class GetMgUserMemberOfAsGroup: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-MgUserMemberOfAsGroup",
    synopsis: "Gets the groups that the user is a direct member of, as groups.",
    description: """
      Writes MicrosoftGraphGroup objects, with the properties Graph returns by default (or \
      those selected with -Property). The membership is direct, not transitive. Returns the \
      first 100 unless -All or -Top is given.
      """,
    parameters: GraphRelationRequests.parameters(key: "UserId", owner: "user"),
    defaultParameterSet: "List",
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        New-MgGroupMember -GroupId $g.Id -DirectoryObjectId (Get-MgUser -UserId 'bsmith@contoso.com').Id
        Get-MgUserMemberOfAsGroup -UserId 'bsmith@contoso.com' | ForEach-Object MailNickname
        """,
        remarks: "Reads a group property without going through AdditionalProperties.",
        prints: "AZSG01\n")
    ],
    module: GraphParameters.usersModule, outputType: GraphOutputTypes.group)

  required init() {}

  func process(_ context: CommandContext) throws {
    try GraphRelationRequests.list(
      context, command: "Get-MgUserMemberOfAsGroup", key: "UserId", model: .group,
      related: GraphRelationRequests.memberOf)
  }
}
