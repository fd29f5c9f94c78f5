import IdentityEngine
import ShellCore

/// Changes a Microsoft Entra group's properties (Microsoft Graph v1.0).
final class UpdateMgGroup: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Update-MgGroup",
    synopsis: "Updates a group in the tenant.",
    description: """
      Changes the properties given and writes nothing (True with -PassThru). Groups synced \
      from Active Directory are mastered there and cannot be changed through Graph. \
      writebackConfiguration exists only on the beta endpoint: see Update-MgBetaGroup.
      """,
    parameters: UpdateMgGroup.parameters,
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        Update-MgGroup -GroupId $g.Id -Description 'Cloud security group'
        (Get-MgGroup -GroupId $g.Id).Description
        """,
        remarks: "Sets a group's description.", prints: "Cloud security group\n")
    ],
    module: GraphParameters.module)

  /// The parameters Update-MgGroup and Update-MgBetaGroup share.
  static let parameters: [ParameterDeclaration] = [
    GraphParameters.groupId(),
    ParameterDeclaration("DisplayName", .string, help: "The new display name."),
    ParameterDeclaration("Description", .string, help: "The new description."),
    ParameterDeclaration("MailNickname", .string, help: "The new mail alias."),
    ParameterDeclaration("Visibility", .string, help: "Public or Private."),
    ParameterDeclaration("GroupTypes", .stringArray, help: "The new group types."),
    ParameterDeclaration("SecurityEnabled", .switchParameter, help: "Security-enabled or not."),
    ParameterDeclaration("MailEnabled", .switchParameter, help: "Mail-enabled or not."),
    GraphParameters.bodyParameter, GraphParameters.passThru,
  ]

  required init() {}

  func process(_ context: CommandContext) throws {
    try Self.update(context, operation: "Update-MgGroup_UpdateExpanded", beta: false)
  }

  /// The update both cmdlets run.
  static func update(_ context: CommandContext, operation: String, beta: Bool) throws {
    let graph = try GraphContext(context)
    guard let id = graph.string("GroupId") else { return }
    _ = try graph.request(operation) {
      guard context.shouldProcess(target: id, action: context.commandName) else { return }
      try graph.tenant.updateGroup(id) { group in
        try GraphGroupRequests.apply(graph, to: &group, beta: beta)
      }
      if graph.flag("PassThru") == true { try context.write(.bool(true)) }
    }
  }
}
