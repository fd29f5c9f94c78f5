import Foundation

/// The company part of the seed: OU=Corp with its users, groups and computers.
extension LabSeed {
  /// A seeded user of OU=Corp,OU=Users.
  struct Person {
    let given: String
    let surname: String
    let sam: String
    let department: String
    let title: String
    let manager: String?
    let isEnabled: Bool

    init(
      _ given: String, _ surname: String, _ sam: String, _ department: String, _ title: String,
      manager: String? = nil, enabled: Bool = true
    ) {
      self.given = given
      self.surname = surname
      self.sam = sam
      self.department = department
      self.title = title
      self.manager = manager
      self.isEnabled = enabled
    }
  }

  static let people: [Person] = [
    Person("Alice", "Johnson", "ajohnson", "Sales", "Sales Manager"),
    Person("Bob", "Smith", "bsmith", "Sales", "Account Executive", manager: "ajohnson"),
    Person("Carol", "Davis", "cdavis", "Sales", "Account Executive", manager: "ajohnson"),
    Person("David", "Miller", "dmiller", "Engineering", "Engineering Manager"),
    Person("Emma", "Wilson", "ewilson", "Engineering", "Software Engineer", manager: "dmiller"),
    Person("Frank", "Moore", "fmoore", "Engineering", "Software Engineer", manager: "dmiller"),
    Person("Grace", "Taylor", "gtaylor", "Engineering", "QA Engineer", manager: "dmiller"),
    Person("Henry", "Anderson", "handerson", "Finance", "Finance Director"),
    Person("Isabel", "Thomas", "ithomas", "Finance", "Accountant", manager: "handerson"),
    Person(
      "Jack", "Jackson", "jjackson", "Finance", "Accountant", manager: "handerson", enabled: false),
    Person("Karen", "White", "kwhite", "HR", "HR Manager"),
    Person("Liam", "Harris", "lharris", "HR", "Recruiter", manager: "kwhite"),
    Person("Mia", "Martin", "mmartin", "IT", "IT Manager"),
    Person("Noah", "Thompson", "nthompson", "IT", "Systems Administrator", manager: "mmartin"),
    Person("Olivia", "Garcia", "ogarcia", "IT", "Help Desk Technician", manager: "mmartin"),
    Person("Peter", "Martinez", "pmartinez", "Marketing", "Marketing Manager"),
    Person("Quinn", "Robinson", "qrobinson", "Marketing", "Content Writer", manager: "pmartinez"),
    Person(
      "Rachel", "Clark", "rclark", "Sales", "Sales Assistant", manager: "ajohnson", enabled: false),
    Person("Sam", "Lewis", "slewis", "Engineering", "DevOps Engineer", manager: "dmiller"),
  ]

  /// A seeded group of OU=Corp,OU=Groups; members are sAMAccountNames.
  typealias Team = (
    name: String, scope: GroupScope, category: GroupCategory, description: String,
    members: [String]
  )

  static let teams: [Team] = [
    ("Sales", .global, .security, "Sales department", ["ajohnson", "bsmith", "cdavis", "rclark"]),
    (
      "Engineering", .global, .security, "Engineering department",
      ["dmiller", "ewilson", "fmoore", "gtaylor", "slewis"]
    ),
    ("Finance", .global, .security, "Finance department", ["handerson", "ithomas", "jjackson"]),
    ("HR", .global, .security, "Human resources", ["kwhite", "lharris"]),
    ("IT Admins", .global, .security, "IT administrators", ["mmartin", "nthompson"]),
    ("Marketing", .global, .distribution, "Marketing department", ["pmartinez", "qrobinson"]),
    (
      "All Staff", .universal, .security, "Everyone in the company",
      ["Sales", "Engineering", "Finance", "HR", "IT Admins", "Marketing"]
    ),
    ("Sales Team DL", .universal, .distribution, "Sales mailing list", ["ajohnson", "bsmith"]),
    (
      "File Share Readers", .domainLocal, .security, "Read access to the file share",
      ["All Staff"]
    ),
    ("Helpdesk Operators", .domainLocal, .security, "Helpdesk tools", ["IT Admins", "ogarcia"]),
  ]

  static func seedCompany(
    _ configuration: LabConfiguration, domain: DistinguishedName,
    samToDN: (String) -> DistinguishedName?, add: (NewObject) throws -> Void
  ) throws {
    let corp = domain.child("OU", "Corp")
    let userOU = corp.child("OU", "Users")
    let groupOU = corp.child("OU", "Groups")
    let computerOU = corp.child("OU", "Computers")
    let serviceOU = domain.child("OU", "Service Accounts")
    let units: [(DistinguishedName, String)] = [
      (corp, "Contoso corporate objects"), (userOU, "Staff accounts"),
      (groupOU, "Department and access groups"), (computerOU, "Workstations and servers"),
      (serviceOU, "Service and application accounts"),
    ]
    for (dn, description) in units {
      try add(
        NewObject(
          dn: dn, objectClass: "organizationalUnit",
          attributes: [("description", [description])], isProtected: true))
    }
    let mailDomain = configuration.dnsName
    for person in people {
      let display = "\(person.given) \(person.surname)"
      let address = "\(person.given.lowercased()).\(person.surname.lowercased())@\(mailDomain)"
      var attributes: [(String, [String])] = [
        ("givenName", [person.given]), ("sn", [person.surname]), ("displayName", [display]),
        ("userPrincipalName", ["\(person.sam)@\(mailDomain)"]), ("mail", [address]),
        ("department", [person.department]), ("title", [person.title]),
        ("company", ["Contoso"]), ("userAccountControl", [person.isEnabled ? "512" : "514"]),
      ]
      if let manager = person.manager.flatMap(samToDN) {
        attributes.append(("manager", [manager.description]))
      }
      if person.sam == "ajohnson" {
        attributes.append(("proxyAddresses", ["SMTP:\(address)", "smtp:ajohnson@\(mailDomain)"]))
        attributes.append(("employeeID", ["E1001"]))
      }
      try add(
        NewObject(
          dn: userOU.child("CN", display), objectClass: "user", samAccountName: person.sam,
          attributes: attributes))
    }
    try add(
      NewObject(
        dn: serviceOU.child("CN", "svc-backup"), objectClass: "user",
        samAccountName: "svc-backup",
        attributes: [
          ("description", ["Backup service account"]), ("userAccountControl", ["66048"]),
          ("userPrincipalName", ["svc-backup@\(mailDomain)"]),
          ("servicePrincipalName", ["backup/fs01.\(mailDomain)"]),
        ]))
    for team in teams {
      var attributes: [(String, [String])] = [
        groupType(team.scope, team.category), ("description", [team.description]),
        ("member", team.members.compactMap { samToDN($0)?.description }),
      ]
      if team.category == .distribution {
        let alias = team.name.lowercased().replacingOccurrences(of: " ", with: "-")
        attributes.append(("mail", ["\(alias)@\(mailDomain)"]))
        attributes.append(("proxyAddresses", ["SMTP:\(alias)@\(mailDomain)"]))
        attributes.append(("msExchRecipientTypeDetails", ["256"]))
      }
      try add(
        NewObject(
          dn: groupOU.child("CN", team.name), objectClass: "group", samAccountName: team.name,
          attributes: attributes))
    }
    let computers: [(String, String)] = [
      ("WS001", "Windows 11 Enterprise"), ("WS002", "Windows 11 Enterprise"),
      ("SRV-FILE01", "Windows Server 2022 Standard"),
    ]
    for (name, system) in computers {
      try add(
        NewObject(
          dn: computerOU.child("CN", name), objectClass: "computer", samAccountName: name + "$",
          attributes: [
            ("dNSHostName", ["\(name.lowercased()).\(mailDomain)"]),
            ("operatingSystem", [system]),
          ]))
    }
  }
}
