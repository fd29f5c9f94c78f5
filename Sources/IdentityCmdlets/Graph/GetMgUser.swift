import IdentityEngine
import ShellCore

/// Gets Microsoft Entra users.
final class GetMgUser: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-MgUser",
    synopsis: "Gets users from the tenant.",
    description: """
      With -UserId (object id or userPrincipalName), gets one user; otherwise lists users, \
      the first 100 unless -All or -Top is given, with -Filter in OData syntax. Graph returns \
      a default set of properties; onPremisesSyncEnabled, onPremisesImmutableId and the \
      like are empty unless selected with -Property.
      """,
    parameters: [
      GraphParameters.userId(sets: ["Get"]), GraphParameters.property, GraphExpansion.parameter,
    ]
      + GraphParameters.list,
    defaultParameterSet: "List",
    examples: [
      CmdletExample(
        "(Get-MgUser -UserId 'bsmith@contoso.com' -Property displayName,onPremisesSyncEnabled)"
          + ".OnPremisesSyncEnabled",
        remarks: "Shows that a user is synced from Active Directory.", prints: "True\n"),
      CmdletExample(
        "Get-MgUser -Filter \"startswith(displayName,'Cloud')\" | ForEach-Object "
          + "UserPrincipalName",
        remarks: "Finds users by the start of their name.",
        prints: "cloud.only@contoso.onmicrosoft.com\n"),
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        New-MgGroupMember -GroupId $g.Id -DirectoryObjectId (Get-MgUser -UserId 'bsmith@contoso.com').Id
        (Get-MgUser -UserId 'bsmith@contoso.com' -ExpandProperty memberOf).MemberOf.AdditionalProperties.displayName
        """,
        remarks: "Reads a user with the groups it is a member of.", prints: "AZ SG01\n"),
    ],
    module: GraphParameters.usersModule, outputType: GraphOutputTypes.user)

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    if let id = graph.string("UserId") {
      _ = try graph.request("Get-MgUser_Get") {
        let selection = try GraphObjects.selection(graph.list("Property"), .user, beta: false)
        let expansion = try GraphExpansion.parse(graph, .user)
        let user = try graph.tenant.user(id)
        let expanded = try GraphExpansion.values(expansion, of: user.id, in: graph.tenant)
        try context.write(
          .object(GraphObjects.user(user, selection: selection, expanded: expanded)))
      }
      return
    }
    _ = try graph.request("Get-MgUser_List") {
      let selection = try GraphObjects.selection(graph.list("Property"), .user, beta: false)
      let expansion = try GraphExpansion.parse(graph, .user)
      let query = try GraphListQuery(graph, kind: .user)
      for case .user(let user) in try query.run(graph) {
        let expanded = try GraphExpansion.values(expansion, of: user.id, in: graph.tenant)
        try context.write(
          .object(GraphObjects.user(user, selection: selection, expanded: expanded)))
      }
    }
  }
}
