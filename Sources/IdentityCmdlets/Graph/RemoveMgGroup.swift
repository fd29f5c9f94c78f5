import IdentityEngine
import ShellCore

/// Deletes a Microsoft Entra group.
final class RemoveMgGroup: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-MgGroup",
    synopsis: "Deletes a group from the tenant.",
    description: """
      Microsoft 365 groups go to the deleted items for 30 days (restorable); security groups \
      are deleted permanently. Writes nothing (True with -PassThru).
      """,
    parameters: [GraphParameters.groupId(), GraphParameters.passThru],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        Remove-MgGroup -GroupId $g.Id
        @(Get-MgGroup -All).Count
        """,
        remarks: "Deletes a group.", prints: "0\n")
    ],
    module: GraphParameters.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    guard let id = graph.string("GroupId") else { return }
    _ = try graph.request("Remove-MgGroup_Delete") {
      let group = try graph.tenant.group(id)
      guard context.shouldProcess(target: id, action: "Remove-MgGroup") else { return }
      if !group.isCloudMastered { throw GraphFailure.onPremisesMastered }
      try graph.tenant.delete(group.id)
      if graph.flag("PassThru") == true { try context.write(.bool(true)) }
    }
  }
}
