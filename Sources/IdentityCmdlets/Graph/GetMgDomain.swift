import IdentityEngine
import ShellCore

/// Gets the tenant's domains (GET /domains, GET /domains/{id}).
final class GetMgDomain: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-MgDomain",
    synopsis: "Retrieves the properties of the tenant's domains.",
    description: """
      Writes MicrosoftGraphDomain objects: the lab's tenant has two verified, managed \
      domains, the initial <tenant>.onmicrosoft.com and the default custom domain its users \
      and groups get their addresses in. With -DomainId (the domain name), gets one domain.
      """,
    parameters: [
      ParameterDeclaration(
        "DomainId", .string, mandatory: true, sets: ["Get"],
        help: "The domain's name, such as contoso.com."),
      ParameterDeclaration(
        "Property", .stringArray, aliases: ["Select"],
        help: "The properties to return ($select)."),
      ParameterDeclaration("All", .switchParameter, sets: ["List"], help: "Returns every page."),
      ParameterDeclaration(
        "Top", .int, sets: ["List"], aliases: ["Limit"],
        help: "Returns at most this many domains."),
      ParameterDeclaration("Skip", .int, sets: ["List"], help: "Skips this many domains first."),
      ParameterDeclaration(
        "CountVariable", .string, sets: ["List"], aliases: ["CV"],
        help: "A variable that receives the number of domains."),
      ParameterDeclaration(
        "PageSize", .int, sets: ["List"], help: "Objects per page (accepted; paging is internal)."),
    ],
    defaultParameterSet: "List",
    examples: [
      CmdletExample(
        "Get-MgDomain | Where-Object IsDefault | ForEach-Object Id",
        remarks: "Shows the domain new users get their addresses in.", prints: "contoso.com\n"),
      CmdletExample(
        "(Get-MgDomain -DomainId 'contoso.onmicrosoft.com').IsInitial",
        remarks: "Checks that a domain is the tenant's initial domain.", prints: "True\n"),
    ],
    module: GraphParameters.directoryManagementModule, outputType: GraphOutputTypes.domain)

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    let single = graph.string("DomainId")
    _ = try graph.request(single == nil ? "Get-MgDomain_List" : "Get-MgDomain_Get") {
      let selection = try GraphDirectoryObjects.selection(
        graph.list("Property"), GraphDirectoryObjects.domainFields.map(\.name), "domain")
      let domains = try graph.tenant.read { try $0.tenantDomains() }
      let all = GraphDirectoryObjects.domains(domains)
      if let single {
        guard let domain = all.first(where: { $0.name.lowercased() == single.lowercased() })
        else { throw TenantError.notFound(single) }
        try context.write(.object(GraphDirectoryObjects.domain(domain, selection: selection)))
        return
      }
      graph.setCount(all.count)
      let limit: Int? =
        graph.flag("All") == true ? nil : max(graph.int("Top") ?? GraphListQuery.pageSize, 0)
      let page = all.dropFirst(max(graph.int("Skip") ?? 0, 0))
      for domain in limit.map({ page.prefix($0) }) ?? page {
        try context.write(.object(GraphDirectoryObjects.domain(domain, selection: selection)))
      }
    }
  }
}
