import Foundation
import IdentityEngine
import ShellCore

/// Builds the SDK's model objects (MicrosoftGraphGroup, MicrosoftGraphUser,
/// MicrosoftGraphDirectoryObject) from tenant objects.
///
/// Properties appear in the models' alphabetical order with AdditionalProperties last. A
/// property the response did not carry is `$null`, as in the SDK: without `-Property` Graph
/// returns each type's default set; with it, only the names selected (and `id`).
enum GraphObjects {
  static let groupType = "Microsoft.Graph.PowerShell.Models.MicrosoftGraphGroup"
  static let betaGroupType = "Microsoft.Graph.Beta.PowerShell.Models.MicrosoftGraphGroup"
  static let userType = "Microsoft.Graph.PowerShell.Models.MicrosoftGraphUser"
  static let directoryObjectType =
    "Microsoft.Graph.PowerShell.Models.MicrosoftGraphDirectoryObject"
  static let writebackType =
    "Microsoft.Graph.Beta.PowerShell.Models.MicrosoftGraphGroupWritebackConfiguration"

  /// One model property: its name, whether Graph returns it by default, and its value.
  struct Field<Model> {
    let name: String
    let isDefault: Bool
    let value: (Model) -> Value

    init(_ name: String, default isDefault: Bool = true, _ value: @escaping (Model) -> Value) {
      self.name = name
      self.isDefault = isDefault
      self.value = value
    }
  }

  static func text(_ value: String?) -> Value { value.map(Value.string) ?? .null }
  static func flag(_ value: Bool?) -> Value { value.map(Value.bool) ?? .null }
  static func date(_ value: Date?) -> Value { value.map { Value.date($0) } ?? .null }
  static func strings(_ values: [String]) -> Value { .array(values.map(Value.string)) }

  static let groupFields: [Field<TenantGroup>] = [
    Field("CreatedDateTime") { date($0.createdDateTime) },
    Field("DeletedDateTime") { date($0.deletedDateTime) },
    Field("Description") { text($0.description) },
    Field("DisplayName") { .string($0.displayName) },
    Field("GroupTypes") { strings($0.groupTypes) },
    Field("Id") { .string($0.id) },
    Field("IsAssignableToRole") { _ in .null },
    Field("Mail") { text($0.mail) },
    Field("MailEnabled") { .bool($0.mailEnabled) },
    Field("MailNickname") { text($0.mailNickname) },
    Field("OnPremisesDomainName") { text($0.onPremises.domainName) },
    Field("OnPremisesLastSyncDateTime") { date($0.onPremises.lastSyncDateTime) },
    Field("OnPremisesNetBiosName") { text($0.onPremises.netBiosName) },
    Field("OnPremisesSamAccountName") { text($0.onPremises.samAccountName) },
    Field("OnPremisesSecurityIdentifier") { text($0.onPremises.securityIdentifier) },
    Field("OnPremisesSyncEnabled") { flag($0.onPremises.syncEnabled) },
    Field("ProxyAddresses") { strings($0.proxyAddresses) },
    Field("SecurityEnabled") { .bool($0.securityEnabled) },
    Field("SecurityIdentifier") { text(cloudSID($0.id)) },
    Field("Visibility") { text($0.visibility) },
  ]

  static let userFields: [Field<TenantUser>] = [
    Field("AccountEnabled", default: false) { .bool($0.accountEnabled) },
    Field("BusinessPhones") { _ in .array([]) },
    Field("CreatedDateTime", default: false) { date($0.createdDateTime) },
    Field("DeletedDateTime", default: false) { date($0.deletedDateTime) },
    Field("Department", default: false) { text($0.department) },
    Field("DisplayName") { .string($0.displayName) },
    Field("GivenName") { text($0.givenName) },
    Field("Id") { .string($0.id) },
    Field("JobTitle") { text($0.jobTitle) },
    Field("Mail") { text($0.mail) },
    Field("MailNickname", default: false) { text($0.mailNickname) },
    Field("MobilePhone") { _ in .null },
    Field("OfficeLocation") { _ in .null },
    Field("OnPremisesDistinguishedName", default: false) {
      text($0.onPremises.distinguishedName)
    },
    Field("OnPremisesDomainName", default: false) { text($0.onPremises.domainName) },
    Field("OnPremisesImmutableId", default: false) { text($0.onPremises.immutableId) },
    Field("OnPremisesLastSyncDateTime", default: false) {
      date($0.onPremises.lastSyncDateTime)
    },
    Field("OnPremisesSamAccountName", default: false) { text($0.onPremises.samAccountName) },
    Field("OnPremisesSecurityIdentifier", default: false) {
      text($0.onPremises.securityIdentifier)
    },
    Field("OnPremisesSyncEnabled", default: false) { flag($0.onPremises.syncEnabled) },
    Field("OnPremisesUserPrincipalName", default: false) {
      text($0.onPremises.userPrincipalName)
    },
    Field("PreferredLanguage") { _ in .null },
    Field("ProxyAddresses", default: false) { strings($0.proxyAddresses) },
    Field("Surname") { text($0.surname) },
    Field("UsageLocation", default: false) { text($0.usageLocation) },
    Field("UserPrincipalName") { .string($0.userPrincipalName) },
    Field("UserType", default: false) { .string($0.userType) },
  ]

  /// The property names `-Property` may select for a kind (beta groups add
  /// writebackConfiguration).
  static func selectable(_ kind: TenantObjectKind, beta: Bool) -> [String] {
    let names = kind == .group ? groupFields.map(\.name) : userFields.map(\.name)
    return names + (kind == .group && beta ? ["WritebackConfiguration"] : [])
  }

  /// Checks `-Property` names: nil for the default set, else the lowercased names (`*` for
  /// all); throws Graph's `$select` error for an unknown one.
  static func selection(_ names: [String]?, _ kind: TenantObjectKind, beta: Bool) throws
    -> Set<String>?
  {
    guard let names, !names.isEmpty else { return nil }
    let known = Set(selectable(kind, beta: beta).map { $0.lowercased() })
    for name in names where name != "*" && !known.contains(name.lowercased()) {
      throw GraphFailure.unknownSelect(name, kind)
    }
    return Set(names.map { $0.lowercased() })
  }

  static func isSelected(_ name: String, isDefault: Bool, _ selection: Set<String>?) -> Bool {
    guard let selection else { return isDefault }
    return name == "Id" || selection.contains("*") || selection.contains(name.lowercased())
  }

  /// A MicrosoftGraphGroup (or its beta twin, which has WritebackConfiguration).
  ///
  /// `expanded` holds the navigation properties `-ExpandProperty` filled; the others are
  /// `$null`, each at its place in the model's order.
  static func group(
    _ group: TenantGroup, selection: Set<String>? = nil, beta: Bool = false,
    expanded: [String: Value] = [:]
  ) -> PSObject {
    let isBeta = beta || GraphEndpoint.isBeta
    let object = PSObject(typeNames: [isBeta ? betaGroupType : groupType, "System.Object"])
    var navigation = GraphExpansion.navigation(.group)[...]
    for field in groupFields {
      while let next = navigation.first, next < field.name {
        object.set(next, expanded[next] ?? .null)
        navigation.removeFirst()
      }
      let shown = isSelected(field.name, isDefault: field.isDefault, selection)
      object.set(field.name, shown ? field.value(group) : .null)
    }
    for next in navigation { object.set(next, expanded[next] ?? .null) }
    if isBeta {
      let shown = isSelected("WritebackConfiguration", isDefault: false, selection)
      object.set("WritebackConfiguration", shown ? writeback(group) : .null)
    }
    object.set("AdditionalProperties", .hashtable(PSHashtable()))
    return object
  }

  /// A MicrosoftGraphGroupWritebackConfiguration with the stored (not effective) values.
  static func writeback(_ group: TenantGroup) -> Value {
    let object = PSObject(typeNames: [writebackType, "System.Object"])
    object.set("IsEnabled", flag(group.writebackConfiguration.isEnabled))
    object.set(
      "OnPremisesGroupType", text(group.writebackConfiguration.onPremisesGroupType?.rawValue))
    object.set("AdditionalProperties", .hashtable(PSHashtable()))
    return .object(object)
  }

  /// A MicrosoftGraphUser.
  static func user(
    _ user: TenantUser, selection: Set<String>? = nil, expanded: [String: Value] = [:]
  ) -> PSObject {
    let object = PSObject(
      typeNames: [GraphEndpoint.model("MicrosoftGraphUser"), "System.Object"])
    var navigation = GraphExpansion.navigation(.user)[...]
    for field in userFields {
      while let next = navigation.first, next < field.name {
        object.set(next, expanded[next] ?? .null)
        navigation.removeFirst()
      }
      let shown = isSelected(field.name, isDefault: field.isDefault, selection)
      object.set(field.name, shown ? field.value(user) : .null)
    }
    for next in navigation { object.set(next, expanded[next] ?? .null) }
    object.set("AdditionalProperties", .hashtable(PSHashtable()))
    return object
  }

  /// A MicrosoftGraphDirectoryObject, as the member and owner cmdlets return: the id, with
  /// the rest of the JSON (`@odata.type`, displayName, …) in AdditionalProperties.
  ///
  /// With a `$select` (lowercased names), only the selected properties that the object has
  /// come back, beside `id` and `@odata.type`, which Graph always returns.
  static func directoryObject(_ object: TenantObject, selection: Set<String>? = nil)
    -> PSObject
  {
    let result = PSObject(
      typeNames: [GraphEndpoint.model("MicrosoftGraphDirectoryObject"), "System.Object"])
    let showsDeleted = isSelected("DeletedDateTime", isDefault: true, selection)
    result.set("DeletedDateTime", showsDeleted ? date(object.deletedDateTime) : .null)
    result.set("Id", .string(object.id))
    let extra = PSHashtable()
    extra["@odata.type"] = .string(object.kind.odataType)
    switch object {
    case .user(let user):
      extra["businessPhones"] = .array([])
      extra["displayName"] = .string(user.displayName)
      extra["givenName"] = text(user.givenName)
      extra["jobTitle"] = text(user.jobTitle)
      extra["mail"] = text(user.mail)
      extra["surname"] = text(user.surname)
      extra["userPrincipalName"] = .string(user.userPrincipalName)
    case .group(let group):
      extra["displayName"] = .string(group.displayName)
      extra["groupTypes"] = strings(group.groupTypes)
      extra["mail"] = text(group.mail)
      extra["mailEnabled"] = .bool(group.mailEnabled)
      extra["mailNickname"] = text(group.mailNickname)
      extra["securityEnabled"] = .bool(group.securityEnabled)
    }
    guard let selection, !selection.contains("*") else {
      result.set("AdditionalProperties", .hashtable(extra))
      return result
    }
    let selected = PSHashtable()
    for (key, value) in extra.entries {
      let name = key.toText()
      if name == "@odata.type" || selection.contains(name.lowercased()) { selected[name] = value }
    }
    result.set("AdditionalProperties", .hashtable(selected))
    return result
  }

  /// The cloud SID Entra gives a group: `S-1-12-1-` and the objectId's 16 bytes (.NET
  /// order) as four little-endian 32-bit numbers.
  static func cloudSID(_ id: String) -> String? {
    guard let base64 = OnPremisesIdentity.immutableId(fromObjectGUID: id),
      let bytes = Data(base64Encoded: base64).map(Array.init), bytes.count == 16
    else { return nil }
    let parts = stride(from: 0, to: 16, by: 4).map { start in
      (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[start + $1]) << (8 * UInt32($1)) }
    }
    return "S-1-12-1-" + parts.map(String.init).joined(separator: "-")
  }
}
