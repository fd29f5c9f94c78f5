import Foundation
import IdentityEngine
import ShellCore

/// What `-Properties` asked for, checked against the class: extended names, raw LDAP names,
/// or `*`.
struct ADPropertyRequest {
  var extended: [ADProperty] = []
  var raw: [String] = []
  var includeAll = false

  /// A `-Properties` name the class does not know.
  struct InvalidName: Error {
    let name: String
  }

  init() {}

  /// Parses `-Properties` names; throws `InvalidName` for a name that is neither an extended
  /// property of the class nor an attribute of the schema.
  init(_ names: [String], for adClass: ADClass) throws {
    let table = ADPropertyTable.properties(of: adClass)
    for name in names {
      if name == "*" {
        includeAll = true
      } else if let property = table[name.lowercased()] {
        extended.append(property)
      } else if let definition = Schema.definition(of: name) {
        raw.append(definition.name)
      } else {
        throw InvalidName(name: name)
      }
    }
  }

  /// The attributes the store must load for these properties and the class's defaults.
  func selection(for adClass: ADClass) -> AttributeSelection {
    if includeAll { return .all }
    let table = ADPropertyTable.properties(of: adClass)
    let defaults = adClass.defaultProperties.compactMap { table[$0.lowercased()] }
    let constructed = raw.contains { ADObjectFactory.constructed[$0] != nil }
    return .names(
      (defaults + extended).flatMap(\.attributes) + raw
        + (constructed ? ADPasswordPolicy.accountAttributes : []))
  }
}

/// Builds the PSObjects the AD cmdlets emit from directory entries.
///
/// Properties are sorted by name, case-insensitively, default and requested ones interleaved
/// (ad-module.md §2.1); the display set is every property fetched, so the output prints as the
/// module's does (a list from five properties up, a table below).
struct ADObjectFactory {
  let directory: Directory
  let domain: DomainInfo
  /// The domain's password policy, for the computed account properties.
  var policy = ADPasswordPolicy()
  /// The time the computed properties are worked out at, as FILETIME ticks.
  var now = ADValues.fileTime(from: Date())

  /// Constructed attributes the directory works out when asked for, and whether `*` shows
  /// them (ad-module.md §2.3 lists only the first in a `-Properties *` listing).
  static let constructed = [
    "msDS-User-Account-Control-Computed": true, "msDS-UserPasswordExpiryTimeComputed": false,
  ]

  func make(
    _ entry: DirectoryEntry, as adClass: ADClass, request: ADPropertyRequest = ADPropertyRequest(),
    defaultNames: [String]? = nil
  ) -> PSObject {
    let isDefaultOnly =
      defaultNames == nil && request.extended.isEmpty && request.raw.isEmpty
      && !request.includeAll
    if isDefaultOnly, let layout = ADObjectFactory.defaultLayouts[adClass] {
      // The common case (no -Properties): the class's default properties in print order,
      // worked out once rather than per object.
      let object = PSObject(typeNames: layout.typeNames)
      for (name, property) in layout.properties { object.set(name, value(of: property, entry)) }
      object.defaultDisplayPropertySet = layout.names
      let dn = entry.dn.description
      object.stringValue = { dn }
      return object
    }
    let table = ADPropertyTable.properties(of: adClass)
    var chosen: [String: (name: String, value: Value)] = [:]
    func add(_ name: String, _ value: @autoclosure () -> Value) {
      let key = name.lowercased()
      if chosen[key] == nil { chosen[key] = (name, value()) }
    }
    for name in defaultNames ?? adClass.defaultProperties {
      if let property = table[name.lowercased()] { add(name, value(of: property, entry)) }
    }
    for property in request.extended { add(property.name, value(of: property, entry)) }
    if request.includeAll {
      for property in table.values { add(property.name, value(of: property, entry)) }
      for name in entry.presentAttributeNames { add(name, ADValues.raw(entry, name)) }
      for (name, shownByStar) in Self.constructed where shownByStar {
        if let value = constructedValue(name, entry) { add(name, value) }
      }
      // Helper attributes the module's converters fetch, which `*` therefore shows too.
      add("dSCorePropagationData", .array([.date(ADValues.date(fromFileTime: 0))]))
      add("isDeleted", .null)
      add("nTSecurityDescriptor", .string("System.DirectoryServices.ActiveDirectorySecurity"))
      add("sDRightsEffective", .int(0))
    }
    for name in request.raw {
      if let value = constructedValue(name, entry) {
        add(name, value)
      } else if !entry.values(of: name).isEmpty {
        add(name, ADValues.raw(entry, name))
      }
    }
    // The keys are the lowercased names already: sorting on them folds no case per compare.
    let ordered = chosen.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    let object = PSObject(typeNames: adClass.typeNames)
    for (_, (name, value)) in ordered { object.set(name, value) }
    object.defaultDisplayPropertySet = ordered.map(\.value.name)
    let dn = entry.dn.description
    object.stringValue = { dn }
    return object
  }

  /// What `make` needs for a class's default properties alone, sorted as it sorts them.
  struct DefaultLayout {
    let typeNames: [String]
    let properties: [(String, ADProperty)]
    var names: [String] { properties.map(\.0) }
  }

  static let defaultLayouts: [ADClass: DefaultLayout] = Dictionary(
    uniqueKeysWithValues: [
      ADClass.object, .organizationalUnit, .principal, .group, .user, .computer,
    ].map { adClass in
      let table = ADPropertyTable.properties(of: adClass)
      var byKey: [String: (String, ADProperty)] = [:]
      for name in adClass.defaultProperties {
        let key = name.lowercased()
        if byKey[key] == nil, let property = table[key] { byKey[key] = (name, property) }
      }
      let sorted = byKey.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      return (adClass, DefaultLayout(typeNames: adClass.typeNames, properties: sorted.map(\.value)))
    })

  /// The value of a constructed attribute for an account; nil for another attribute or
  /// another class.
  func constructedValue(_ name: String, _ entry: DirectoryEntry) -> Value? {
    guard ["user", "inetOrgPerson", "computer"].contains(entry.objectClass) else { return nil }
    switch name.lowercased() {
    case "msds-user-account-control-computed":
      return .int(Int32(truncatingIfNeeded: policy.computedControl(entry, now: now)))
    case "msds-userpasswordexpirytimecomputed":
      return .long(policy.passwordExpiryTime(entry))
    default:
      return nil
    }
  }

  func value(of property: ADProperty, _ entry: DirectoryEntry) -> Value {
    switch property.name {
    case "PasswordExpired": return .bool(policy.isPasswordExpired(entry, now: now))
    case "LockedOut": return .bool(policy.isLockedOut(entry, now: now))
    default: break
    }
    if property.name == "PrimaryGroup" {
      guard let rid = entry.integer("primaryGroupID"),
        let group = try? directory.entries(whereColumn: .sid, equals: "\(domain.sid)-\(rid)")
          .first
      else { return .null }
      return .string(group.dn.description)
    }
    return property.value(entry)
  }
}
