import Foundation

/// Which way a sync rule flows: from a connector space into the metaverse, or out of it.
public enum SyncDirection: String, Codable, Sendable, CaseIterable {
  case inbound = "Inbound"
  case outbound = "Outbound"
}

/// What a rule does when it is in scope and no object is linked yet (the rule's LinkType).
public enum SyncLinkType: String, Codable, Sendable, CaseIterable {
  case provision = "Provision"
  case join = "Join"
  case stickyJoin = "StickyJoin"
  case joinNoFlow = "JoinNoFlow"
}

/// The comparison of one scoping clause, named as the ScopeCondition's ComparisonOperator.
public enum ScopeOperator: String, Codable, Sendable, CaseIterable {
  case equal = "EQUAL"
  case notEqual = "NOTEQUAL"
  case startsWith = "STARTSWITH"
  case notStartsWith = "NOTSTARTSWITH"
  case endsWith = "ENDSWITH"
  case notEndsWith = "NOTENDSWITH"
  case contains = "CONTAINS"
  case notContains = "NOTCONTAINS"
  case isNull = "ISNULL"
  case isNotNull = "ISNOTNULL"
  case isIn = "ISIN"
  case isNotIn = "ISNOTIN"
}

/// One scoping clause: attribute, value, operator (the ScopeCondition constructor's order).
public struct ScopeCondition: Codable, Sendable, Equatable {
  public var attribute: String
  public var comparisonValue: String
  public var comparisonOperator: ScopeOperator

  public init(_ attribute: String, _ value: String, _ comparison: ScopeOperator) {
    self.attribute = attribute
    self.comparisonValue = value
    self.comparisonOperator = comparison
  }

  /// True when the object's values satisfy the clause (string compares, case-insensitive).
  func matches(_ values: [String]) -> Bool {
    let wanted = comparisonValue.lowercased()
    let lowered = values.map { $0.lowercased() }
    switch comparisonOperator {
    case .isNull: return values.isEmpty
    case .isNotNull: return !values.isEmpty
    case .equal: return lowered.first == wanted
    case .notEqual: return lowered.first != wanted
    case .startsWith: return lowered.first?.hasPrefix(wanted) ?? false
    case .notStartsWith: return !(lowered.first?.hasPrefix(wanted) ?? false)
    case .endsWith: return lowered.first?.hasSuffix(wanted) ?? false
    case .notEndsWith: return !(lowered.first?.hasSuffix(wanted) ?? false)
    case .contains: return lowered.first?.contains(wanted) ?? false
    case .notContains: return !(lowered.first?.contains(wanted) ?? false)
    case .isIn: return lowered.contains(wanted)
    case .isNotIn: return !lowered.contains(wanted)
    }
  }
}

/// One join clause: the connector-space attribute matched against the metaverse attribute.
public struct JoinCondition: Codable, Sendable, Equatable {
  public var csAttribute: String
  public var mvAttribute: String
  public var caseSensitive: Bool

  public init(_ csAttribute: String, _ mvAttribute: String, caseSensitive: Bool = false) {
    self.csAttribute = csAttribute
    self.mvAttribute = mvAttribute
    self.caseSensitive = caseSensitive
  }
}

/// How an attribute flow computes its value.
public enum FlowType: String, Codable, Sendable, CaseIterable {
  case direct = "Direct"
  case constant = "Constant"
  case expression = "Expression"
}

/// One transformation of a rule: a source attribute, a constant or an expression into one
/// destination attribute.
public struct AttributeFlowMapping: Codable, Sendable, Equatable {
  public var source: [String]
  public var destination: String
  public var flowType: FlowType
  public var executeOnce: Bool
  public var expression: String
  public var valueMergeType: String

  public init(
    source: [String] = [], destination: String, flowType: FlowType, expression: String = "",
    executeOnce: Bool = false, valueMergeType: String = "Update"
  ) {
    self.source = source
    self.destination = destination
    self.flowType = flowType
    self.expression = expression
    self.executeOnce = executeOnce
    self.valueMergeType = valueMergeType
  }

  /// A direct flow of one attribute to another (or the same) name.
  public static func direct(_ source: String, _ destination: String? = nil) -> Self {
    .init(source: [source], destination: destination ?? source, flowType: .direct)
  }

  /// A constant value.
  public static func constant(_ destination: String, _ value: String) -> Self {
    .init(destination: destination, flowType: .constant, expression: value)
  }

  /// A computed value (see `SyncExpression`).
  public static func expression(_ destination: String, _ text: String, once: Bool = false)
    -> Self
  {
    .init(destination: destination, flowType: .expression, expression: text, executeOnce: once)
  }

  /// What the editor shows as the source: the attribute, the quoted constant or the expression.
  public var mappingSourceAsString: String {
    switch flowType {
    case .direct: return source.joined(separator: ",")
    case .constant: return "\"\(expression)\""
    case .expression: return expression
    }
  }
}

/// A synchronization rule, with the properties of the module's SynchronizationRule.
public struct SyncRule: Codable, Sendable, Equatable {
  public var identifier: String
  public var internalId: String
  public var name: String
  public var version: Int
  public var description: String
  public var immutableTag: String
  public var connector: String
  public var direction: SyncDirection
  public var isDisabled: Bool
  public var sourceObjectType: String
  public var targetObjectType: String
  public var precedence: Int
  public var linkType: SyncLinkType
  public var enablePasswordSync: Bool
  /// OR-ed groups of AND-ed clauses; an empty list is always in scope.
  public var scopeFilter: [[ScopeCondition]]
  /// Groups tried top-down; the first group giving exactly one match joins.
  public var joinFilter: [[JoinCondition]]
  public var attributeFlowMappings: [AttributeFlowMapping]
  public var softDeleteExpiryInterval: Int

  public init(
    identifier: String, name: String, connector: String, direction: SyncDirection,
    sourceObjectType: String, targetObjectType: String, precedence: Int,
    linkType: SyncLinkType = .join, immutableTag: String = "", description: String = "",
    isDisabled: Bool = false, scopeFilter: [[ScopeCondition]] = [],
    joinFilter: [[JoinCondition]] = [], attributeFlowMappings: [AttributeFlowMapping] = [],
    internalId: String? = nil
  ) {
    self.identifier = identifier
    self.internalId = internalId ?? identifier
    self.name = name
    self.version = 1
    self.description = description
    self.immutableTag = immutableTag
    self.connector = connector
    self.direction = direction
    self.isDisabled = isDisabled
    self.sourceObjectType = sourceObjectType
    self.targetObjectType = targetObjectType
    self.precedence = precedence
    self.linkType = linkType
    self.enablePasswordSync = false
    self.scopeFilter = scopeFilter
    self.joinFilter = joinFilter
    self.attributeFlowMappings = attributeFlowMappings
    self.softDeleteExpiryInterval = 0
  }

  /// True for out-of-box rules (they carry an ImmutableTag).
  public var isStandardRule: Bool { !immutableTag.isEmpty }

  /// `Microsoft.InfromADUserJoin` for the tag `Microsoft.InfromADUserJoin.003`.
  public var versionAgnosticTag: String {
    guard let dot = immutableTag.lastIndex(of: ".") else { return immutableTag }
    return String(immutableTag[..<dot])
  }

  /// `003` for the tag `Microsoft.InfromADUserJoin.003`.
  public var tagVersion: String {
    guard let dot = immutableTag.lastIndex(of: ".") else { return "" }
    return String(immutableTag[immutableTag.index(after: dot)...])
  }

  /// True when the object (attribute lookup) passes the scoping filter.
  func isInScope(_ values: (String) -> [String]) -> Bool {
    if scopeFilter.isEmpty { return true }
    return scopeFilter.contains { group in group.allSatisfy { $0.matches(values($0.attribute)) } }
  }
}
