import IdentityEngine
import ShellCore

/// Deletes a Microsoft Entra user (to the deleted items, restorable for 30 days).
final class RemoveMgUser: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-MgUser",
    synopsis: "Deletes a user from the tenant.",
    description: """
      The user goes to the deleted items (soft delete) and leaves its groups' member lists. \
      Users synced from Active Directory are deleted there, not through Graph. Writes \
      nothing (True with -PassThru).
      """,
    parameters: [GraphParameters.userId(), GraphParameters.passThru],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        Remove-MgUser -UserId 'cloud.only@contoso.onmicrosoft.com'
        (Get-MgUser -All).UserPrincipalName -contains 'cloud.only@contoso.onmicrosoft.com'
        """,
        remarks: "Deletes a cloud user.", prints: "False\n")
    ],
    module: GraphParameters.usersModule)

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    guard let id = graph.string("UserId") else { return }
    _ = try graph.request("Remove-MgUser_Delete") {
      let user = try graph.tenant.user(id)
      guard context.shouldProcess(target: id, action: "Remove-MgUser") else { return }
      if !user.isCloudMastered { throw GraphFailure.onPremisesMastered }
      try graph.tenant.delete(user.id)
      if graph.flag("PassThru") == true { try context.write(.bool(true)) }
    }
  }
}
