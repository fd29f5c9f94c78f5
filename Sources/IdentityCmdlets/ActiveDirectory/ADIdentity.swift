import Foundation
import IdentityEngine
import ShellCore

/// `-Identity` resolution as the module does it (ad-module.md §5): a DN inside the domain,
/// else a GUID, else a SID, else (for principals) a sAMAccountName; the first form that
/// recognises the text decides. The object must also be of the cmdlet's class.
extension ADContext {
  /// The text an identity argument stands for: an AD object's DN, or the string given.
  static func identityText(_ value: Value) -> String {
    if case .object(let object) = value,
      object.typeNames.contains(where: { $0.hasPrefix(ADErrors.management) }),
      let dn = object.value(of: "DistinguishedName")
    {
      return dn.toText()
    }
    return value.toText()
  }

  /// Finds the object an identity names, or nil.
  func find(
    _ identity: Value, as adClass: ADClass, attributes: AttributeSelection = .names([])
  ) throws -> DirectoryEntry? {
    let text = Self.identityText(identity)
    let candidates: [DirectoryEntry] = try run(target: .string(text)) {
      if let dn = DistinguishedName(text), dn.isWithin(domain.dn) {
        return try directory.entry(dn, attributes: attributes).map { [$0] } ?? []
      }
      if let uuid = UUID(uuidString: text) {
        return try directory.entries(
          whereColumn: .guid, equals: uuid.uuidString, attributes: attributes)
      }
      if text.uppercased().hasPrefix("S-1-"), AssertionValue.sidText(text) != nil {
        return try directory.entries(whereColumn: .sid, equals: text, attributes: attributes)
      }
      guard adClass.acceptsAccountIdentities else { return [] }
      var found = try directory.entries(
        whereColumn: .samAccountName, equals: text, attributes: attributes)
      if found.isEmpty, adClass == .computer, !text.hasSuffix("$") {
        found = try directory.entries(
          whereColumn: .samAccountName, equals: text + "$", attributes: attributes)
      }
      return found
    }
    return candidates.first { adClass.classFilter.matches($0, chain: { _, _ in false }) }
  }

  /// Finds the object or fails with "Cannot find an object with identity: …".
  func resolve(
    _ identity: Value, as adClass: ADClass, attributes: AttributeSelection = .names([])
  ) throws -> DirectoryEntry {
    if let entry = try find(identity, as: adClass, attributes: attributes) { return entry }
    throw RuntimeError(
      ADErrors.identityNotFound(
        context, identity: Self.identityText(identity), partition: domain.dn.description))
  }

  /// Resolves several principals (group members) before anything changes, so that one
  /// unknown member leaves the group as it was.
  func resolveMembers(_ value: Value) throws -> [DirectoryEntry] {
    var entries: [DirectoryEntry] = []
    for item in value.enumerated {
      guard let entry = try find(item, as: .principal) else {
        let qualifier =
          "SetADGroupMember.ValidateMembersParameter"
        let record = ADErrors.identityNotFound(
          context, identity: Self.identityText(item), partition: domain.dn.description,
          qualifier: qualifier)
        throw RuntimeError(record)
      }
      entries.append(entry)
    }
    return entries
  }
}
