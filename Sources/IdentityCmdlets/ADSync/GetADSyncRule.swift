import ShellCore

/// Gets synchronization rules: all of them, or one by identifier.
final class GetADSyncRule: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncRule", synopsis: "Gets synchronization rules.",
    parameters: [ParameterDeclaration("Identifier", .string, position: 0)],
    examples: [
      CmdletExample(
        "(Get-ADSyncRule | where Name -eq 'In from AAD - Group SOAInAAD').ScopeFilter.ScopeConditionList | ForEach-Object { $_.Attribute + ' ' + $_.ComparisonOperator + ' ' + $_.ComparisonValue }",
        remarks: "Shows the writeback rule's scope.", prints: "cloudMastered EQUAL true\n")
    ], module: ADSync.module, outputType: ADSyncOutputTypes.rule)

  required init() {}

  func process(_ context: CommandContext) throws {
    let service = try ADSync.service(context)
    if let identifier = ADSync.string(context, "Identifier") {
      let rule = try ADSync.run(context, target: .string(identifier)) {
        try service.rule(identifier)
      }
      try context.write(.object(ADSyncRuleObjects.rule(rule)))
      return
    }
    for rule in try ADSync.run(context, { try service.rules() }) {
      try context.write(.object(ADSyncRuleObjects.rule(rule)))
    }
  }
}
