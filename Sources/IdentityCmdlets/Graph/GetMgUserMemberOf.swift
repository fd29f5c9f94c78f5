import ShellCore

/// Lists the groups a user is a direct member of (GET /users/{id}/memberOf).
final class GetMgUserMemberOf: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-MgUserMemberOf",
    synopsis: "Gets the groups and directory roles that the user is a member of.",
    description: """
      Writes MicrosoftGraphDirectoryObject objects: the Id, with the group's other properties \
      (@odata.type, displayName, mailNickname, ...) in AdditionalProperties. The membership \
      is direct; Get-MgUserTransitiveMemberOf follows nested groups. Returns the first 100 \
      unless -All or -Top is given; -DirectoryObjectId gets one group of the list.
      """,
    parameters: GraphRelationRequests.parameters(key: "UserId", owner: "user"),
    defaultParameterSet: "List",
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        New-MgGroupMember -GroupId $g.Id -DirectoryObjectId (Get-MgUser -UserId 'bsmith@contoso.com').Id
        Get-MgUserMemberOf -UserId 'bsmith@contoso.com' -All | ForEach-Object { $_.AdditionalProperties.displayName }
        """,
        remarks: "Lists the names of the groups a user is a member of.", prints: "AZ SG01\n")
    ],
    module: GraphParameters.usersModule, outputType: GraphOutputTypes.directoryObject)

  required init() {}

  func process(_ context: CommandContext) throws {
    try GraphRelationRequests.list(
      context, command: "Get-MgUserMemberOf", key: "UserId", model: .directoryObject,
      related: GraphRelationRequests.memberOf)
  }
}
