import IdentityEngine
import ShellCore

/// Gets the lab's Active Directory forest.
final class GetADForest: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADForest", synopsis: "Gets an Active Directory forest.",
    description: """
      Writes the lab's forest: one domain (the forest root), its domain controller as schema \
      and domain naming master and global catalog, the default site and the DNS application \
      partitions. ForestMode follows the domain's functional level (msDS-Behavior-Version).
      """,
    parameters: [
      ADParameters.identity("forest", sets: ["Identity"]),
      ADParameters.current("forest to get"),
    ] + ADParameters.connection,
    defaultParameterSet: "Current",
    examples: [
      CmdletExample(
        "(Get-ADForest).Domains", remarks: "Lists the forest's domains.", prints: "contoso.com\n"),
      CmdletExample(
        "Get-ADForest contoso.com | Select-Object ForestMode, SchemaMaster",
        remarks: "Gets the forest by name and shows its mode and schema master.",
        prints: """

          ForestMode        SchemaMaster
          ----------        ------------
          Windows2016Forest dc01.contoso.com


          """),
    ],
    module: "ActiveDirectory", outputType: outputType)

  static let propertyNames = [
    "ApplicationPartitions", "CrossForestReferences", "DomainNamingMaster", "Domains",
    "ForestMode", "GlobalCatalogs", "Name", "PartitionsContainer", "RootDomain", "SchemaMaster",
    "Sites", "SPNSuffixes", "UPNSuffixes",
  ]

  static let typeName = ADErrors.management + "ADForest"
  static let outputType = [OutputTypeDeclaration(typeName, properties: propertyNames)]

  /// Forest functional levels by msDS-Behavior-Version.
  static let modes = [
    0: "Windows2000Forest", 1: "Windows2003InterimForest", 2: "Windows2003Forest",
    3: "Windows2008Forest", 4: "Windows2008R2Forest", 5: "Windows2012Forest",
    6: "Windows2012R2Forest", 7: "Windows2016Forest", 10: "Windows2025Forest",
  ]

  required init() {}

  func process(_ context: CommandContext) throws {
    let ad = try ADContext(context)
    let domain = ad.domain
    if let identity = context.parameters["Identity"] {
      let text = ADContext.identityText(identity)
      let names = [domain.dn.key, domain.dnsName.lowercased(), domain.netBIOSName.lowercased()]
      guard names.contains(text.lowercased()) else {
        throw RuntimeError(
          ADErrors.identityNotFound(context, identity: text, partition: domain.dn.description))
      }
    }
    let head = try ad.run {
      try ad.directory.entry(domain.dn, attributes: .names(["msDS-Behavior-Version"]))
    }
    let level = head?.integer("msDS-Behavior-Version").map(Int.init) ?? 0
    let controllers = try Self.controllerHostNames(ad).map(Value.string)
    let master = controllers.first ?? .null
    let dn = domain.dn.description
    let values: [Value] = [
      .array([.string("DC=DomainDnsZones,\(dn)"), .string("DC=ForestDnsZones,\(dn)")]),
      .array([]), master, .array([.string(domain.dnsName)]),
      .string(Self.modes[level] ?? String(level)), .array(controllers),
      .string(domain.dnsName), .string("CN=Partitions,CN=Configuration,\(dn)"),
      .string(domain.dnsName), master, .array([.string("Default-First-Site-Name")]),
      .array([]), .array([]),
    ]
    let object = PSObject(typeNames: [
      Self.typeName, ADErrors.management + "ADEntity", "System.Object",
    ])
    for (name, value) in zip(Self.propertyNames, values) { object.set(name, value) }
    object.defaultDisplayPropertySet = Self.propertyNames
    let name = domain.dnsName
    object.stringValue = { name }
    try context.write(.object(object))
  }

  /// The host names of the domain's controllers (computers with SERVER_TRUST_ACCOUNT under
  /// the Domain Controllers OU).
  static func controllerHostNames(_ ad: ADContext) throws -> [String] {
    try ad.run {
      try ad.directory.search(
        base: ad.domain.wellKnown(.domainControllers),
        filter: .bitAnd("userAccountControl", UserAccountControl.serverTrustAccount),
        attributes: .names(["dNSHostName"]))
    }.compactMap { $0.first("dNSHostName") }
  }
}
