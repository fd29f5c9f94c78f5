import IdentityEngine
import ShellCore

/// Lists a group's owners as directory objects (GET /groups/{id}/owners).
final class GetMgGroupOwner: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-MgGroupOwner",
    synopsis: "Gets the owners of a group.",
    description: """
      Writes MicrosoftGraphDirectoryObject objects: the Id, with the owner's other properties \
      (@odata.type, displayName, userPrincipalName, ...) in AdditionalProperties. Returns the \
      first 100 unless -All or -Top is given; -Property keeps only the properties named.
      """,
    parameters: [
      GraphParameters.groupId(pipeline: []),
      ParameterDeclaration("All", .switchParameter, help: "Returns every page."),
      ParameterDeclaration(
        "Top", .int, aliases: ["Limit"], help: "Returns at most this many owners."),
      ParameterDeclaration("Skip", .int, help: "Skips this many owners first."),
      GraphParameters.property,
      ParameterDeclaration(
        "CountVariable", .string, aliases: ["CV"],
        help: "A variable that receives the number of owners."),
      ParameterDeclaration(
        "ConsistencyLevel", .string, help: "eventual enables advanced queries and counts."),
      ParameterDeclaration(
        "PageSize", .int, help: "Objects per page (accepted; paging is internal)."),
    ],
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        $u = Get-MgUser -UserId 'bsmith@contoso.com'
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId "https://graph.microsoft.com/v1.0/users/$($u.Id)"
        Get-MgGroupOwner -GroupId $g.Id -All | ForEach-Object { $_.AdditionalProperties.userPrincipalName }
        """,
        remarks: "Lists the owners' sign-in names.", prints: "bsmith@contoso.com\n"),
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        $u = Get-MgUser -UserId 'bsmith@contoso.com'
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId "https://graph.microsoft.com/v1.0/users/$($u.Id)"
        (Get-MgGroupOwner -GroupId $g.Id -Property id,displayName).AdditionalProperties.Keys -join ','
        """,
        remarks: "Selects the display name only.", prints: "@odata.type,displayName\n"),
    ],
    module: GraphParameters.module, outputType: GraphOutputTypes.directoryObject)

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    guard let groupId = graph.string("GroupId") else { return }
    _ = try graph.request("Get-MgGroupOwner_List") {
      let owners = try graph.tenant.read { tenant in
        _ = try tenant.group(groupId)
        return try tenant.linked(.owners, of: groupId)
      }
      graph.setCount(owners.count)
      let selection = graph.list("Property").flatMap { names in
        names.isEmpty ? nil : Set(names.map { $0.lowercased() })
      }
      let limit: Int? =
        graph.flag("All") == true ? nil : max(graph.int("Top") ?? GraphListQuery.pageSize, 0)
      let page = owners.dropFirst(max(graph.int("Skip") ?? 0, 0))
      for owner in limit.map({ page.prefix($0) }) ?? page {
        try context.write(.object(GraphObjects.directoryObject(owner, selection: selection)))
      }
    }
  }
}
