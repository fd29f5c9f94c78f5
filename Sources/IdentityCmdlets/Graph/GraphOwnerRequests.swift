import Foundation
import IdentityEngine
import ShellCore

/// The rules the owner cmdlets share: adding an owner and removing one.
///
/// Graph lets only users and service principals own a group (the lab holds no service
/// principals), refuses an owner already there, and, once a group has owners, refuses to
/// remove the last one (group-delete-owners: "the last owner (a user object) of the group
/// cannot be removed"). Each change is one tenant transaction, so a refused request leaves
/// nothing behind.
enum GraphOwnerRequests {
  /// Adds `ownerId` to a group's owners inside `transaction`.
  ///
  /// An unknown group or object is 404, a group as owner is refused, and an owner already
  /// there is Graph's "added object references already exist" error for 'owners'.
  static func addOwner(
    _ transaction: TenantTransaction, group groupId: String, owner ownerId: String
  ) throws {
    _ = try transaction.group(groupId)
    guard let owner = try transaction.object(ownerId) else {
      throw TenantError.notFound(ownerId)
    }
    if owner.kind != .user { throw GraphFailure.invalidOwnerType(owner) }
    try transaction.addLink(.owners, group: groupId, target: owner.id)
  }

  /// The parameters of both remove cmdlets (the `Delete` parameter set).
  static let removeParameters: [ParameterDeclaration] = [
    GraphParameters.groupId(pipeline: []),
    ParameterDeclaration(
      "DirectoryObjectId", .string, mandatory: true,
      help: "The object id of the owner to remove."),
    GraphParameters.passThru,
  ]

  /// Remove-MgGroupOwnerDirectoryObjectByRef and its older name Remove-MgGroupOwnerByRef
  /// (DELETE /groups/{id}/owners/{id}/$ref): one body, reported under `command`.
  static func remove(_ context: CommandContext, command: String) throws {
    let graph = try GraphContext(context)
    guard let groupId = graph.string("GroupId"), let ownerId = graph.string("DirectoryObjectId")
    else { return }
    _ = try graph.request("\(command)_Delete") {
      _ = try graph.tenant.group(groupId)
      guard isObjectId(ownerId) else { throw GraphFailure.unsupportedReference("owners") }
      guard context.shouldProcess(target: groupId, action: command) else { return }
      try graph.tenant.write { transaction in
        let owners = try transaction.linked(.owners, of: groupId)
        let isOwner = owners.contains { $0.id.caseInsensitiveCompare(ownerId) == .orderedSame }
        if isOwner, owners.count == 1 { throw GraphFailure.lastOwner }
        try transaction.removeLink(.owners, group: groupId, target: ownerId)
      }
      if graph.flag("PassThru") == true { try context.write(.bool(true)) }
    }
  }

  /// True when `id` has the form of an object id (a GUID).
  static func isObjectId(_ id: String) -> Bool {
    UUID(uuidString: id.trimmingCharacters(in: .whitespaces)) != nil
  }
}
