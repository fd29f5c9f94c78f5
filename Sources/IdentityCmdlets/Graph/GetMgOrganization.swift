import IdentityEngine
import ShellCore

/// Gets the tenant's organization object (GET /organization, GET /organization/{id}).
final class GetMgOrganization: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-MgOrganization",
    synopsis: "Gets the properties of the currently authenticated organization.",
    description: """
      Writes one MicrosoftGraphOrganization: the lab's tenant, with its id, display name, \
      verified domains, TenantType AAD and, once objects are synced from Active Directory, \
      OnPremisesSyncEnabled and OnPremisesLastSyncDateTime. With -OrganizationId (the tenant \
      id), gets that organization; any other id is Graph's 404.
      """,
    parameters: [
      ParameterDeclaration(
        "OrganizationId", .string, mandatory: true, sets: ["Get"],
        help: "The organization's id: the tenant id."),
      ParameterDeclaration(
        "Property", .stringArray, aliases: ["Select"],
        help: "The properties to return ($select)."),
      ParameterDeclaration("All", .switchParameter, sets: ["List"], help: "Returns every page."),
      ParameterDeclaration(
        "Top", .int, sets: ["List"], aliases: ["Limit"],
        help: "Returns at most this many organizations."),
      ParameterDeclaration(
        "CountVariable", .string, sets: ["List"], aliases: ["CV"],
        help: "A variable that receives the number of organizations."),
    ],
    defaultParameterSet: "List",
    examples: [
      CmdletExample(
        "(Get-MgOrganization).VerifiedDomains | Where-Object IsInitial | ForEach-Object Name",
        remarks: "Shows the tenant's initial domain.", prints: "contoso.onmicrosoft.com\n"),
      CmdletExample(
        """
        Connect-MgGraph -Scopes 'Organization.Read.All' | Out-Null
        (Get-MgOrganization).Id -eq (Get-MgContext).TenantId
        """,
        remarks: "The organization's id is the tenant id.", prints: "True\n"),
    ],
    module: GraphParameters.directoryManagementModule,
    outputType: [
      OutputTypeDeclaration(
        GraphEndpoint.modelNamespace + ".MicrosoftGraphOrganization",
        properties: GraphOrganization.propertyNames + ["AdditionalProperties"])
    ])

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    let single = graph.string("OrganizationId")
    _ = try graph.request(single == nil ? "Get-MgOrganization_List" : "Get-MgOrganization_Get") {
      let selection = try GraphDirectoryObjects.selection(
        graph.list("Property"), GraphOrganization.propertyNames, "organization")
      let facts = try GraphOrganization.facts(graph.tenant)
      if let single, single.lowercased() != facts.id.lowercased() {
        throw TenantError.notFound(single)
      }
      graph.setCount(1)
      if single == nil, graph.flag("All") != true, graph.int("Top").map({ $0 <= 0 }) == true {
        return
      }
      try context.write(.object(GraphOrganization.object(facts, selection: selection)))
    }
  }
}
