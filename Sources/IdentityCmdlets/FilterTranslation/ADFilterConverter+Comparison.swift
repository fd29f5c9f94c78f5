import Foundation
import IdentityEngine
import ShellCore

/// One comparison of the `-Filter` language turned into LDAP terms, with the module's
/// translation table (ad-module.md §4.2) and its special converters (§4.3).
extension ADFilterConverter {
  /// How a filter name maps to the directory.
  enum Mapping {
    case attribute(String)
    case groupScope
    case groupCategory
    /// A userAccountControl bit; `isInverted` for Enabled (the bit is ACCOUNTDISABLE).
    case accountFlag(Int64, isInverted: Bool)
  }

  /// The mapping of a property or attribute name for this cmdlet's class.
  func mapping(of name: String) throws -> Mapping {
    let table = ADPropertyTable.properties(of: adClass)
    if let property = table[name.lowercased()] {
      if let attribute = property.filterAttribute { return .attribute(attribute) }
      switch property.name {
      case "GroupScope": return .groupScope
      case "GroupCategory": return .groupCategory
      case "Enabled": return .accountFlag(UserAccountControl.accountDisable, isInverted: true)
      default:
        if let flag = ADProperty.accountFlags.first(where: { $0.0 == property.name }) {
          return .accountFlag(flag.1, isInverted: false)
        }
        throw ADFilterError.propertyNotFilterable(property.name)
      }
    }
    if let definition = Schema.definition(of: name) { return .attribute(definition.name) }
    throw ADFilterError.unknownAttribute(name)
  }

  func comparison(_ name: String, _ op: String, _ value: Value) throws -> IdentityEngine.Predicate {
    let mapped = try mapping(of: name)
    if case .attribute(let attribute) = mapped {
      return try attributeComparison(attribute, op, encode(value, for: attribute))
    }
    guard op == "eq" || op == "ne" else {
      throw ADFilterError.operatorNotSupported(property: name, op: "-" + op)
    }
    switch mapped {
    case .attribute:
      return .any
    case .groupScope:
      guard let scope = GroupScope(name: value.toText()) else {
        throw ADFilterError.invalidValue(
          property: "GroupScope", value: value.toText(),
          typeName: ADErrors.management + "ADGroupScope")
      }
      return try equality(op, "GroupScope", .bitAnd("groupType", Int64(scope.bit)))
    case .groupCategory:
      guard let category = GroupCategory(name: value.toText()) else {
        throw ADFilterError.invalidValue(
          property: "GroupCategory", value: value.toText(),
          typeName: ADErrors.management + "ADGroupCategory")
      }
      let security = IdentityEngine.Predicate.bitAnd("groupType", Int64(GroupType.securityBit))
      return try equality(op, "GroupCategory", category == .security ? security : .not(security))
    case .accountFlag(let bit, let isInverted):
      guard let wanted = Self.boolean(value) else {
        throw ADFilterError.invalidValue(
          property: name, value: value.toText(), typeName: "System.Boolean")
      }
      let isSet = IdentityEngine.Predicate.bitAnd("userAccountControl", bit)
      return try equality(op, name, wanted != isInverted ? isSet : .not(isSet))
    }
  }

  /// `-eq` gives the predicate, `-ne` its negation; other operators are refused.
  func equality(_ op: String, _ property: String, _ predicate: IdentityEngine.Predicate) throws
    -> IdentityEngine.Predicate
  {
    switch op {
    case "eq": return predicate
    case "ne":
      if case .not(let inner) = predicate { return inner }
      return .not(predicate)
    default: throw ADFilterError.operatorNotSupported(property: property, op: "-" + op)
    }
  }

  /// `$true`, `$false`, `"true"` and `"false"` (case-insensitive).
  static func boolean(_ value: Value) -> Bool? {
    if case .bool(let flag) = value { return flag }
    switch value.toText().lowercased() {
    case "true": return true
    case "false": return false
    default: return nil
    }
  }

  /// The value as the attribute's LDAP syntax writes it (ad-module.md §4.4).
  func encode(_ value: Value, for attribute: String) -> String {
    let syntax = Schema.definition(of: attribute)?.syntax
    switch value {
    case .bool(let flag):
      return flag ? "TRUE" : "FALSE"
    case .dateTime(let stamp):
      if case .integer = syntax { return String(ADValues.fileTime(from: stamp.instant)) }
      return GeneralizedTime.format(stamp.instant)
    default:
      let text = value.toText()
      let lower = attribute.lowercased()
      if lower == "manager" || lower == "managedby", (try? DistinguishedName.parse(text)) == nil {
        return resolveDN(text) ?? text
      }
      return text
    }
  }

  /// The module's LDAP for one operator on a plain attribute.
  func attributeComparison(_ attribute: String, _ op: String, _ value: String) throws
    -> IdentityEngine.Predicate
  {
    let present = IdentityEngine.Predicate.present(attribute)
    switch op {
    case "eq": return .equal(attribute, value)
    case "ne": return .and([.not(.equal(attribute, value)), present])
    case "like": return Self.like(attribute, value)
    case "notlike":
      if !value.isEmpty, value.allSatisfy({ $0 == "*" }) { return .not(present) }
      return .and([.not(Self.like(attribute, value)), present])
    case "le": return .lessOrEqual(attribute, value)
    case "ge": return .greaterOrEqual(attribute, value)
    case "lt": return .and([.not(.greaterOrEqual(attribute, value)), present])
    case "gt": return .and([.not(.lessOrEqual(attribute, value)), present])
    case "approx": return .approximate(attribute, value)
    case "recursivematch": return .inChain(attribute, value)
    case "band", "bor":
      guard let mask = AssertionValue.integer(value, bits: 64) else {
        throw ADFilterError.invalidValue(
          property: attribute, value: value, typeName: "System.Int64")
      }
      return op == "band" ? .bitAnd(attribute, mask) : .bitOr(attribute, mask)
    default:
      throw ADFilterError.operatorNotSupported(property: attribute, op: "-" + op)
    }
  }

  /// `-like`: `*` is the only wildcard; all asterisks means "present".
  static func like(_ attribute: String, _ value: String) -> IdentityEngine.Predicate {
    guard value.contains("*") else { return .equal(attribute, value) }
    let parts = value.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
    if parts.allSatisfy(\.isEmpty) { return .present(attribute) }
    let middle = parts.dropFirst().dropLast().filter { !$0.isEmpty }
    return .substring(
      attribute, initial: parts.first.flatMap { $0.isEmpty ? nil : $0 }, middle: Array(middle),
      final: parts.last.flatMap { $0.isEmpty ? nil : $0 })
  }
}
