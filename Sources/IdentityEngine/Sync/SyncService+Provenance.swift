import Foundation
import GRDB

/// One attribute flow that could give an attribute its value, and what became of it.
public struct AttributeProvenance: Sendable, Equatable {
  /// Whether the flow set the value, and if not, why not.
  public enum Outcome: String, Sendable, Equatable {
    /// This flow's value is the attribute's value.
    case applied = "Applied"
    /// A flow of a rule with a lower precedence number won.
    case overridden = "Overridden"
    /// In scope, but the flow yielded nothing (a NULL contributes nothing inbound).
    case noValue = "NoValue"
    /// The rule's scoping filter does not match the object.
    case notInScope = "NotInScope"
    /// The rule is disabled.
    case disabled = "Disabled"
  }

  /// The destination attribute, as the rule names it.
  public var attribute: String
  public var direction: SyncDirection
  public var ruleName: String
  public var ruleId: String
  public var precedence: Int
  public var flowType: FlowType
  /// The flow's source: `[displayName]`, the expression, or the constant.
  public var source: String
  /// The connector the rule belongs to.
  public var connectorName: String
  /// The object the flow reads: a connector-space DN (inbound) or a metaverse object id.
  public var sourceObject: String
  /// What the flow yields for that object (empty when not evaluated).
  public var values: [String]
  public var outcome: Outcome
}

/// Explaining an attribute's value: every inbound flow into the metaverse attribute of that
/// name (from each connector-space object joined to the metaverse object), then every
/// outbound flow into the attribute of the object asked about, by precedence.
///
/// The winner is chosen as the synchronization chooses it (`SyncPass.recompute` inbound,
/// `SyncPass.desired` outbound): the lowest precedence number wins; inbound, a flow that
/// yields nothing leaves the attribute to the next rule.
extension SyncService {
  /// Why `attribute` of the object at `dn` in connector `nameOrId` has its value.
  public func attributeProvenance(
    connector nameOrId: String, distinguishedName dn: String, attribute: String
  ) throws -> [AttributeProvenance] {
    let connector = try self.connector(nameOrId)
    return try store.read { db in
      guard
        let cs = try CSRecord.fetch(
          db, "connector = ? AND dnKey = ? ORDER BY id", [connector.identifier, dn.lowercased()]
        ).first
      else { throw SyncError.noSuchCSObject(dn) }
      let pass = try SyncPass(db, parameters: try Self.connectorParameters(db))
      let rules = try Self.rules(db).sorted { $0.precedence < $1.precedence }
      let mv = try cs.mvId.flatMap { try MVRecord.fetch(db, id: $0) }
      let sources = try cs.mvId.map { try CSRecord.fetch(db, "mvId = ? ORDER BY id", [$0]) }
      let names = Dictionary(
        pass.connectors.map { ($0.identifier.lowercased(), $0.name) },
        uniquingKeysWith: { first, _ in first })
      let key = attribute.lowercased()
      var inbound: [AttributeProvenance] = []
      for source in sources ?? [cs] {
        for rule in rules
        where rule.direction == .inbound && rule.linkType != .joinNoFlow
          && rule.connector.lowercased() == source.connector.lowercased()
          && rule.sourceObjectType.lowercased() == source.objectType.lowercased()
        {
          for mapping in rule.attributeFlowMappings where mapping.destination.lowercased() == key {
            let inScope = !rule.isDisabled && rule.isInScope(source.attributes.values)
            let values = inScope ? try pass.flow(mapping, source.attributes.values) : []
            inbound.append(
              Self.provenance(
                rule, mapping, names, source.dn, values,
                rule.isDisabled ? .disabled : inScope ? .noValue : .notInScope))
          }
        }
      }
      // Inbound: the first flow with a value, by precedence, wins (ties: the earlier object).
      if let best = inbound.indices.filter({ !inbound[$0].values.isEmpty })
        .min(by: { inbound[$0].precedence < inbound[$1].precedence })
      {
        for index in inbound.indices where inbound[index].outcome == .noValue {
          inbound[index].outcome = inbound[index].values.isEmpty ? .noValue : .overridden
        }
        inbound[best].outcome = .applied
      }
      inbound.sort { $0.precedence < $1.precedence }
      guard let mv else { return inbound }
      var outbound: [AttributeProvenance] = []
      for rule in rules
      where rule.direction == .outbound && rule.linkType != .joinNoFlow
        && rule.connector.lowercased() == connector.identifier.lowercased()
        && rule.sourceObjectType.lowercased() == mv.objectType.lowercased()
      {
        for mapping in rule.attributeFlowMappings where mapping.destination.lowercased() == key {
          let inScope = !rule.isDisabled && rule.isInScope(mv.attributes.values)
          var values = inScope ? try pass.flow(mapping, mv.attributes.values) : []
          if SyncPass.references.contains(key) {
            values = try pass.fromMetaverse(values, to: connector)
          }
          let taken = outbound.contains { $0.outcome == .applied }
          outbound.append(
            Self.provenance(
              rule, mapping, names, mv.guid, values,
              rule.isDisabled ? .disabled : !inScope ? .notInScope : taken ? .overridden : .applied
            ))
        }
      }
      return inbound + outbound
    }
  }

  /// One row of an explanation.
  static func provenance(
    _ rule: SyncRule, _ mapping: AttributeFlowMapping, _ connectorNames: [String: String],
    _ object: String, _ values: [String], _ outcome: AttributeProvenance.Outcome
  ) -> AttributeProvenance {
    let source: String
    switch mapping.flowType {
    case .direct: source = "[" + (mapping.source.first ?? mapping.destination) + "]"
    case .constant: source = "\"" + mapping.expression + "\""
    case .expression: source = mapping.expression
    }
    return AttributeProvenance(
      attribute: mapping.destination, direction: rule.direction, ruleName: rule.name,
      ruleId: rule.internalId, precedence: rule.precedence, flowType: mapping.flowType,
      source: source,
      connectorName: connectorNames[rule.connector.lowercased()] ?? rule.connector,
      sourceObject: object, values: values, outcome: outcome)
  }
}
