import ShellCore

/// Lists the groups a user belongs to, directly or through nested groups (GET
/// /users/{id}/transitiveMemberOf).
final class GetMgUserTransitiveMemberOf: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-MgUserTransitiveMemberOf",
    synopsis: "Gets the groups, including nested groups, that a user is a member of.",
    description: """
      Writes MicrosoftGraphDirectoryObject objects, each group once: those the user is a \
      direct member of, then the groups those belong to. Returns the first 100 unless -All \
      or -Top is given.
      """,
    parameters: GraphRelationRequests.parameters(key: "UserId", owner: "user"),
    defaultParameterSet: "List",
    examples: [
      CmdletExample(
        """
        $outer = New-MgGroup -DisplayName 'AZ Outer' -MailEnabled:$false -MailNickname 'AZOuter' -SecurityEnabled
        $inner = New-MgGroup -DisplayName 'AZ Inner' -MailEnabled:$false -MailNickname 'AZInner' -SecurityEnabled
        New-MgGroupMember -GroupId $outer.Id -DirectoryObjectId $inner.Id
        New-MgGroupMember -GroupId $inner.Id -DirectoryObjectId (Get-MgUser -UserId 'bsmith@contoso.com').Id
        (Get-MgUserTransitiveMemberOf -UserId 'bsmith@contoso.com').AdditionalProperties.displayName
        """,
        remarks: "Shows the direct group and the group it is nested in.",
        prints: "AZ Inner\nAZ Outer\n")
    ],
    module: GraphParameters.usersModule, outputType: GraphOutputTypes.directoryObject)

  required init() {}

  func process(_ context: CommandContext) throws {
    try GraphRelationRequests.list(
      context, command: "Get-MgUserTransitiveMemberOf", key: "UserId",
      model: .directoryObject, related: GraphRelationRequests.transitiveMemberOf)
  }
}
