import IdentityEngine
import ShellCore

/// Gets the lab's Active Directory domain.
final class GetADDomain: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADDomain", synopsis: "Gets an Active Directory domain.",
    description: """
      Writes the lab's domain with the module's default properties, read from the directory: \
      the names and SID of the domain, its mode (msDS-Behavior-Version), the well-known \
      containers of its wellKnownObjects and the domain controllers holding its roles.
      """,
    parameters: [
      ADParameters.identity("domain", sets: ["Identity"], mandatory: false),
      ParameterDeclaration(
        "Current", .string, sets: ["Current"], validValues: ["LocalComputer", "LoggedOnUser"],
        help: "Which domain to get; the lab has one."),
    ] + ADParameters.connection,
    defaultParameterSet: "Current",
    examples: [
      CmdletExample(
        "(Get-ADDomain).NetBIOSName", remarks: "Shows the domain's NetBIOS name.",
        prints: "CONTOSO\n"),
      CmdletExample(
        "(Get-ADDomain).UsersContainer", remarks: "Where new users and groups go by default.",
        prints: "CN=Users,DC=contoso,DC=com\n"),
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.domain)

  required init() {}

  func process(_ context: CommandContext) throws {
    let ad = try ADContext(context)
    let domain = ad.domain
    if let identity = context.parameters["Identity"] {
      let text = ADContext.identityText(identity).lowercased()
      let names = [
        domain.dn.key, domain.guid, domain.sid.lowercased(), domain.dnsName.lowercased(),
        domain.netBIOSName.lowercased(),
      ]
      guard names.contains(text) else {
        throw RuntimeError(
          ADErrors.identityNotFound(
            context, identity: ADContext.identityText(identity),
            partition: domain.dn.description))
      }
    }
    guard let head = try ad.run({ try ad.directory.entry(domain.dn, attributes: .all) })
    else { return }
    // The operations masters and replicas: the domain controllers' host names (the lab's one
    // DC holds every role), found as computers with SERVER_TRUST_ACCOUNT (0x2000).
    let controllers = try ad.run {
      try ad.directory.search(
        base: domain.wellKnown(.domainControllers), filter: .bitAnd("userAccountControl", 8192),
        attributes: .names(["dNSHostName"]))
    }.compactMap { $0.first("dNSHostName") }
    let master: Value = controllers.first.map(Value.string) ?? .null
    let modes = [
      "Windows2000Domain", "Windows2003InterimDomain", "Windows2003Domain", "Windows2008Domain",
      "Windows2008R2Domain", "Windows2012Domain", "Windows2012R2Domain", "Windows2016Domain",
    ]
    let mode: Value =
      head.integer("msDS-Behavior-Version").map { level in
        .string(level >= 0 && level < modes.count ? modes[Int(level)] : String(level))
      } ?? .null
    // msDS-LogonTimeSyncInterval is in days; the module shows a TimeSpan.
    let interval: Value =
      head.integer("msDS-LogonTimeSyncInterval").map {
        .string("\($0).00:00:00")
      } ?? .null
    func container(_ known: WellKnownContainer) -> Value {
      .string(domain.wellKnown(known).description)
    }
    let dn = domain.dn.description
    let properties: [(String, Value)] = [
      ("AllowedDNSSuffixes", .array([])), ("ChildDomains", .array([])),
      ("ComputersContainer", container(.computers)),
      ("DeletedObjectsContainer", container(.deletedObjects)),
      ("DistinguishedName", .string(dn)), ("DNSRoot", .string(domain.dnsName)),
      ("DomainControllersContainer", container(.domainControllers)),
      ("DomainMode", mode), ("DomainSID", .string(domain.sid)),
      ("ForeignSecurityPrincipalsContainer", container(.foreignSecurityPrincipals)),
      ("Forest", .string(domain.dnsName)), ("InfrastructureMaster", master),
      ("LastLogonReplicationInterval", interval),
      (
        "LinkedGroupPolicyObjects",
        .array(ADPropertyTable.gpLinks(head.first("gPLink")).map(Value.string))
      ),
      ("LostAndFoundContainer", container(.lostAndFound)),
      ("ManagedBy", head.first("managedBy").map(Value.string) ?? .null),
      ("Name", .string(head.name)), ("NetBIOSName", .string(domain.netBIOSName)),
      ("ObjectClass", .string(head.objectClass)), ("ObjectGUID", .string(domain.guid)),
      ("ParentDomain", .null), ("PDCEmulator", master),
      ("PublicKeyRequiredPasswordRolling", .bool(true)),
      ("QuotasContainer", container(.ntdsQuotas)),
      ("ReadOnlyReplicaDirectoryServers", .array([])),
      ("ReplicaDirectoryServers", .array(controllers.map(Value.string))), ("RIDMaster", master),
      ("SubordinateReferences", .array([])), ("SystemsContainer", container(.system)),
      ("UsersContainer", container(.users)),
    ]
    let object = PSObject(
      typeNames: ["ADDomain", "ADPartition", "ADObject", "ADEntity"].map {
        ADErrors.management + $0
      } + ["System.Object"])
    for (name, value) in properties { object.set(name, value) }
    object.defaultDisplayPropertySet = properties.map(\.0)
    object.stringValue = { dn }
    try context.write(.object(object))
  }
}
