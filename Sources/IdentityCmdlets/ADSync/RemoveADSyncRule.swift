import ShellCore

/// Deletes a synchronization rule.
final class RemoveADSyncRule: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-ADSyncRule", synopsis: "Deletes a synchronization rule.",
    parameters: [
      ParameterDeclaration("Identifier", .string, position: 0, sets: ["Identifier"]),
      ParameterDeclaration(
        "SynchronizationRule", pipeline: [.byValue], sets: ["SynchronizationRule"]),
    ],
    defaultParameterSet: "Identifier", supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$r = New-ADSyncRule -Name 'Temp' -Direction Inbound -Precedence 60 -SourceObjectType user -TargetObjectType person -Connector 'contoso.com'; try { $r | Add-ADSyncRule } catch { 'no connector' }",
        remarks: "A rule needs a connector identifier.", prints: "no connector\n")
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let identifier =
      ADSync.string(context, "Identifier")
      ?? context.parameters["SynchronizationRule"].flatMap(ADSyncRuleObjects.rule(from:))?
      .identifier
    guard let identifier else {
      throw context.terminatingError(
        "ParameterArgumentValidationError", "Specify -Identifier or -SynchronizationRule.",
        category: .invalidArgument)
    }
    guard context.shouldProcess(target: identifier, action: "Remove-ADSyncRule") else { return }
    try ADSync.run(context, target: .string(identifier)) {
      try ADSync.service(context).removeRule(identifier)
    }
  }
}
