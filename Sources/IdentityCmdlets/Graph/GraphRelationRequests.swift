import IdentityEngine
import ShellCore

/// The body the navigation cmdlets share (a user's memberOf and transitiveMemberOf, a group's
/// transitiveMembers, and their casts such as `memberOf/microsoft.graph.group`).
///
/// Each has the SDK's `List` set (the owner's key, `-Top`, `-Skip`, `-All`, `-CountVariable`)
/// and its `Get` set (`-DirectoryObjectId`: one object of the relation, Graph's 404 when it is
/// not there).
enum GraphRelationRequests {
  /// The model an object of the relation is written as.
  enum Model {
    /// MicrosoftGraphDirectoryObject, the rest of the JSON in AdditionalProperties.
    case directoryObject
    /// MicrosoftGraphGroup: the `/microsoft.graph.group` cast keeps groups only.
    case group
    /// MicrosoftGraphUser: the `/microsoft.graph.user` cast keeps users only.
    case user
  }

  /// The parameters of a navigation cmdlet whose owner is `key` (`UserId` or `GroupId`).
  static func parameters(key: String, owner: String) -> [ParameterDeclaration] {
    [
      ParameterDeclaration(
        key, .string, mandatory: true, pipeline: [.byPropertyName],
        help: "The key of the \(owner): its object id"
          + (owner == "user" ? " or userPrincipalName." : ".")),
      ParameterDeclaration(
        "DirectoryObjectId", .string, mandatory: true, sets: ["Get"],
        help: "The id of one object of the relation: gets that object only."),
      GraphParameters.property,
      ParameterDeclaration("All", .switchParameter, sets: ["List"], help: "Returns every page."),
      ParameterDeclaration(
        "Top", .int, sets: ["List"], aliases: ["Limit"],
        help: "Returns at most this many objects."),
      ParameterDeclaration("Skip", .int, sets: ["List"], help: "Skips this many objects first."),
      ParameterDeclaration(
        "CountVariable", .string, sets: ["List"], aliases: ["CV"],
        help: "A variable that receives the number of objects."),
      ParameterDeclaration(
        "ConsistencyLevel", .string, help: "eventual enables advanced queries and counts."),
      ParameterDeclaration(
        "PageSize", .int, sets: ["List"], help: "Objects per page (accepted; paging is internal)."),
    ]
  }

  /// Runs `command` on the owner named by `key`: `related` gives the objects of the relation
  /// in Graph's order; `model` says which of them are written, and as what.
  static func list(
    _ context: CommandContext, command: String, key: String, model: Model,
    related: @escaping (TenantTransaction, String) throws -> [TenantObject]
  ) throws {
    let graph = try GraphContext(context)
    guard let ownerId = graph.string(key) else { return }
    let single = graph.string("DirectoryObjectId")
    _ = try graph.request(single == nil ? "\(command)_List" : "\(command)_Get") {
      let selection = try selection(graph, model)
      let objects = try graph.tenant.read { tenant in
        try related(tenant, ownerId).filter { matches($0, model) }
      }
      if let single {
        guard let found = objects.first(where: { $0.id == single.lowercased() }) else {
          throw TenantError.notFound(single)
        }
        try context.write(.object(write(found, model, selection)))
        return
      }
      graph.setCount(objects.count)
      let limit: Int? =
        graph.flag("All") == true ? nil : max(graph.int("Top") ?? GraphListQuery.pageSize, 0)
      let page = objects.dropFirst(max(graph.int("Skip") ?? 0, 0))
      for object in limit.map({ page.prefix($0) }) ?? page {
        try context.write(.object(write(object, model, selection)))
      }
    }
  }

  /// The `-Property` selection, checked against the model's properties where it has a fixed
  /// set (a directory object's properties are the JSON's, so any name is kept).
  static func selection(_ graph: GraphContext, _ model: Model) throws -> Set<String>? {
    switch model {
    case .group: return try GraphObjects.selection(graph.list("Property"), .group, beta: false)
    case .user: return try GraphObjects.selection(graph.list("Property"), .user, beta: false)
    case .directoryObject:
      return graph.list("Property").flatMap { names in
        names.isEmpty ? nil : Set(names.map { $0.lowercased() })
      }
    }
  }

  static func matches(_ object: TenantObject, _ model: Model) -> Bool {
    switch (model, object) {
    case (.directoryObject, _), (.group, .group), (.user, .user): return true
    default: return false
    }
  }

  static func write(_ object: TenantObject, _ model: Model, _ selection: Set<String>?)
    -> PSObject
  {
    switch (model, object) {
    case (.group, .group(let group)): return GraphObjects.group(group, selection: selection)
    case (.user, .user(let user)): return GraphObjects.user(user, selection: selection)
    default: return GraphObjects.directoryObject(object, selection: selection)
    }
  }

  /// The groups a user is a direct member of; `idOrUPN` may be a userPrincipalName.
  static func memberOf(_ tenant: TenantTransaction, _ idOrUPN: String) throws -> [TenantObject] {
    try tenant.memberOf(try tenant.user(idOrUPN).id).map { .group($0) }
  }

  /// Every group a user belongs to, directly or through nested groups, each once: the direct
  /// groups first, then the groups those are members of, level by level.
  static func transitiveMemberOf(_ tenant: TenantTransaction, _ idOrUPN: String) throws
    -> [TenantObject]
  {
    var seen: Set<String> = []
    var result: [TenantObject] = []
    var level = try tenant.memberOf(try tenant.user(idOrUPN).id)
    while !level.isEmpty {
      var next: [TenantGroup] = []
      for group in level where seen.insert(group.id).inserted {
        result.append(.group(group))
        next += try tenant.memberOf(group.id)
      }
      level = next
    }
    return result
  }

  /// Every member of a group, direct or through nested groups, each once: the direct members
  /// first, then the members of the nested groups, level by level.
  static func transitiveMembers(_ tenant: TenantTransaction, _ groupId: String) throws
    -> [TenantObject]
  {
    _ = try tenant.group(groupId)
    var seen: Set<String> = [groupId.lowercased()]
    var result: [TenantObject] = []
    var level = try tenant.linked(.members, of: groupId)
    while !level.isEmpty {
      var next: [TenantObject] = []
      for object in level where seen.insert(object.id).inserted {
        result.append(object)
        if case .group(let group) = object { next += try tenant.linked(.members, of: group.id) }
      }
      level = next
    }
    return result
  }
}
