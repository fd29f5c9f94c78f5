import Foundation
import IdentityEngine
import ShellCore

/// Every extended property of the module's classes (ad-module.md §3), looked up by name.
enum ADPropertyTable {
  static let all: [ADProperty] = object + principal + group + account + user + computer + unit

  static let object: [ADProperty] = [
    ADProperty(
      name: "CanonicalName", levels: [.object], attributes: [], filterAttribute: "canonicalName",
      value: { .string($0.canonicalName) }),
    .text("CN", "cn", [.object]),
    ADProperty(
      name: "Created", levels: [.object], attributes: [], filterAttribute: "createTimeStamp",
      value: { .date($0.whenCreated) }),
    ADProperty(
      name: "Deleted", levels: [.object], attributes: [], filterAttribute: "isDeleted",
      value: { _ in .null }),
    .text("Description", "description", [.object]),
    .text("DisplayName", "displayName", [.object]),
    .text("DistinguishedName", "distinguishedName", [.object]),
    ADProperty(
      name: "LastKnownParent", levels: [.object], attributes: [],
      filterAttribute: "lastKnownParent", value: { _ in .null }),
    ADProperty(
      name: "Modified", levels: [.object], attributes: [], filterAttribute: "modifyTimeStamp",
      value: { .date($0.whenChanged) }),
    .text("Name", "name", [.object]),
    .text("ObjectCategory", "objectCategory", [.object]),
    ADProperty(
      name: "ObjectClass", levels: [.object], attributes: [], filterAttribute: "objectClass",
      value: { .string($0.objectClass) }),
    .text("ObjectGUID", "objectGUID", [.object]),
    ADProperty(
      name: "ProtectedFromAccidentalDeletion", levels: [.object], attributes: [],
      filterAttribute: nil, value: { .bool($0.isProtected) }),
  ]

  static let principal: [ADProperty] = [
    .text("SamAccountName", "sAMAccountName", [.principal]),
    .text("SID", "objectSid", [.principal]),
    .text("HomePage", "wWWHomePage", [.principal]),
    .list("MemberOf", "memberOf", [.principal]),
    ADProperty(
      name: "SIDHistory", levels: [.principal], attributes: [], filterAttribute: "sIDHistory",
      value: { _ in .array([]) }),
  ]

  static let group: [ADProperty] = [
    ADProperty(
      name: "GroupCategory", levels: [.group], attributes: ["groupType"], filterAttribute: nil,
      value: { entry in entry.groupType.map { .string($0.category.rawValue) } ?? .null }),
    ADProperty(
      name: "GroupScope", levels: [.group], attributes: ["groupType"], filterAttribute: nil,
      value: { entry in entry.groupType?.scope.map { .string($0.rawValue) } ?? .null }),
    .text("ManagedBy", "managedBy", [.group, .computer, .organizationalUnit]),
    .list("Members", "member", [.group]),
  ]

  static let account: [ADProperty] =
    [
      ADProperty(
        name: "Enabled", levels: [.account], attributes: ["userAccountControl"],
        filterAttribute: nil,
        value: { entry in
          let control = entry.integer("userAccountControl") ?? 0
          return .bool(control & UserAccountControl.accountDisable == 0)
        }),
      .text("UserPrincipalName", "userPrincipalName", [.account]),
      .fileTime("AccountExpirationDate", "accountExpires"),
      .fileTime("AccountLockoutTime", "lockoutTime"),
      ADProperty(
        name: "BadLogonCount", levels: [.account], attributes: ["badPwdCount"],
        filterAttribute: "badPwdCount",
        value: { entry in .int(Int32(truncatingIfNeeded: entry.integer("badPwdCount") ?? 0)) }),
      .fileTime("LastBadPasswordAttempt", "badPasswordTime"),
      .fileTime("LastLogonDate", "lastLogonTimestamp"),
      .fileTime("PasswordLastSet", "pwdLastSet"),
      ADProperty(
        name: "LockedOut", levels: [.account], attributes: ["lockoutTime"], filterAttribute: nil,
        // Worked out with the lockout duration by ADObjectFactory.value(of:).
        value: { _ in .bool(false) }),
      ADProperty(
        name: "PasswordExpired", levels: [.account], attributes: ADPasswordPolicy.accountAttributes,
        // Worked out with the maximum password age by ADObjectFactory.value(of:).
        filterAttribute: nil, value: { _ in .bool(false) }),
      ADProperty(
        name: "CannotChangePassword", levels: [.account], attributes: [], filterAttribute: nil,
        value: { _ in .bool(false) }),
      ADProperty(
        name: "PrimaryGroup", levels: [.account], attributes: ["primaryGroupID"],
        filterAttribute: nil, value: { _ in .null }),
      .list("ServicePrincipalNames", "servicePrincipalName", [.account]),
      ADProperty(
        name: "Certificates", levels: [.account], attributes: [], filterAttribute: nil,
        value: { _ in .array([]) }),
    ] + ADProperty.accountFlags.map { ADProperty.flag($0.0, $0.1) }

  static let userAttributes: [(String, String)] = [
    ("GivenName", "givenName"), ("Surname", "sn"), ("EmailAddress", "mail"),
    ("OfficePhone", "telephoneNumber"), ("Office", "physicalDeliveryOfficeName"),
    ("MobilePhone", "mobile"), ("HomePhone", "homePhone"), ("Fax", "facsimileTelephoneNumber"),
    ("City", "l"), ("State", "st"), ("Country", "c"), ("StreetAddress", "streetAddress"),
    ("PostalCode", "postalCode"), ("POBox", "postOfficeBox"), ("Company", "company"),
    ("Department", "department"), ("Division", "division"), ("Title", "title"),
    ("Organization", "o"), ("Manager", "manager"), ("EmployeeID", "employeeID"),
    ("EmployeeNumber", "employeeNumber"), ("Initials", "initials"), ("OtherName", "middleName"),
    ("HomeDirectory", "homeDirectory"), ("HomeDrive", "homeDrive"),
    ("ProfilePath", "profilePath"), ("ScriptPath", "scriptPath"),
    ("LogonWorkstations", "userWorkstations"),
  ]

  static let user: [ADProperty] = userAttributes.map { ADProperty.text($0.0, $0.1, [.user]) }

  static let computer: [ADProperty] = [
    ("DNSHostName", "dNSHostName"), ("Location", "location"),
    ("OperatingSystem", "operatingSystem"), ("OperatingSystemVersion", "operatingSystemVersion"),
    ("OperatingSystemServicePack", "operatingSystemServicePack"),
    ("OperatingSystemHotfix", "operatingSystemHotfix"),
  ].map { ADProperty.text($0.0, $0.1, [.computer]) }

  static let unit: [ADProperty] =
    [
      ("City", "l"), ("Country", "c"), ("State", "st"), ("StreetAddress", "street"),
      ("PostalCode", "postalCode"),
    ].map { ADProperty.text($0.0, $0.1, [.organizationalUnit]) } + [
      ADProperty(
        name: "LinkedGroupPolicyObjects", levels: [.organizationalUnit], attributes: ["gPLink"],
        filterAttribute: "gPLink",
        value: { entry in
          .array(ADPropertyTable.gpLinks(entry.first("gPLink")).map(Value.string))
        })
    ]

  /// The extended properties of a class by lowercased name.
  static func properties(of adClass: ADClass) -> [String: ADProperty] {
    tables[adClass] ?? [:]
  }

  /// `properties(of:)` of every class, built once: each object a search emits consults it.
  private static let tables: [ADClass: [String: ADProperty]] = Dictionary(
    uniqueKeysWithValues: [
      ADClass.object, .organizationalUnit, .principal, .group, .user, .computer,
    ].map { ($0, table(of: $0)) })

  private static func table(of adClass: ADClass) -> [String: ADProperty] {
    var result: [String: ADProperty] = [:]
    for property in all where !property.levels.isDisjoint(with: adClass.levels) {
      let key = property.name.lowercased()
      if result[key] == nil { result[key] = property }
    }
    return result
  }

  /// The DNs inside a gPLink value `[LDAP://cn=…;0][LDAP://…;0]`.
  static func gpLinks(_ text: String?) -> [String] {
    guard let text else { return [] }
    return text.split(separator: "[").compactMap { part in
      guard let body = part.split(separator: "]").first else { return nil }
      let withoutScheme = body.hasPrefix("LDAP://") ? body.dropFirst(7) : body[...]
      return withoutScheme.split(separator: ";").first.map(String.init)
    }
  }
}
