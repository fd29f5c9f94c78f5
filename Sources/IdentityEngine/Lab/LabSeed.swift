import Foundation
import GRDB

/// The seeded domain, so a new user sees something at once.
///
/// The containers and well-known principals of a fresh AD domain, plus a small company
/// (OU=Corp) with twenty users, ten groups and three computers. Tests and golden scripts rely
/// on exactly this data.
enum LabSeed {
  /// objectGUIDs pinned for the objects the documentation and golden scripts show; every
  /// other GUID comes from the lab's deterministic generator.
  static let pinnedGUIDs: [String: String] = [
    "contoso": "ce970125-9f56-4f51-8a00-0bbfb0b7517c",
    "Administrator": "8a3f1c52-7d4e-4b0a-9f6e-2c1d5b7a0500",
    "Domain Admins": "9b4e2d63-8e5f-4c1b-8a7f-3d2e6c8b0512",
    "Corp": "2e1f8b09-0a6d-4c49-8b2e-5d0f1a3b0c0a",
    "Alice Johnson": "3f2a9c10-1b7e-4d5a-8c3f-6e1a2b4c1103",
    "Bob Smith": "7b1e4d22-3a9f-4c6e-8d21-0f5a6b7c1104",
    "Sales": "4a3b0d21-2c8f-4e6b-9d40-7f2b3c5d1123",
    "WS001": "6c5d2f43-4e0b-4a8d-8f62-9b4d5e7f1133",
  ]

  static func seed(_ db: Database, _ configuration: LabConfiguration) throws {
    let domain = configuration.domainDN
    let date = configuration.seedDate
    for (key, value) in [
      ("domain.dns", configuration.dnsName), ("domain.netbios", configuration.netBIOSName),
      ("domain.sid", configuration.domainSID), ("domain.dn", domain.description),
      ("guid.seed", String(configuration.guidSeed)), ("rid.last", "1102"), ("usn", "4000"),
    ] {
      try LabStore.setSetting(db, key, value)
    }
    var samToDN: [String: DistinguishedName] = [:]
    let activity = Activity(seedDate: date, now: configuration.activityDate ?? Date())
    let add: (NewObject) throws -> Void = { object in
      var object = object
      if object.guid == nil, let name = object.dn.leaf?.value {
        object.guid = pinnedGUIDs[name]
      }
      object.attributes += activity.attributes(of: object)
      try Directory.create(db, object, at: activity.created(object), allowSystem: true)
      if let sam = object.samAccountName { samToDN[sam] = object.dn }
    }
    let policy = "CN={31B2F340-016D-11D2-945F-00C04FB984F9},CN=Policies,CN=System,\(domain)"
    try add(
      NewObject(
        dn: domain, objectClass: "domainDNS",
        attributes: [
          ("msDS-Behavior-Version", ["7"]), ("msDS-LogonTimeSyncInterval", ["14"]),
          ("gPLink", ["[LDAP://\(policy);0]"]),
        ] + domainPolicy + [
          (
            "wellKnownObjects",
            WellKnownContainer.allCases.map { container in
              let rdn = container.rdn
              return "B:32:\(container.rawValue):\(domain.child(rdn.type, rdn.value))"
            }
          )
        ]))
    let containers: [(String, String, String, String)] = [
      ("CN", "Users", "container", "Default container for upgraded user accounts"),
      ("CN", "Computers", "container", "Default container for upgraded computer accounts"),
      ("CN", "Builtin", "builtinDomain", ""),
      ("CN", "System", "container", "Builtin system settings"),
      (
        "OU", "Domain Controllers", "organizationalUnit",
        "Default container for domain controllers"
      ),
      (
        "CN", "ForeignSecurityPrincipals", "container",
        "Default container for security identifiers (SIDs) associated with objects from "
          + "external, trusted domains"
      ),
      (
        "CN", "Managed Service Accounts", "container",
        "Default container for managed service accounts"
      ),
    ]
    for (type, name, objectClass, description) in containers {
      try add(
        NewObject(
          dn: domain.child(type, name), objectClass: objectClass,
          attributes: [
            ("description", description.isEmpty ? [] : [description]),
            ("isCriticalSystemObject", ["TRUE"]),
          ]))
    }
    try seedWellKnown(domain: domain, add: add)
    try seedCompany(configuration, domain: domain, samToDN: { samToDN[$0] }, add: add)
    try seedTenant(db, configuration)
    try seedSync(db, configuration)
  }

  /// The groupType attribute of a group with that scope and category.
  static func groupType(_ scope: GroupScope, _ category: GroupCategory, builtin: Bool = false)
    -> (String, [String])
  {
    let value = GroupType(scope: scope, category: category, isBuiltin: builtin).rawValue
    return ("groupType", [String(value)])
  }

  /// The DC, the built-in accounts and the well-known groups of CN=Users and CN=Builtin.
  static func seedWellKnown(domain: DistinguishedName, add: (NewObject) throws -> Void) throws {
    let users = domain.child("CN", "Users")
    let builtin = domain.child("CN", "Builtin")
    let critical = ("isCriticalSystemObject", ["TRUE"])
    let dnsName = domain.rdns.map(\.value).joined(separator: ".")
    try add(
      NewObject(
        dn: domain.child("OU", "Domain Controllers").child("CN", "DC01"),
        objectClass: "computer", samAccountName: "DC01$",
        attributes: [
          ("userAccountControl", ["532480"]), ("primaryGroupID", ["516"]),
          ("dNSHostName", ["dc01.\(dnsName)"]),
          ("operatingSystem", ["Windows Server 2022 Datacenter"]),
          ("operatingSystemVersion", ["10.0 (20348)"]), critical,
        ], rid: 1000))
    let accounts: [(String, Int64, String, String)] = [
      ("Administrator", 500, "512", "Built-in account for administering the computer/domain"),
      ("Guest", 501, "66082", "Built-in account for guest access to the computer/domain"),
      ("krbtgt", 502, "514", "Key Distribution Center Service Account"),
    ]
    for (name, rid, control, description) in accounts {
      try add(
        NewObject(
          dn: users.child("CN", name), objectClass: "user", samAccountName: name,
          attributes: [
            ("userAccountControl", [control]), ("description", [description]), critical,
            ("primaryGroupID", [rid == 501 ? "514" : "513"]),
          ], rid: rid))
    }
    let administrator = "CN=Administrator,\(users)"
    let domainGroups: [(String, Int64, GroupScope, String, [String])] = [
      ("Domain Admins", 512, .global, "Designated administrators of the domain", [administrator]),
      ("Domain Users", 513, .global, "All domain users", []),
      ("Domain Guests", 514, .global, "All domain guests", []),
      ("Domain Computers", 515, .global, "All workstations and servers joined to the domain", []),
      ("Domain Controllers", 516, .global, "All domain controllers in the domain", []),
      (
        "Cert Publishers", 517, .domainLocal,
        "Members of this group are permitted to publish certificates to the directory", []
      ),
      (
        "Schema Admins", 518, .universal, "Designated administrators of the schema", [administrator]
      ),
      (
        "Enterprise Admins", 519, .universal, "Designated administrators of the enterprise",
        [administrator]
      ),
      (
        "Group Policy Creator Owners", 520, .global,
        "Members in this group can modify group policy for the domain", [administrator]
      ),
    ]
    for (name, rid, scope, description, members) in domainGroups {
      try add(
        NewObject(
          dn: users.child("CN", name), objectClass: "group", samAccountName: name,
          attributes: [
            groupType(scope, .security), ("description", [description]), critical,
            ("member", members),
          ], rid: rid))
    }
    let builtinGroups: [(String, Int64, String, [String])] = [
      (
        "Administrators", 544,
        "Administrators have complete and unrestricted access to the computer/domain",
        [administrator, "CN=Enterprise Admins,\(users)", "CN=Domain Admins,\(users)"]
      ),
      (
        "Users", 545,
        "Users are prevented from making accidental or intentional system-wide changes",
        ["CN=Domain Users,\(users)"]
      ),
      (
        "Guests", 546, "Guests have the same access as members of the Users group by default",
        ["CN=Guest,\(users)", "CN=Domain Guests,\(users)"]
      ),
      ("Account Operators", 548, "Members can administer domain user and group accounts", []),
      ("Server Operators", 549, "Members can administer domain servers", []),
      (
        "Print Operators", 550,
        "Members can administer printers installed on domain controllers", []
      ),
      (
        "Backup Operators", 551,
        "Backup Operators can override security restrictions for the sole purpose of backing "
          + "up or restoring files", []
      ),
      (
        "Remote Desktop Users", 555,
        "Members in this group are granted the right to logon remotely", []
      ),
    ]
    for (name, rid, description, members) in builtinGroups {
      try add(
        NewObject(
          dn: builtin.child("CN", name), objectClass: "group", samAccountName: name,
          attributes: [
            groupType(.domainLocal, .security, builtin: true), ("description", [description]),
            critical, ("member", members),
          ], rid: rid, sidPrefix: "S-1-5-32"))
    }
  }
}
