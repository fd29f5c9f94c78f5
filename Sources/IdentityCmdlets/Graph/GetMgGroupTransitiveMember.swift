import ShellCore

/// Lists a group's members, direct or through nested groups (GET
/// /groups/{id}/transitiveMembers).
final class GetMgGroupTransitiveMember: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-MgGroupTransitiveMember",
    synopsis: "Gets the members of a group, including the members of nested groups.",
    description: """
      Writes MicrosoftGraphDirectoryObject objects as a flat list, each member once: the \
      direct members (nested groups included), then the members of the nested groups. \
      Returns the first 100 unless -All or -Top is given.
      """,
    parameters: GraphRelationRequests.parameters(key: "GroupId", owner: "group"),
    defaultParameterSet: "List",
    examples: [
      CmdletExample(
        """
        $outer = New-MgGroup -DisplayName 'AZ Outer' -MailEnabled:$false -MailNickname 'AZOuter' -SecurityEnabled
        $inner = New-MgGroup -DisplayName 'AZ Inner' -MailEnabled:$false -MailNickname 'AZInner' -SecurityEnabled
        New-MgGroupMember -GroupId $outer.Id -DirectoryObjectId $inner.Id
        New-MgGroupMember -GroupId $inner.Id -DirectoryObjectId (Get-MgUser -UserId 'bsmith@contoso.com').Id
        Get-MgGroupTransitiveMember -GroupId $outer.Id -All | ForEach-Object { $_.AdditionalProperties.displayName }
        """,
        remarks: "Lists the nested group and its member.", prints: "AZ Inner\nBob Smith\n")
    ],
    module: GraphParameters.module, outputType: GraphOutputTypes.directoryObject)

  required init() {}

  func process(_ context: CommandContext) throws {
    try GraphRelationRequests.list(
      context, command: "Get-MgGroupTransitiveMember", key: "GroupId", model: .directoryObject,
      related: GraphRelationRequests.transitiveMembers)
  }
}
