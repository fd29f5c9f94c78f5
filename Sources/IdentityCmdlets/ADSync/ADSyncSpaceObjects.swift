import Foundation
import IdentityEngine
import ShellCore

/// Connector-space and metaverse objects as the module's CsObject and MvObject
/// (adsync-and-writeback.md §1.7), properties in its order.
///
/// Attribute items print as their names inside a collection; `Type` follows the sync
/// engine's attribute types (1 string, 2 integer, 3 reference, 5 boolean), whose numbers are
/// unconfirmed.
enum ADSyncSpaceObjects {
  /// The partition of each connector (one per connector in the lab).
  static func partitionId(_ connector: SyncConnector) -> String {
    connector.kind == .activeDirectory
      ? "bf40f90a-841a-48c3-9807-be39a96e0bb3" : "a9e8f1c2-3b4d-4e5f-8a7b-6c5d4e3f2a1b"
  }

  static func csObject(_ info: CSObjectInfo) -> PSObject {
    let lineage = info.lineage.map { entry -> Value in
      let item = ADSync.object(
        "CsObjectLineage",
        [
          ("SyncRuleInternalId", .string(entry.ruleId)),
          ("SyncRuleName", .string(entry.ruleName)), ("Operation", .string(entry.operation)),
        ])
      return .object(item)
    }
    let attributes = info.attributes.map { attribute -> Value in
      .object(
        self.attribute(
          attribute.name, attribute.values, ruleName: "", lineageId: "",
          connectorName: info.connector.name))
    }
    return ADSync.object(
      "CsObject",
      [
        ("ObjectId", .string(info.objectId)), ("ConnectorId", .string(info.connector.identifier)),
        ("ConnectorName", .string(info.connector.name)),
        ("ConnectorType", .string(info.connector.connectorTypeName)),
        ("PartitionId", .string(partitionId(info.connector))),
        ("DistinguishedName", .string(info.distinguishedName)),
        ("AnchorValue", anchorValue(info)), ("ObjectType", .string(info.objectType)),
        ("IsTransient", .bool(false)), ("IsPlaceHolder", .bool(false)),
        ("IsConnector", .bool(info.isConnector)),
        ("HasSyncError", .bool(info.synchronizationError != nil)),
        ("HasExportError", .bool(info.exportError != nil)),
        (
          "ExportError",
          info.exportError.map { .object(ADSyncErrorObjects.exportError($0)) } ?? .null
        ),
        (
          "SynchronizationError",
          info.synchronizationError.map { .object(ADSyncErrorObjects.syncError($0)) } ?? .null
        ),
        ("ConnectedMVObjectId", info.connectedMVObjectId.map(Value.string) ?? .null),
        ("Lineage", .array(lineage)), ("Attributes", .array(attributes)),
      ])
  }

  /// The anchor's bytes: objectGUID in .NET byte order for AD, the UTF-16 anchor text for the
  /// tenant (byte layout unconfirmed); null while an add is pending.
  static func anchorValue(_ info: CSObjectInfo) -> Value {
    guard let anchor = info.anchor else { return .null }
    var bytes: [UInt8]
    if info.connector.kind == .activeDirectory, let uuid = UUID(uuidString: anchor) {
      let raw = withUnsafeBytes(of: uuid.uuid) { Array($0) }
      bytes = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15].map { raw[$0] }
    } else {
      let hex = Array(info.distinguishedName.dropFirst(4).dropLast(1))
      let text = stride(from: 0, to: hex.count - 1, by: 2).compactMap {
        UInt8(String(hex[$0...$0 + 1]), radix: 16)
      }
      bytes = text.flatMap { [$0, 0] }
    }
    return .array(bytes.map { Value.int(Int32($0)) })
  }

  static func mvObject(_ info: MVObjectInfo) -> PSObject {
    let lineage = info.lineage.map { link -> Value in
      .object(
        ADSync.object(
          "MvObjectLineage",
          [
            ("ConnectorId", .string(link.connectorId)),
            ("ConnectorName", .string(link.connectorName)),
            ("ConnectedCsObjectDN", .string(link.csObjectDN)),
            ("ConnectedCsObjectId", .string(link.csObjectId)),
          ]))
    }
    let attributes = info.attributes.map { attribute -> Value in
      .object(
        self.attribute(
          attribute.name, attribute.values, ruleName: attribute.ruleName,
          lineageId: attribute.ruleId, connectorName: attribute.connectorName))
    }
    return ADSync.object(
      "MvObject",
      [
        ("ObjectId", .string(info.objectId)), ("Lineage", .array(lineage)),
        ("Attributes", .array(attributes)),
      ])
  }

  /// One attribute item of a CS or MV object.
  static func attribute(
    _ name: String, _ values: [String], ruleName: String, lineageId: String,
    connectorName: String
  ) -> PSObject {
    let object = ADSync.object(
      "Attribute",
      [
        ("Name", .string(name)), ("Type", .int(type(of: name, values))),
        ("IsMultiValued", .bool(values.count > 1 || multiValued.contains(name.lowercased()))),
        ("SyncRuleName", .string(ruleName)), ("ConnectorName", .string(connectorName)),
        ("LineageId", .string(lineageId)), ("LastModificationTime", .null),
        ("Values", .array(values.map(Value.string))),
      ])
    object.stringValue = { name }
    return object
  }

  static let multiValued: Set<String> = ["member", "proxyaddresses"]

  /// The attribute type number for a name and its values.
  static func type(of name: String, _ values: [String]) -> Int32 {
    if name.lowercased() == "member" || name.lowercased() == "manager" { return 3 }
    guard let first = values.first else { return 1 }
    if first == "True" || first == "False" { return 5 }
    return Int64(first) != nil ? 2 : 1
  }
}
