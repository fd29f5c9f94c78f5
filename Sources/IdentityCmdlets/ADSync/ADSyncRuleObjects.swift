import Foundation
import IdentityEngine
import ShellCore

/// Sync rules as SynchronizationRule objects, and back (Add-ADSyncRule saves an edited one).
enum ADSyncRuleObjects {
  /// Keeps the engine rule inside the PSObject so that Add-ADSyncRule keeps what the
  /// properties do not show (scope, join and flow details).
  final class Box {
    var rule: SyncRule
    init(_ rule: SyncRule) { self.rule = rule }
  }

  static func rule(_ rule: SyncRule) -> PSObject {
    let object = PSObject(typeNames: [ADSync.model + "SynchronizationRule", "System.Object"])
    fill(object, rule)
    return object
  }

  /// Sets a SynchronizationRule object's properties and kept rule to `rule`: the rule-building
  /// cmdlets change the object a script holds, as the module's reference objects change.
  static func fill(_ object: PSObject, _ rule: SyncRule) {
    let scope = rule.scopeFilter.map { group -> Value in
      let conditions = group.map { condition -> Value in
        let item = ADSync.object(
          "ScopeCondition",
          [
            ("Attribute", .string(condition.attribute)),
            ("ComparisonValue", .string(condition.comparisonValue)),
            ("ComparisonOperator", .string(condition.comparisonOperator.rawValue)),
          ])
        return .object(item)
      }
      return .object(
        ADSync.object("ScopeConditionGroup", [("ScopeConditionList", .array(conditions))]))
    }
    let join = rule.joinFilter.map { group -> Value in
      let conditions = group.map { condition -> Value in
        .object(
          ADSync.object(
            "JoinCondition",
            [
              ("CSAttribute", .string(condition.csAttribute)),
              ("MVAttribute", .string(condition.mvAttribute)),
              ("CaseSensitive", .bool(condition.caseSensitive)),
            ]))
      }
      return .object(
        ADSync.object("JoinConditionGroup", [("JoinConditionList", .array(conditions))]))
    }
    let flows = rule.attributeFlowMappings.map { mapping -> Value in
      .object(
        ADSync.object(
          "AttributeFlowMapping",
          [
            ("Source", .array(mapping.source.map(Value.string))),
            ("Destination", .string(mapping.destination)),
            ("FlowType", .string(mapping.flowType.rawValue)),
            ("ExecuteOnce", .bool(mapping.executeOnce)),
            ("Expression", mapping.flowType == .direct ? .null : .string(mapping.expression)),
            ("ValueMergeType", .string(mapping.valueMergeType)),
            ("MappingSourceAsString", .string(mapping.mappingSourceAsString)),
          ]))
    }
    let zero = "00000000-0000-0000-0000-000000000000"
    let properties: [(String, Value)] =
      [
        ("Identifier", .string(rule.identifier)), ("InternalId", .string(rule.internalId)),
        ("Name", .string(rule.name)), ("Version", .int(Int32(clamping: rule.version))),
        ("Description", .string(rule.description)), ("ImmutableTag", .string(rule.immutableTag)),
        ("Connector", .string(rule.connector)), ("Direction", .string(rule.direction.rawValue)),
        ("Disabled", .bool(rule.isDisabled)), ("SourceObjectType", .string(rule.sourceObjectType)),
        ("TargetObjectType", .string(rule.targetObjectType)),
        ("Precedence", .int(Int32(clamping: rule.precedence))),
        ("PrecedenceAfter", .string(zero)), ("PrecedenceBefore", .string(zero)),
        ("LinkType", .string(rule.linkType.rawValue)),
        ("EnablePasswordSync", .bool(rule.enablePasswordSync)), ("JoinFilter", .array(join)),
        ("ScopeFilter", .array(scope)), ("AttributeFlowMappings", .array(flows)),
        ("SoftDeleteExpiryInterval", .string("00:00:00")),
        ("VersionAgnosticTag", .string(rule.versionAgnosticTag)),
        ("TagVersion", .string(rule.tagVersion)), ("IsStandardRule", .bool(rule.isStandardRule)),
        ("IsLegacyCustomRule", .bool(false)),
      ]
    for (name, value) in properties { object.set(name, value) }
    object.base = Box(rule)
  }

  /// The -SynchronizationRule object of the cmdlets that change a rule, with its rule (edited
  /// properties applied); an error naming the parameter for anything else.
  static func requireRule(_ context: CommandContext) throws -> (PSObject, SyncRule) {
    let value = context.parameters["SynchronizationRule"] ?? .null
    guard let object = value.psObject, let rule = rule(from: value) else {
      throw context.terminatingError(
        "ParameterArgumentValidationError",
        "Cannot bind parameter 'SynchronizationRule'. The argument is not a SynchronizationRule.",
        category: .invalidArgument, target: value)
    }
    return (object, rule)
  }

  /// The rule a (possibly edited) SynchronizationRule object describes.
  static func rule(from value: Value) -> SyncRule? {
    guard let object = value.psObject, let box = object.base as? Box else { return nil }
    var rule = box.rule
    func text(_ name: String) -> String? { object.value(of: name).map { $0.toText() } }
    if let identifier = text("Identifier"), !identifier.isEmpty,
      identifier.lowercased() != rule.identifier.lowercased()
    {
      // A clone saved under a new Identifier is a rule of its own.
      rule.identifier = identifier
      rule.internalId = identifier
    }
    if let name = text("Name") { rule.name = name }
    if let description = text("Description") { rule.description = description }
    if let precedence = text("Precedence").flatMap({ Int($0) }) { rule.precedence = precedence }
    if let disabled = object.value(of: "Disabled") { rule.isDisabled = disabled.isTruthy }
    if let link = text("LinkType").flatMap({ SyncLinkType(rawValue: $0) }) { rule.linkType = link }
    if let tag = text("ImmutableTag") { rule.immutableTag = tag }
    return rule
  }
}
