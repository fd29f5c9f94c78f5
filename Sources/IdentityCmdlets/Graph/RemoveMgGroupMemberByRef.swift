import IdentityEngine
import ShellRuntime

/// Removes a member from a group (DELETE /groups/{id}/members/{id}/$ref).
final class RemoveMgGroupMemberByRef: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-MgGroupMemberByRef",
    synopsis: "Removes a member from a group.",
    description: """
      Removes the user or group -DirectoryObjectId from the group's members. Writes nothing \
      (True with -PassThru); removing an object that is not a member is an error.
      """,
    parameters: [
      GraphParameters.groupId(), GraphParameters.directoryObjectId, GraphParameters.passThru,
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        $u = Get-MgUser -UserId 'ajohnson@contoso.com'
        New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $u.Id
        Remove-MgGroupMemberByRef -GroupId $g.Id -DirectoryObjectId $u.Id
        @(Get-MgGroupMember -GroupId $g.Id).Count
        """,
        remarks: "Adds, then removes a member.", prints: "0\n")
    ],
    module: GraphParameters.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    guard let groupId = graph.string("GroupId"), let memberId = graph.string("DirectoryObjectId")
    else { return }
    _ = try graph.request("Remove-MgGroupMemberByRef_Delete") {
      _ = try graph.tenant.group(groupId)
      guard context.shouldProcess(target: groupId, action: "Remove-MgGroupMemberByRef") else {
        return
      }
      try graph.tenant.removeMember(group: groupId, member: memberId)
      if graph.flag("PassThru") == true { try context.write(.bool(true)) }
    }
  }
}
