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
    parameters: [GraphParameters.userId(sets: ["Get"]), GraphParameters.property]
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
    ],
    module: GraphParameters.usersModule, outputType: GraphOutputTypes.user)

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    if let id = graph.string("UserId") {
      _ = try graph.request("Get-MgUser_Get") {
        let selection = try GraphObjects.selection(graph.list("Property"), .user, beta: false)
        try context.write(
          .object(GraphObjects.user(try graph.tenant.user(id), selection: selection)))
      }
      return
    }
    _ = try graph.request("Get-MgUser_List") {
      let selection = try GraphObjects.selection(graph.list("Property"), .user, beta: false)
      let query = try GraphListQuery(graph, kind: .user)
      for case .user(let user) in try query.run(graph) {
        try context.write(.object(GraphObjects.user(user, selection: selection)))
      }
    }
  }
}
