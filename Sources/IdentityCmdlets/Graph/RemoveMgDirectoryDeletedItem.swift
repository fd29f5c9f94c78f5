import IdentityEngine
import ShellCore

/// Deletes an object from the deleted items for good (a hard delete).
final class RemoveMgDirectoryDeletedItem: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-MgDirectoryDeletedItem",
    synopsis: "Permanently deletes an object from the deleted items.",
    description: """
      The object can no longer be restored. For a written-back Microsoft 365 group this is \
      the hard delete that removes its AD group on the next sync cycle (a soft delete keeps \
      it). Writes nothing (True with -PassThru).
      """,
    parameters: [DeletedItemParameters.directoryObjectId, GraphParameters.passThru],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'M365 - SG01' -MailEnabled -MailNickname 'M365-SG01' -SecurityEnabled:$false -GroupTypes 'Unified'
        Remove-MgGroup -GroupId $g.Id
        Remove-MgDirectoryDeletedItem -DirectoryObjectId $g.Id -PassThru
        """,
        remarks: "Deletes a soft-deleted group for good.", prints: "True\n")
    ],
    module: DeletedItemParameters.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    guard let id = graph.string("DirectoryObjectId") else { return }
    _ = try graph.request("Remove-MgDirectoryDeletedItem_Delete") {
      let found = try DeletedItemParameters.deletedObject(graph, id)
      guard context.shouldProcess(target: id, action: "Remove-MgDirectoryDeletedItem") else {
        return
      }
      try graph.tenant.permanentlyDelete(found.id)
      if graph.flag("PassThru") == true { try context.write(.bool(true)) }
    }
  }
}
