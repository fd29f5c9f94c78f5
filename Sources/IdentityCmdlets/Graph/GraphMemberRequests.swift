import IdentityEngine
import ShellCore

/// The body both member-removal cmdlets share: Remove-MgGroupMemberDirectoryObjectByRef
/// (the SDK v2 name) and Remove-MgGroupMemberByRef (the name it kept beside it).
enum GraphMemberRequests {
  /// The parameters of both remove cmdlets (the `Delete` parameter set).
  static let removeParameters: [ParameterDeclaration] = [
    GraphParameters.groupId(), GraphParameters.directoryObjectId, GraphParameters.passThru,
  ]

  /// DELETE /groups/{id}/members/{id}/$ref, reported under `command`: an unknown group, or
  /// an object that is not a member, is Graph's 404.
  static func remove(_ context: CommandContext, command: String) throws {
    let graph = try GraphContext(context)
    guard let groupId = graph.string("GroupId"), let memberId = graph.string("DirectoryObjectId")
    else { return }
    _ = try graph.request("\(command)_Delete") {
      _ = try graph.tenant.group(groupId)
      guard context.shouldProcess(target: groupId, action: command) else { return }
      try graph.tenant.removeMember(group: groupId, member: memberId)
      if graph.flag("PassThru") == true { try context.write(.bool(true)) }
    }
  }
}
