import IdentityEngine
import ShellCore

/// Gets the lab's domain controllers.
final class GetADDomainController: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADDomainController",
    synopsis: "Gets one or more Active Directory domain controllers.",
    description: """
      Writes the domain controllers of the lab's domain (the computers with \
      SERVER_TRUST_ACCOUNT under OU=Domain Controllers): DC01, a writable global catalog in \
      Default-First-Site-Name holding every operations master role. Without parameters, or \
      with -Discover, it writes the controller the lab answers from; -Identity takes its name, \
      host name, DN or GUID; -Filter takes *. IPv4Address and IPv6Address are empty: the lab \
      has no DNS to resolve the host name.
      """,
    parameters: [
      ParameterDeclaration(
        "Identity", .any, position: 0, pipeline: .byValue, sets: ["Identity"],
        help: "The controller: its name, host name, distinguished name or GUID."),
      ParameterDeclaration(
        "Filter", .any, mandatory: true, sets: ["Filter"], help: "* for every controller."),
      ParameterDeclaration(
        "Discover", .switchParameter, mandatory: true, sets: ["DiscoverByService"],
        help: "Finds a controller by the services it offers."),
      ParameterDeclaration(
        "DomainName", .string, sets: ["DiscoverByService"], help: "The domain to search."),
      ParameterDeclaration(
        "Service", .stringArray, sets: ["DiscoverByService"],
        validValues: [
          "PrimaryDC", "GlobalCatalog", "KDC", "TimeService", "ReliableTimeService",
          "ADWS",
        ], help: "Services the controller must offer; DC01 offers them all."),
      ParameterDeclaration(
        "SiteName", .string, sets: ["DiscoverByService"], help: "The site to search."),
      ParameterDeclaration(
        "NextClosestSite", .switchParameter, sets: ["DiscoverByService"],
        help: "Looks in the next closest site too."),
      ParameterDeclaration(
        "ForceDiscover", .switchParameter, sets: ["DiscoverByService"],
        help: "Does not use a cached answer."),
      ParameterDeclaration(
        "Writable", .switchParameter, sets: ["DiscoverByService"],
        help: "Wants a writable controller; DC01 is one."),
      ParameterDeclaration(
        "AvoidSelf", .switchParameter, sets: ["DiscoverByService"],
        help: "Skips the computer running the command, which is never DC01."),
      ParameterDeclaration(
        "MinimumDirectoryServiceVersion", .string, sets: ["DiscoverByService"],
        validValues: ["Windows2000", "Windows2008", "Windows2012", "Windows2012R2"],
        help: "The oldest directory service version accepted."),
    ] + ADParameters.connection,
    defaultParameterSet: "Identity",
    examples: [
      CmdletExample(
        "(Get-ADDomainController).HostName",
        remarks: "Gets the controller the lab answers from.", prints: "dc01.contoso.com\n"),
      CmdletExample(
        "Get-ADDomainController -Discover -Service PrimaryDC | ForEach-Object { $_.Name; $_.OperationMasterRoles -join ',' }",
        remarks: "Finds the PDC emulator.",
        prints:
          "DC01\nSchemaMaster,DomainNamingMaster,PDCEmulator,RIDMaster,InfrastructureMaster\n"),
    ],
    module: "ActiveDirectory", outputType: outputType)

  static let propertyNames = [
    "ComputerObjectDN", "DefaultPartition", "Domain", "Enabled", "Forest", "HostName",
    "InvocationId", "IPv4Address", "IPv6Address", "IsGlobalCatalog", "IsReadOnly", "LdapPort",
    "Name", "NTDSSettingsObjectDN", "OperatingSystem", "OperatingSystemHotfix",
    "OperatingSystemServicePack", "OperatingSystemVersion", "OperationMasterRoles", "Partitions",
    "ServerObjectDN", "ServerObjectGuid", "Site", "SslPort",
  ]

  static let typeName = ADErrors.management + "ADDomainController"
  static let outputType = [OutputTypeDeclaration(typeName, properties: propertyNames)]
  static let site = "Default-First-Site-Name"

  required init() {}

  func process(_ context: CommandContext) throws {
    let ad = try ADContext(context)
    let controllers = try ad.run {
      try ad.directory.search(
        base: ad.domain.wellKnown(.domainControllers),
        filter: .bitAnd("userAccountControl", UserAccountControl.serverTrustAccount),
        attributes: .all)
    }
    var chosen = controllers
    if let filter = context.parameters["Filter"] {
      let text: String
      if case .scriptBlock(let block) = filter { text = block.text } else { text = filter.toText() }
      guard text.trimmingCharacters(in: .whitespaces) == "*" else {
        throw RuntimeError(
          ADErrors.argument(
            context, "The lab's Get-ADDomainController -Filter takes only *: \(text)",
            .string(text)))
      }
    } else if let identity = context.parameters["Identity"] ?? context.input {
      let text = ADContext.identityText(identity).lowercased()
      chosen = controllers.filter { entry in
        [entry.name.lowercased(), entry.dn.key, entry.guid.lowercased()].contains(text)
          || entry.first("dNSHostName")?.lowercased() == text
      }
      if chosen.isEmpty {
        throw RuntimeError(
          ADErrors.identityNotFound(
            context, identity: ADContext.identityText(identity),
            partition: ad.domain.dn.description))
      }
    } else {
      try checkDiscovery(ad)
      chosen = Array(controllers.prefix(1))
    }
    for entry in chosen { try context.write(.object(make(ad, entry))) }
  }

  /// -DomainName and -SiteName must name the lab's domain and its one site.
  private func checkDiscovery(_ ad: ADContext) throws {
    let context = ad.context
    let domain = ad.domain
    if let name = ad.string("DomainName"),
      ![domain.dnsName.lowercased(), domain.netBIOSName.lowercased()].contains(name.lowercased())
    {
      throw RuntimeError(
        ADErrors.record(
          context, "The specified domain either does not exist or could not be contacted",
          category: .resourceUnavailable,
          exception: ADErrors.management + "ADServerDownException",
          qualifier: "ActiveDirectoryServer:1355", target: .string(name)))
    }
    if let site = ad.string("SiteName"), site.lowercased() != Self.site.lowercased(),
      !context.parameters.isSet("NextClosestSite")
    {
      throw RuntimeError(
        ADErrors.record(
          context, "No domain controller in site '\(site)' was found", category: .objectNotFound,
          exception: ADErrors.management + "ADServerDownException",
          qualifier: "ActiveDirectoryServer:1355", target: .string(site)))
    }
  }

  private func make(_ ad: ADContext, _ entry: DirectoryEntry) -> PSObject {
    let dn = ad.domain.dn.description
    let configuration = "CN=Configuration,\(dn)"
    let server = "CN=\(entry.name),CN=Servers,CN=\(Self.site),CN=Sites,\(configuration)"
    // Deterministic GUIDs for the server and NTDS Settings objects the lab does not store.
    let seed = UInt64(entry.guid.prefix(8), radix: 16) ?? 0
    let values: [Value] = [
      .string(entry.dn.description), .string(dn), .string(ad.domain.dnsName),
      .bool((entry.integer("userAccountControl") ?? 0) & UserAccountControl.accountDisable == 0),
      .string(ad.domain.dnsName), entry.first("dNSHostName").map(Value.string) ?? .null,
      .string(SeededGUID.make(startingAt: seed ^ 0x1D)), .null, .null, .bool(true), .bool(false),
      .int(389), .string(entry.name), .string("CN=NTDS Settings,\(server)"),
      entry.first("operatingSystem").map(Value.string) ?? .null,
      entry.first("operatingSystemHotfix").map(Value.string) ?? .null,
      entry.first("operatingSystemServicePack").map(Value.string) ?? .null,
      entry.first("operatingSystemVersion").map(Value.string) ?? .null,
      .array(
        [
          "SchemaMaster", "DomainNamingMaster", "PDCEmulator", "RIDMaster",
          "InfrastructureMaster",
        ].map(Value.string)),
      .array(
        [
          "DC=ForestDnsZones,\(dn)", "DC=DomainDnsZones,\(dn)", "CN=Schema,\(configuration)",
          configuration, dn,
        ].map(Value.string)),
      .string(server), .string(SeededGUID.make(startingAt: seed ^ 0x5E)), .string(Self.site),
      .int(636),
    ]
    let object = PSObject(
      typeNames: ["ADDomainController", "ADDirectoryServer", "ADEntity"].map {
        ADErrors.management + $0
      } + ["System.Object"])
    for (name, value) in zip(Self.propertyNames, values) { object.set(name, value) }
    object.defaultDisplayPropertySet = Self.propertyNames
    let name = entry.name
    object.stringValue = { name }
    return object
  }
}
