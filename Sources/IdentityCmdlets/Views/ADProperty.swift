import Foundation
import IdentityEngine
import ShellCore

/// One of the module's extended properties: its name, the LDAP attributes it is computed from,
/// the attribute a `-Filter` on it compares, and the converter that computes its value.
struct ADProperty {
  let name: String
  let levels: Set<ADClass.Level>
  /// Attributes to load to compute the value.
  let attributes: [String]
  /// The LDAP attribute `-Filter` maps this name to; nil when the filter needs a converter
  /// (GroupScope, Enabled, …) or refuses the property.
  let filterAttribute: String?
  let value: (DirectoryEntry) -> Value

  /// A property that shows one attribute's first value as text.
  static func text(_ name: String, _ attribute: String, _ levels: Set<ADClass.Level>)
    -> ADProperty
  {
    ADProperty(
      name: name, levels: levels, attributes: [attribute], filterAttribute: attribute,
      value: { entry in entry.values(of: attribute).first.map(Value.string) ?? .null })
  }

  /// A property that shows every value of an attribute as a collection.
  static func list(_ name: String, _ attribute: String, _ levels: Set<ADClass.Level>)
    -> ADProperty
  {
    ADProperty(
      name: name, levels: levels, attributes: [attribute], filterAttribute: attribute,
      value: { entry in .array(entry.values(of: attribute).map(Value.string)) })
  }

  /// A userAccountControl bit shown as a Boolean.
  static func flag(_ name: String, _ bit: Int64) -> ADProperty {
    ADProperty(
      name: name, levels: [.account], attributes: ["userAccountControl"], filterAttribute: nil,
      value: { entry in .bool((entry.integer("userAccountControl") ?? 0) & bit != 0) })
  }

  /// A FILETIME attribute shown as a date; 0 and never-expires show as empty.
  static func fileTime(_ name: String, _ attribute: String) -> ADProperty {
    ADProperty(
      name: name, levels: [.account], attributes: [attribute], filterAttribute: attribute,
      value: { entry in
        guard let ticks = entry.integer(attribute), ticks > 0, ticks < Int64.max else {
          return .null
        }
        return .date(ADValues.date(fromFileTime: ticks))
      })
  }

  /// The userAccountControl flags behind the Boolean account properties.
  static let accountFlags: [(String, Int64)] = [
    ("PasswordNeverExpires", UserAccountControl.dontExpirePassword),
    ("PasswordNotRequired", UserAccountControl.passwordNotRequired),
    ("AllowReversiblePasswordEncryption", UserAccountControl.encryptedTextPasswordAllowed),
    ("AccountNotDelegated", UserAccountControl.notDelegated),
    ("TrustedForDelegation", UserAccountControl.trustedForDelegation),
    ("TrustedToAuthForDelegation", UserAccountControl.trustedToAuthForDelegation),
    ("DoesNotRequirePreAuth", UserAccountControl.dontRequirePreauth),
    ("UseDESKeyOnly", UserAccountControl.useDESKeyOnly),
    ("SmartcardLogonRequired", UserAccountControl.smartcardRequired),
    ("HomedirRequired", UserAccountControl.homedirRequired),
    ("MNSLogonAccount", UserAccountControl.mnsLogonAccount),
  ]
}

/// Conversions between directory values and shell values.
enum ADValues {
  /// A FILETIME (100-ns ticks since 1601) as a date.
  static func date(fromFileTime ticks: Int64) -> Date {
    Date(timeIntervalSince1970: Double(ticks) / 10_000_000 - 11_644_473_600)
  }

  /// A date as FILETIME ticks.
  static func fileTime(from date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 + 11_644_473_600) * 10_000_000)
  }

  /// A raw LDAP attribute's values as the module shows them: typed by the attribute's syntax,
  /// a collection when the attribute is multi-valued.
  static func raw(_ entry: DirectoryEntry, _ attribute: String) -> Value {
    let definition = Schema.definition(of: attribute)
    let values = entry.values(of: attribute).map { typed($0, definition?.syntax ?? .string) }
    if definition?.isSingleValued == false { return .array(values) }
    return values.first ?? .null
  }

  static func typed(_ text: String, _ syntax: AttributeSyntax) -> Value {
    switch syntax {
    case .integer:
      return Int64(text).map { Value.integer(Int($0)) } ?? .string(text)
    case .boolean:
      return .bool(text.uppercased() == "TRUE")
    case .generalizedTime:
      return GeneralizedTime.parse(text).map { Value.date($0) } ?? .string(text)
    default:
      return .string(text)
    }
  }
}
