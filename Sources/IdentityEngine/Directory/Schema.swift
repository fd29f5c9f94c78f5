/// How an attribute's values are compared and stored.
public enum AttributeSyntax: Sendable {
  /// Case-insensitive text (Directory String, Unicode String).
  case string
  /// A 32-bit or 64-bit integer; 32-bit values written unsigned are folded to signed.
  case integer(bits: Int)
  /// TRUE or FALSE.
  case boolean
  /// A distinguished name, compared by its normalised form.
  case dn
  /// GeneralizedTime such as `20240115090000.0Z`.
  case generalizedTime
  /// objectSid: stored and compared as `S-1-5-21-…`.
  case sid
  /// objectGUID: stored and compared as a lowercase hyphenated GUID.
  case guid

  /// True for the integer syntaxes.
  public var isInteger: Bool {
    if case .integer = self { return true }
    return false
  }
}

/// One attribute of the schema: its lDAPDisplayName, syntax and whether it takes one value.
public struct AttributeDefinition: Sendable {
  public let name: String
  public let syntax: AttributeSyntax
  public let isSingleValued: Bool
  /// System-maintained: not writable through Set-ADObject (memberOf, objectSid, …).
  public let isSystemOnly: Bool
  /// The schema's rangeUpper: the most characters a value may have; nil when unbounded here.
  public let rangeUpper: Int?

  init(_ name: String, _ syntax: AttributeSyntax, single: Bool = true, system: Bool = false) {
    self.name = name
    self.syntax = syntax
    self.isSingleValued = single
    self.isSystemOnly = system
    if case .string = syntax {
      self.rangeUpper = Schema.rangeUpper[name.lowercased()]
    } else {
      self.rangeUpper = nil
    }
  }
}

/// The part of the AD schema the lab knows: attributes by name and the class hierarchy.
///
/// Attribute names are case-insensitive; `definition(of:)` returns the schema's spelling.
public enum Schema {
  static let definitions: [AttributeDefinition] = {
    var list: [AttributeDefinition] = [
      .init("distinguishedName", .dn, system: true), .init("name", .string, system: true),
      .init("cn", .string, system: true), .init("ou", .string, system: true),
      .init("dc", .string, system: true),
      .init("objectClass", .string, single: false, system: true),
      .init("objectCategory", .dn, system: true), .init("objectGUID", .guid, system: true),
      .init("objectSid", .sid, system: true), .init("sAMAccountName", .string),
      .init("sAMAccountType", .integer(bits: 32), system: true),
      .init("groupType", .integer(bits: 32)), .init("userAccountControl", .integer(bits: 32)),
      .init("primaryGroupID", .integer(bits: 32)),
      .init("instanceType", .integer(bits: 32), system: true),
      .init("whenCreated", .generalizedTime, system: true),
      .init("whenChanged", .generalizedTime, system: true),
      .init("createTimeStamp", .generalizedTime, system: true),
      .init("modifyTimeStamp", .generalizedTime, system: true),
      .init("uSNCreated", .integer(bits: 64), system: true),
      .init("uSNChanged", .integer(bits: 64), system: true),
      .init("member", .dn, single: false), .init("memberOf", .dn, single: false, system: true),
      .init("manager", .dn), .init("managedBy", .dn),
      .init("isDeleted", .boolean, system: true), .init("isCriticalSystemObject", .boolean),
      .init("showInAdvancedViewOnly", .boolean), .init("canonicalName", .string, system: true),
      .init("lastKnownParent", .dn, system: true), .init("sIDHistory", .sid, single: false),
      .init("accountExpires", .integer(bits: 64)), .init("pwdLastSet", .integer(bits: 64)),
      .init("lastLogon", .integer(bits: 64)), .init("lastLogonTimestamp", .integer(bits: 64)),
      .init("lastLogoff", .integer(bits: 64)), .init("badPasswordTime", .integer(bits: 64)),
      .init("lockoutTime", .integer(bits: 64)), .init("badPwdCount", .integer(bits: 32)),
      .init("logonCount", .integer(bits: 32)), .init("codePage", .integer(bits: 32)),
      .init("countryCode", .integer(bits: 32)), .init("adminCount", .integer(bits: 32)),
      .init("systemFlags", .integer(bits: 32)),
      .init("msDS-SupportedEncryptionTypes", .integer(bits: 32)),
      .init("msDS-Behavior-Version", .integer(bits: 32)),
      .init("msDS-LogonTimeSyncInterval", .integer(bits: 32)),
      // The domain's password and lockout policy (durations are negative FILETIME intervals).
      .init("maxPwdAge", .integer(bits: 64)), .init("minPwdAge", .integer(bits: 64)),
      .init("minPwdLength", .integer(bits: 32)), .init("pwdHistoryLength", .integer(bits: 32)),
      .init("pwdProperties", .integer(bits: 32)), .init("lockoutDuration", .integer(bits: 64)),
      .init("lockOutObservationWindow", .integer(bits: 64)),
      .init("lockoutThreshold", .integer(bits: 32)),
      // Constructed by the directory when asked for; never stored.
      .init("msDS-User-Account-Control-Computed", .integer(bits: 32), system: true),
      .init("msDS-UserPasswordExpiryTimeComputed", .integer(bits: 64), system: true),
      .init("msExchRecipientTypeDetails", .integer(bits: 64)),
      .init("msExchRecipientDisplayType", .integer(bits: 32)),
      .init("msExchRemoteRecipientType", .integer(bits: 64)),
      .init("proxyAddresses", .string, single: false),
      .init("servicePrincipalName", .string, single: false),
      .init("otherTelephone", .string, single: false), .init("url", .string, single: false),
      .init("description", .string), .init("gPLink", .string),
      .init("wellKnownObjects", .string, single: false, system: true),
    ]
    let strings = [
      "displayName", "givenName", "sn", "initials", "middleName", "mail", "mailNickname",
      "userPrincipalName", "title", "department", "company", "division", "o",
      "physicalDeliveryOfficeName", "telephoneNumber", "mobile", "homePhone",
      "facsimileTelephoneNumber", "l", "st", "c", "co", "street", "streetAddress", "postalCode",
      "postOfficeBox", "employeeID", "employeeNumber", "employeeType", "homeDirectory",
      "homeDrive", "profilePath", "scriptPath", "wWWHomePage", "info", "adminDescription",
      "adminDisplayName", "comment", "dNSHostName", "location", "operatingSystem",
      "operatingSystemVersion", "operatingSystemServicePack", "operatingSystemHotfix",
      "targetAddress", "legacyExchangeDN", "userWorkstations", "msDS-ExternalDirectoryObjectId",
      "mS-DS-ConsistencyGuid", "cloudAnchor",
    ]
    list += strings.map { AttributeDefinition($0, .string) }
    list += (1...15).map { AttributeDefinition("extensionAttribute\($0)", .string) }
    return list
  }()

  /// rangeUpper of the string attributes that have one (Microsoft's AD schema, MS-ADA1-3).
  static let rangeUpper: [String: Int] = [
    "cn": 64, "ou": 64, "name": 255, "description": 1024, "displayname": 256,
    "givenname": 64, "sn": 64, "initials": 6, "title": 128, "department": 64,
    "company": 64, "physicaldeliveryofficename": 128, "mail": 256, "telephonenumber": 64,
    "mobile": 64, "homephone": 64, "facsimiletelephonenumber": 64, "streetaddress": 1024,
    "street": 1024, "l": 128, "st": 128, "c": 3, "co": 128, "postalcode": 40,
    "postofficebox": 40, "employeeid": 16, "employeenumber": 512, "userprincipalname": 1024,
    "samaccountname": 256, "wwwhomepage": 2048, "info": 1024, "mailnickname": 64,
  ]

  static let byKey: [String: AttributeDefinition] = Dictionary(
    definitions.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })

  /// The schema's definition of an attribute, matched case-insensitively.
  public static func definition(of name: String) -> AttributeDefinition? {
    byKey[name.lowercased()]
  }

  /// The class chain from `top` to the given most specific class.
  public static func classChain(of objectClass: String) -> [String] {
    switch objectClass {
    case "domainDNS": return ["top", "domain", "domainDNS"]
    case "user": return ["top", "person", "organizationalPerson", "user"]
    case "inetOrgPerson":
      return ["top", "person", "organizationalPerson", "user", "inetOrgPerson"]
    case "computer": return ["top", "person", "organizationalPerson", "user", "computer"]
    default: return ["top", objectClass]
    }
  }

  /// The most specific classes the lab stores.
  public static let structuralClasses = [
    "domainDNS", "container", "builtinDomain", "organizationalUnit", "user", "inetOrgPerson",
    "computer", "group",
  ]

  /// The schema class name behind objectCategory (`CN=Person,CN=Schema,…`).
  public static func categoryName(of objectClass: String) -> String {
    switch objectClass {
    case "domainDNS": return "Domain-DNS"
    case "container": return "Container"
    case "builtinDomain": return "Builtin-Domain"
    case "organizationalUnit": return "Organizational-Unit"
    case "user", "inetOrgPerson": return "Person"
    case "computer": return "Computer"
    case "group": return "Group"
    default: return objectClass
    }
  }

  /// The stored classes whose chain contains `name` (for `(objectClass=user)`).
  public static func classesMatching(objectClass name: String) -> [String] {
    structuralClasses.filter { candidate in
      classChain(of: candidate).contains { $0.lowercased() == name.lowercased() }
    }
  }

  /// The stored classes whose objectCategory is `value`: a short name (`person`, `group`),
  /// which the DC expands through the class's default category, or a schema DN.
  public static func classesMatching(objectCategory value: String) -> [String] {
    let lower = value.lowercased()
    if lower.hasPrefix("cn=") {
      let name = String(lower.dropFirst(3).prefix { $0 != "," })
      return structuralClasses.filter { categoryName(of: $0).lowercased() == name }
    }
    let expanded = structuralClasses.first { $0.lowercased() == lower }.map(categoryName(of:))
    let category = (expanded ?? value).lowercased()
    return structuralClasses.filter { categoryName(of: $0).lowercased() == category }
  }
}
