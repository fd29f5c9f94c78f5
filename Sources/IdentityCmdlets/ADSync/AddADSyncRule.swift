import ShellCore

/// Saves a synchronization rule (a new one, or an edited existing one) and returns it.
final class AddADSyncRule: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Add-ADSyncRule", synopsis: "Saves a synchronization rule.",
    description: """
      Saves the rule; a rule with the same Identifier is replaced (this is how an edited \
      rule, e.g. one with Disabled set, is saved). The rule's connector then needs a full \
      synchronization, which the next cycle runs.
      """,
    parameters: [
      ParameterDeclaration(
        "SynchronizationRule", position: 0, mandatory: true, pipeline: [.byValue])
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$r = Get-ADSyncRule | where Name -eq 'In from AD - Group Join'; $r.Disabled = $true; $null = $r | Add-ADSyncRule; (Get-ADSyncRule -Identifier $r.Identifier).Disabled",
        remarks: "Disables an out-of-box rule.", prints: "True\n")
    ], module: ADSync.module, outputType: ADSyncOutputTypes.rule)

  required init() {}

  func process(_ context: CommandContext) throws {
    let value = context.parameters["SynchronizationRule"] ?? .null
    guard let rule = ADSyncRuleObjects.rule(from: value) else {
      throw context.terminatingError(
        "ParameterArgumentValidationError",
        "Cannot bind parameter 'SynchronizationRule'. The argument is not a SynchronizationRule.",
        category: .invalidArgument, target: value)
    }
    guard context.shouldProcess(target: rule.name, action: "Add-ADSyncRule") else { return }
    let saved = try ADSync.run(context, target: .string(rule.identifier)) {
      try ADSync.service(context).saveRule(rule)
    }
    try context.write(.object(ADSyncRuleObjects.rule(saved)))
  }
}
