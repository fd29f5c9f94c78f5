import IdentityEngine
import ShellCore

/// The ScopeCondition and JoinCondition types the Synchronization Rules Editor's export
/// script constructs with New-Object, and reading them back for the cmdlets that add them to
/// a rule.
///
/// `New-Object ...ScopeCondition -ArgumentList 'cloudMastered','true','EQUAL'` takes the
/// attribute, the comparison value and the ComparisonOperator; `...JoinCondition
/// -ArgumentList 'cloudAnchor','cloudAnchor',$false` the connector-space attribute, the
/// metaverse attribute and whether the comparison is case-sensitive.
enum ADSyncConditionObjects {
  static let scopeType = ADSync.model + "ScopeCondition"
  static let joinType = ADSync.model + "JoinCondition"

  /// Makes the two types constructible; called when the module's cmdlets are registered.
  static func registerTypes() {
    ModuleTypes.register(scopeType) { arguments in
      guard arguments.count == 3 else { return nil }
      let name = arguments[2].toText()
      guard
        let comparison = ScopeOperator.allCases.first(where: {
          $0.rawValue.caseInsensitiveCompare(name) == .orderedSame
        })
      else {
        throw RuntimeError.make(
          "MethodArgumentConversionInvalidCastArgument",
          "Cannot convert argument \"comparisonOperator\", with value: \"\(name)\", for "
            + "\"ScopeCondition\" to type \"\(ADSync.model)ComparisonOperator\": the lab "
            + "evaluates \(ScopeOperator.allCases.map(\.rawValue).joined(separator: ", ")).",
          category: .invalidArgument)
      }
      return .object(
        scope(ScopeCondition(arguments[0].toText(), arguments[1].toText(), comparison)))
    }
    ModuleTypes.register(joinType) { arguments in
      guard arguments.count == 3 else { return nil }
      return .object(
        join(
          JoinCondition(
            arguments[0].toText(), arguments[1].toText(), caseSensitive: arguments[2].isTruthy)))
    }
  }

  static func scope(_ condition: ScopeCondition) -> PSObject {
    ADSync.object(
      "ScopeCondition",
      [
        ("Attribute", .string(condition.attribute)),
        ("ComparisonValue", .string(condition.comparisonValue)),
        ("ComparisonOperator", .string(condition.comparisonOperator.rawValue)),
      ])
  }

  static func join(_ condition: JoinCondition) -> PSObject {
    ADSync.object(
      "JoinCondition",
      [
        ("CSAttribute", .string(condition.csAttribute)),
        ("MVAttribute", .string(condition.mvAttribute)),
        ("CaseSensitive", .bool(condition.caseSensitive)),
      ])
  }

  /// The scope condition an object describes (by its properties), or nil when it is not one.
  static func scopeCondition(_ value: Value) -> ScopeCondition? {
    guard let object = value.psObject, object.typeNames.first == scopeType,
      let name = object.value(of: "ComparisonOperator")?.toText(),
      let comparison = ScopeOperator.allCases.first(where: {
        $0.rawValue.caseInsensitiveCompare(name) == .orderedSame
      })
    else { return nil }
    return ScopeCondition(
      object.value(of: "Attribute")?.toText() ?? "",
      object.value(of: "ComparisonValue")?.toText() ?? "", comparison)
  }

  /// The join condition an object describes, or nil when it is not one.
  static func joinCondition(_ value: Value) -> JoinCondition? {
    guard let object = value.psObject, object.typeNames.first == joinType else { return nil }
    return JoinCondition(
      object.value(of: "CSAttribute")?.toText() ?? "",
      object.value(of: "MVAttribute")?.toText() ?? "",
      caseSensitive: object.value(of: "CaseSensitive")?.isTruthy ?? false)
  }
}
