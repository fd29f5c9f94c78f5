import IdentityEngine
import ShellCore
import ShellFormatting

/// The lab's own objects for what goes beyond the module: pending changes of a cycle and the
/// provenance of an attribute, with their table views.
///
/// Their type names start with `Adsh.ADSync.`, not the module's ObjectModel namespace, so a
/// script never mistakes them for the product's objects.
enum ADSyncPreviewObjects {
  static let pendingChangeType = "Adsh.ADSync.PendingChange"
  static let attributeChangeType = "Adsh.ADSync.AttributeChange"
  static let provenanceType = "Adsh.ADSync.AttributeProvenance"

  static func object(_ type: String, _ properties: [(String, Value)]) -> PSObject {
    let object = PSObject(typeNames: [type, "System.Object"])
    for (name, value) in properties { object.set(name, value) }
    return object
  }

  static func strings(_ values: [String]) -> Value { .array(values.map(Value.string)) }

  /// One pending export; its Attributes are AttributeChange objects.
  static func pendingChange(_ change: PendingChange) -> PSObject {
    let attributes = change.attributes.map { attribute -> Value in
      .object(
        object(
          attributeChangeType,
          [
            ("ConnectorName", .string(change.connectorName)),
            ("Operation", .string(change.operation.rawValue)),
            ("DistinguishedName", .string(change.distinguishedName)),
            ("Name", .string(attribute.name)), ("Before", strings(attribute.before)),
            ("After", strings(attribute.after)),
          ]))
    }
    return object(
      pendingChangeType,
      [
        ("ConnectorName", .string(change.connectorName)),
        ("ConnectorId", .string(change.connectorId)),
        ("Operation", .string(change.operation.rawValue)),
        ("ObjectType", .string(change.objectType)),
        ("DistinguishedName", .string(change.distinguishedName)),
        ("NewDistinguishedName", change.newDistinguishedName.map(Value.string) ?? .null),
        ("CsObjectId", .string(change.csObjectId)),
        ("ChangedAttributes", strings(change.attributes.map(\.name))),
        ("Attributes", .array(attributes)),
      ])
  }

  /// One flow that could give the attribute its value.
  static func provenance(_ row: AttributeProvenance) -> PSObject {
    object(
      provenanceType,
      [
        ("Attribute", .string(row.attribute)), ("Direction", .string(row.direction.rawValue)),
        ("Precedence", .int(Int32(clamping: row.precedence))),
        ("SyncRuleName", .string(row.ruleName)), ("SyncRuleId", .string(row.ruleId)),
        ("FlowType", .string(row.flowType.rawValue)), ("Source", .string(row.source)),
        ("ConnectorName", .string(row.connectorName)),
        ("SourceObject", .string(row.sourceObject)), ("Values", strings(row.values)),
        ("Outcome", .string(row.outcome.rawValue)),
      ])
  }

  /// Pending changes group by connector; attribute changes by object; provenance is one table
  /// with the precedence right-aligned, as numbers are.
  static func registerViews(in interpreter: Interpreter) {
    let registry = interpreter.formatViews
    func columns(_ names: [String]) -> [FormatColumn] {
      names.map { FormatColumn(property: $0) }
    }
    registry.register(
      FormatView(
        name: "ADSyncPendingChange", typeNames: [pendingChangeType], shape: .table,
        columns: columns(["Operation", "ObjectType", "DistinguishedName", "ChangedAttributes"]),
        groupBy: FormatColumn(property: "ConnectorName")))
    registry.register(
      FormatView(
        name: "ADSyncAttributeChange", typeNames: [attributeChangeType], shape: .table,
        columns: columns(["Name", "Before", "After"]),
        groupBy: FormatColumn(property: "DistinguishedName")))
    registry.register(
      FormatView(
        name: "ADSyncAttributeProvenance", typeNames: [provenanceType], shape: .table,
        columns: columns(["Attribute", "Direction"])
          + [FormatColumn(source: .property("Precedence"), alignment: .right)]
          + columns(["SyncRuleName", "Outcome", "Values"])))
  }
}
