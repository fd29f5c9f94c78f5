import IdentityEngine

/// The ActiveDirectory module's object classes the cmdlets emit and accept.
///
/// Each knows its .NET type names, its default property set (the module's
/// `AttributeSet.Default`, in print order), the class filter the module ANDs with every search,
/// and which identity forms `-Identity` accepts.
enum ADClass: String {
  case object = "ADObject"
  case organizationalUnit = "ADOrganizationalUnit"
  case principal = "ADPrincipal"
  case group = "ADGroup"
  case user = "ADUser"
  case computer = "ADComputer"

  /// Property groups the class has (ADObject → ADPrincipal → ADAccount → ADUser …).
  enum Level { case object, principal, account, user, computer, group, organizationalUnit }

  var levels: Set<Level> {
    switch self {
    case .object: return [.object]
    case .organizationalUnit: return [.object, .organizationalUnit]
    case .principal: return [.object, .principal]
    case .group: return [.object, .principal, .group]
    case .user: return [.object, .principal, .account, .user]
    case .computer: return [.object, .principal, .account, .computer]
    }
  }

  /// PSTypeNames, most derived first.
  var typeNames: [String] {
    let chain: [String]
    switch self {
    case .object: chain = ["ADObject"]
    case .organizationalUnit: chain = ["ADOrganizationalUnit", "ADObject"]
    case .principal: chain = ["ADPrincipal", "ADObject"]
    case .group: chain = ["ADGroup", "ADPrincipal", "ADObject"]
    case .user: chain = ["ADUser", "ADAccount", "ADPrincipal", "ADObject"]
    case .computer: chain = ["ADComputer", "ADAccount", "ADPrincipal", "ADObject"]
    }
    return (chain + ["ADEntity"]).map { "Microsoft.ActiveDirectory.Management." + $0 }
      + ["System.Object"]
  }

  var defaultProperties: [String] {
    switch self {
    case .object: return ["DistinguishedName", "Name", "ObjectClass", "ObjectGUID"]
    case .organizationalUnit:
      return [
        "City", "Country", "DistinguishedName", "LinkedGroupPolicyObjects", "ManagedBy", "Name",
        "ObjectClass", "ObjectGUID", "PostalCode", "State", "StreetAddress",
      ]
    case .principal:
      return ["distinguishedName", "name", "objectClass", "objectGUID", "SamAccountName", "SID"]
    case .group:
      return [
        "DistinguishedName", "GroupCategory", "GroupScope", "Name", "ObjectClass", "ObjectGUID",
        "SamAccountName", "SID",
      ]
    case .user:
      return [
        "DistinguishedName", "Enabled", "GivenName", "Name", "ObjectClass", "ObjectGUID",
        "SamAccountName", "SID", "Surname", "UserPrincipalName",
      ]
    case .computer:
      return [
        "DistinguishedName", "DNSHostName", "Enabled", "Name", "ObjectClass", "ObjectGUID",
        "SamAccountName", "SID", "UserPrincipalName",
      ]
    }
  }

  /// The filter the module ANDs with every search of this class.
  var classFilter: IdentityEngine.Predicate {
    switch self {
    case .object: return .any
    case .organizationalUnit: return .equal("objectClass", "organizationalUnit")
    case .principal: return .or([.equal("objectClass", "user"), .equal("objectClass", "group")])
    case .group: return .equal("objectClass", "group")
    case .user: return .and([.equal("objectClass", "user"), .equal("objectCategory", "person")])
    case .computer: return .equal("objectClass", "computer")
    }
  }

  /// True when identities may be SIDs and sAMAccountNames too (principals), not only DNs and
  /// GUIDs.
  var acceptsAccountIdentities: Bool { levels.contains(.principal) }

  /// The class an entry is shown as when a cmdlet returns objects of any class.
  static func of(_ entry: DirectoryEntry) -> ADClass {
    switch entry.objectClass {
    case "group": return .group
    case "user", "inetOrgPerson": return .user
    case "computer": return .computer
    case "organizationalUnit": return .organizationalUnit
    default: return .object
    }
  }
}
