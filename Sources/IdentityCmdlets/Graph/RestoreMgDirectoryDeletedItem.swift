import IdentityEngine
import ShellCore

/// Restores a soft-deleted user or Microsoft 365 group from the deleted items.
final class RestoreMgDirectoryDeletedItem: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Restore-MgDirectoryDeletedItem",
    synopsis: "Restores a recently deleted object from the deleted items.",
    description: """
      Brings the object back with its memberships and writes it as a directoryObject whose \
      DeletedDateTime is empty. A written-back group that was only soft-deleted kept its AD \
      group, which the next sync cycle updates again.
      """,
    parameters: [DeletedItemParameters.directoryObjectId],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'M365 - SG01' -MailEnabled -MailNickname 'M365-SG01' -SecurityEnabled:$false -GroupTypes 'Unified'
        Remove-MgGroup -GroupId $g.Id
        $null = Restore-MgDirectoryDeletedItem -DirectoryObjectId $g.Id
        (Get-MgGroup -GroupId $g.Id).DisplayName
        """,
        remarks: "Restores a deleted Microsoft 365 group.", prints: "M365 - SG01\n")
    ],
    module: DeletedItemParameters.module, outputType: GraphOutputTypes.directoryObject)

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    guard let id = graph.string("DirectoryObjectId") else { return }
    let restored = try graph.request("Restore-MgDirectoryDeletedItem_Restore") {
      () -> TenantObject? in
      let found = try DeletedItemParameters.deletedObject(graph, id)
      guard context.shouldProcess(target: id, action: "Restore-MgDirectoryDeletedItem") else {
        return nil
      }
      return try graph.tenant.restore(found.id)
    }
    if let restored, let restored {
      try context.write(.object(GraphObjects.directoryObject(restored)))
    }
  }
}
