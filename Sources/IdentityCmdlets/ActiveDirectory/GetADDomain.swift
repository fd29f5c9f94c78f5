import IdentityEngine
import ShellRuntime

/// Gets the lab's Active Directory domain.
final class GetADDomain: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADDomain", synopsis: "Gets an Active Directory domain.",
    description: """
      Writes the lab's domain with the module's default properties: its names, SID, \
      well-known containers and operations masters.
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
    module: "ActiveDirectory")

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
    let dc = "dc01.\(domain.dnsName)"
    let modes = [
      "Windows2000Domain", "Windows2003InterimDomain", "Windows2003Domain", "Windows2008Domain",
      "Windows2008R2Domain", "Windows2012Domain", "Windows2012R2Domain", "Windows2016Domain",
    ]
    let level = Int(head.integer("msDS-Behavior-Version") ?? 7)
    let dn = domain.dn.description
    let properties: [(String, Value)] = [
      ("AllowedDNSSuffixes", .array([])), ("ChildDomains", .array([])),
      ("ComputersContainer", .string("CN=Computers,\(dn)")),
      ("DeletedObjectsContainer", .string("CN=Deleted Objects,\(dn)")),
      ("DistinguishedName", .string(dn)), ("DNSRoot", .string(domain.dnsName)),
      ("DomainControllersContainer", .string("OU=Domain Controllers,\(dn)")),
      ("DomainMode", .string(level < modes.count ? modes[level] : "Windows2016Domain")),
      ("DomainSID", .string(domain.sid)),
      ("ForeignSecurityPrincipalsContainer", .string("CN=ForeignSecurityPrincipals,\(dn)")),
      ("Forest", .string(domain.dnsName)), ("InfrastructureMaster", .string(dc)),
      ("LastLogonReplicationInterval", .null),
      (
        "LinkedGroupPolicyObjects",
        .array(ADPropertyTable.gpLinks(head.first("gPLink")).map(Value.string))
      ),
      ("LostAndFoundContainer", .string("CN=LostAndFound,\(dn)")), ("ManagedBy", .null),
      ("Name", .string(head.name)), ("NetBIOSName", .string(domain.netBIOSName)),
      ("ObjectClass", .string("domainDNS")), ("ObjectGUID", .string(domain.guid)),
      ("ParentDomain", .null), ("PDCEmulator", .string(dc)),
      ("PublicKeyRequiredPasswordRolling", .bool(true)),
      ("QuotasContainer", .string("CN=NTDS Quotas,\(dn)")),
      ("ReadOnlyReplicaDirectoryServers", .array([])),
      ("ReplicaDirectoryServers", .array([.string(dc)])), ("RIDMaster", .string(dc)),
      ("SubordinateReferences", .array([])), ("SystemsContainer", .string("CN=System,\(dn)")),
      ("UsersContainer", .string("CN=Users,\(dn)")),
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
