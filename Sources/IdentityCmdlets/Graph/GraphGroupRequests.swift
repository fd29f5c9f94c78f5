import IdentityEngine
import ShellCore

/// The bodies the group cmdlets share: reading groups (v1.0 and beta) and applying the
/// properties of New-/Update-MgGroup and Update-MgBetaGroup.
enum GraphGroupRequests {
  /// Get-MgGroup and Get-MgBetaGroup: one group by -GroupId, else a list.
  static func get(_ context: CommandContext, beta: Bool) throws {
    let graph = try GraphContext(context)
    let name = beta ? "Get-MgBetaGroup" : "Get-MgGroup"
    if let id = graph.string("GroupId") {
      _ = try graph.request("\(name)_Get") {
        let selection = try GraphObjects.selection(graph.list("Property"), .group, beta: beta)
        let expansion = try GraphExpansion.parse(graph, .group)
        let group = try graph.tenant.group(id)
        let expanded = try GraphExpansion.values(expansion, of: group.id, in: graph.tenant)
        try context.write(
          .object(
            GraphObjects.group(group, selection: selection, beta: beta, expanded: expanded)))
      }
      return
    }
    _ = try graph.request("\(name)_List") {
      let selection = try GraphObjects.selection(graph.list("Property"), .group, beta: beta)
      let expansion = try GraphExpansion.parse(graph, .group)
      let query = try GraphListQuery(graph, kind: .group)
      for case .group(let group) in try query.run(graph) {
        let expanded = try GraphExpansion.values(expansion, of: group.id, in: graph.tenant)
        try context.write(
          .object(
            GraphObjects.group(group, selection: selection, beta: beta, expanded: expanded)))
      }
    }
  }

  /// A boolean from a switch parameter or the body (`mailEnabled`).
  static func flag(_ graph: GraphContext, _ parameter: String, _ body: [String: Value]) -> Bool? {
    graph.flag(parameter) ?? body[parameter.lowercased()].map(\.isTruthy)
  }

  /// A string from a parameter or the body.
  static func text(_ graph: GraphContext, _ parameter: String, _ body: [String: Value])
    -> String?
  {
    graph.string(parameter)
      ?? body[parameter.lowercased()].flatMap { $0.isNull ? nil : $0.toText() }
  }

  /// groupTypes from -GroupTypes or the body.
  static func groupTypes(_ graph: GraphContext, _ body: [String: Value]) -> [String]? {
    graph.list("GroupTypes") ?? body["grouptypes"].map { $0.enumerated.map { $0.toText() } }
  }

  /// Applies Update-MgGroup's parameters to a group; refuses changes to groups synced from AD.
  static func apply(_ graph: GraphContext, to group: inout TenantGroup, beta: Bool) throws {
    let body = graph.body()
    var changed = false
    if let value = text(graph, "DisplayName", body) {
      group.displayName = value
      changed = true
    }
    if let value = text(graph, "Description", body) {
      group.description = value.isEmpty ? nil : value
      changed = true
    }
    if let value = text(graph, "MailNickname", body) {
      group.mailNickname = value
      changed = true
    }
    if let value = text(graph, "Visibility", body) {
      group.visibility = value
      changed = true
    }
    if let value = groupTypes(graph, body) {
      group.groupTypes = value
      changed = true
    }
    if let value = flag(graph, "SecurityEnabled", body) {
      group.securityEnabled = value
      changed = true
    }
    if let value = flag(graph, "MailEnabled", body) {
      if value, !group.isUnified { throw TenantError.mailEnabledGroupNotSupported }
      group.mailEnabled = value
      changed = true
    }
    if changed, !group.isCloudMastered { throw GraphFailure.onPremisesMastered }
    if beta {
      let writeback =
        graph.context.parameters["WritebackConfiguration"] ?? body["writebackconfiguration"]
      if case .hashtable(let table)? = writeback {
        try applyWriteback(table, to: &group)
      }
    }
  }

  /// `-WritebackConfiguration @{isEnabled=…; onPremisesGroupType=…}`: only the keys given
  /// change; `$null` clears a value.
  static func applyWriteback(_ table: PSHashtable, to group: inout TenantGroup) throws {
    for (key, value) in table.entries {
      switch key.toText().lowercased() {
      case "isenabled":
        group.writebackConfiguration.isEnabled = value.isNull ? nil : value.isTruthy
      case "onpremisesgrouptype":
        if value.isNull {
          group.writebackConfiguration.onPremisesGroupType = nil
        } else if let type = OnPremisesGroupType(graphName: value.toText()) {
          group.writebackConfiguration.onPremisesGroupType = type
        } else {
          throw GraphFailure(
            code: "Request_BadRequest",
            message: "Invalid value specified for property 'onPremisesGroupType' of resource "
              + "'GroupWritebackConfiguration'.")
        }
      default:
        throw GraphFailure(
          code: "BadRequest",
          message: "The property '\(key.toText())' does not exist on type "
            + "'microsoft.graph.groupWritebackConfiguration'. Make sure to only use property "
            + "names that are defined by the type.")
      }
    }
  }
}
