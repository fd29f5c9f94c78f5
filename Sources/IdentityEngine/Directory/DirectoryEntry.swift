import Foundation

/// One directory object as read from the store: its identity columns plus the attributes that
/// were asked for.
///
/// `values(of:)` answers for any attribute, stored or constructed (objectClass chain,
/// objectCategory, canonicalName, member/memberOf, timestamps), so the in-memory filter
/// evaluation and the cmdlets see the same thing.
public struct DirectoryEntry: Sendable {
  public let id: Int64
  public var dn: DistinguishedName
  /// The most specific class, for example `group`.
  public var objectClass: String
  public var guid: String
  public var sid: String?
  public var samAccountName: String?
  public var whenCreated: Date
  public var whenChanged: Date
  public var usnCreated: Int64
  public var usnChanged: Int64
  /// ProtectedFromAccidentalDeletion.
  public var isProtected: Bool
  /// Stored attributes by lowercased name: the schema spelling and the values.
  public var attributes: [String: (name: String, values: [String])]
  /// Direct members (for groups), when loaded.
  public var members: [DistinguishedName]
  /// Direct groups, when loaded.
  public var memberOf: [DistinguishedName]
  /// The naming context's DNS name, for canonicalName.
  public var domainDNSName: String

  /// The RDN value, which is the object's `name`.
  public var name: String { dn.leaf?.value ?? "" }

  /// The values of one stored attribute (no constructed ones).
  public func stored(_ name: String) -> [String] { attributes[name.lowercased()]?.values ?? [] }

  /// The first value of a stored attribute.
  public func first(_ name: String) -> String? { stored(name).first }

  /// An integer attribute's value.
  public func integer(_ name: String) -> Int64? { first(name).flatMap { Int64($0) } }

  /// The group's groupType, for groups.
  public var groupType: GroupType? {
    integer("groupType").flatMap { Int32(exactly: $0) }.map(GroupType.init(rawValue:))
  }

  /// `contoso.com/Corp/Users/Alice`: the DNS name, then the RDN values from the root down.
  public var canonicalName: String {
    let below = dn.rdns.filter { $0.type.lowercased() != "dc" }.reversed().map(\.value)
    return ([domainDNSName] + below).joined(separator: "/")
  }

  /// The DN of this object's schema class (objectCategory).
  public var objectCategory: String {
    let domain = DistinguishedName(rdns: dn.rdns.filter { $0.type.lowercased() == "dc" })
    return "CN=\(Schema.categoryName(of: objectClass)),CN=Schema,CN=Configuration,\(domain)"
  }

  /// Every value of an attribute, stored or constructed.
  public func values(of attribute: String) -> [String] {
    switch attribute.lowercased() {
    case "distinguishedname": return [dn.description]
    case "name": return [name]
    case "cn", "ou", "dc": return dn.leaf?.type.lowercased() == attribute.lowercased() ? [name] : []
    case "objectclass": return Schema.classChain(of: objectClass)
    case "objectcategory": return [objectCategory]
    case "objectguid": return [guid]
    case "objectsid": return sid.map { [$0] } ?? []
    case "samaccountname": return samAccountName.map { [$0] } ?? []
    case "whencreated", "createtimestamp": return [GeneralizedTime.format(whenCreated)]
    case "whenchanged", "modifytimestamp": return [GeneralizedTime.format(whenChanged)]
    case "usncreated": return [String(usnCreated)]
    case "usnchanged": return [String(usnChanged)]
    case "canonicalname": return [canonicalName]
    case "member": return members.map(\.description)
    case "memberof": return memberOf.map(\.description)
    case "instancetype": return ["4"]
    default: return stored(attribute)
    }
  }

  /// The names of every attribute with a value, in schema spelling (for `-Properties *`).
  public var presentAttributeNames: [String] {
    var names = [
      "distinguishedName", "name", "objectClass", "objectCategory", "objectGUID", "whenCreated",
      "whenChanged", "createTimeStamp", "modifyTimeStamp", "uSNCreated", "uSNChanged",
      "instanceType",
    ]
    if let rdnType = dn.leaf?.type.lowercased(), ["cn", "ou", "dc"].contains(rdnType) {
      names.append(rdnType)
    }
    if sid != nil { names.append("objectSid") }
    if samAccountName != nil { names.append("sAMAccountName") }
    if !members.isEmpty { names.append("member") }
    if !memberOf.isEmpty { names.append("memberOf") }
    names += attributes.values.filter { !$0.values.isEmpty }.map(\.name)
    return names
  }
}

/// GeneralizedTime as AD writes it: `20240115090000.0Z`, always UTC.
public enum GeneralizedTime {
  /// `yyyyMMddHHmmss.0Z` in UTC.
  ///
  /// Computed from the day count (the proleptic Gregorian calendar's civil-from-days rule),
  /// not with a DateFormatter: every directory write stamps whenChanged.
  public static func format(_ date: Date) -> String {
    let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
    let (days, secondOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
    let dayCount = secondOfDay < 0 ? days - 1 : days
    let second = secondOfDay < 0 ? secondOfDay + 86_400 : secondOfDay
    let shifted = dayCount + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    var text = ""
    text.reserveCapacity(17)
    func append(_ value: Int64, width: Int) {
      let digits = String(value)
      text += String(repeating: "0", count: max(width - digits.count, 0)) + digits
    }
    append(year, width: 4)
    append(month, width: 2)
    append(day, width: 2)
    append(second / 3_600, width: 2)
    append(second / 60 % 60, width: 2)
    append(second % 60, width: 2)
    return text + ".0Z"
  }

  /// Parses `yyyyMMddHHmmss[.f]Z`; nil for anything else.
  ///
  /// Every search parses two stamps per object, so this reads the digits itself instead of
  /// going through a DateFormatter (many times slower on a 100,000-object lab).
  public static func parse(_ text: String) -> Date? {
    var fields: [Int] = []
    fields.reserveCapacity(6)
    var value = 0
    var count = 0
    for byte in text.utf8.prefix(14) {
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
      count += 1
      if count == 4 || (count > 4 && count % 2 == 0) {
        fields.append(value)
        value = 0
      }
    }
    guard count == 14 else { return nil }
    let (year, month, day) = (fields[0], fields[1], fields[2])
    let (hour, minute, second) = (fields[3], fields[4], fields[5])
    guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
    else { return nil }
    // Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's
    // days_from_civil).
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146_097 + dayOfEra - 719_468
    let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second
    return Date(timeIntervalSince1970: TimeInterval(seconds))
  }
}
