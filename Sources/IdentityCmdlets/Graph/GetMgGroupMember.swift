import IdentityEngine
import ShellCore

/// Lists a group's direct members as directory objects.
final class GetMgGroupMember: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-MgGroupMember",
    synopsis: "Gets the members of a group.",
    description: """
      Writes MicrosoftGraphDirectoryObject objects: the Id, with the member's other \
      properties (@odata.type, displayName, userPrincipalName, ...) in AdditionalProperties. \
      Returns the first 100 unless -All or -Top is given.
      """,
    parameters: [
      GraphParameters.groupId(),
      ParameterDeclaration("All", .switchParameter, help: "Returns every page."),
      ParameterDeclaration("Top", .int, help: "Returns at most this many members."),
      ParameterDeclaration(
        "CountVariable", .string, aliases: ["CV"],
        help: "A variable that receives the number of members."),
      ParameterDeclaration(
        "ConsistencyLevel", .string, help: "eventual enables advanced queries and counts."),
    ],
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        New-MgGroupMember -GroupId $g.Id -DirectoryObjectId (Get-MgUser -UserId 'bsmith@contoso.com').Id
        (Get-MgGroupMember -GroupId $g.Id -All).AdditionalProperties['@odata.type']
        """,
        remarks: "Shows the type of each member.", prints: "#microsoft.graph.user\n")
    ],
    module: GraphParameters.module, outputType: GraphOutputTypes.directoryObject)

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    guard let groupId = graph.string("GroupId") else { return }
    _ = try graph.request("Get-MgGroupMember_List") {
      let limit: Int? =
        graph.flag("All") == true ? nil : max(graph.int("Top") ?? GraphListQuery.pageSize, 0)
      let members = try graph.tenant.read { tenant in
        _ = try tenant.group(groupId)
        return try tenant.linked(.members, of: groupId)
      }
      graph.setCount(members.count)
      for member in limit.map({ Array(members.prefix($0)) }) ?? members {
        try context.write(.object(GraphObjects.directoryObject(member)))
      }
    }
  }
}
