import IdentityEngine
import ShellCore

/// Builds a synchronization rule in memory; Add-ADSyncRule saves it.
final class NewADSyncRule: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "New-ADSyncRule", synopsis: "Creates a synchronization rule (not yet saved).",
    description: "Without -Identifier a new one is made. Save the rule with Add-ADSyncRule.",
    parameters: [
      ParameterDeclaration("Name", .string, mandatory: true),
      ParameterDeclaration("Identifier", .string), ParameterDeclaration("Description", .string),
      ParameterDeclaration(
        "Direction", .string, mandatory: true, validValues: ["Inbound", "Outbound"]),
      ParameterDeclaration("Precedence", .int, mandatory: true),
      ParameterDeclaration("PrecedenceAfter", .string),
      ParameterDeclaration("PrecedenceBefore", .string),
      ParameterDeclaration("SourceObjectType", .string, mandatory: true),
      ParameterDeclaration("TargetObjectType", .string, mandatory: true),
      ParameterDeclaration("Connector", .string, mandatory: true),
      ParameterDeclaration(
        "LinkType", .string, validValues: ["Provision", "Join", "StickyJoin", "JoinNoFlow"]),
      ParameterDeclaration("SoftDeleteExpiryInterval", .any),
      ParameterDeclaration("ImmutableTag", .string),
      ParameterDeclaration("Disabled", .switchParameter),
    ],
    examples: [
      CmdletExample(
        "(New-ADSyncRule -Name 'Custom' -Direction Inbound -Precedence 50 -SourceObjectType group -TargetObjectType group -Connector 'b891884f-051e-4a83-95af-2544101c9083').Precedence",
        remarks: "Builds a custom inbound rule.", prints: "50\n")
    ], module: ADSync.module, outputType: ADSyncOutputTypes.rule)

  required init() {}

  func process(_ context: CommandContext) throws {
    let service = try ADSync.service(context)
    let identifier =
      try ADSync.string(context, "Identifier")
      ?? ADSync.run(context) { try service.newRuleIdentifier() }
    let direction = ADSync.string(context, "Direction")?.lowercased() == "outbound"
    let link = ADSync.string(context, "LinkType").flatMap { name in
      SyncLinkType.allCases.first { $0.rawValue.lowercased() == name.lowercased() }
    }
    var rule = SyncRule(
      identifier: identifier, name: ADSync.string(context, "Name") ?? "",
      connector: ADSync.string(context, "Connector") ?? "",
      direction: direction ? .outbound : .inbound,
      sourceObjectType: ADSync.string(context, "SourceObjectType") ?? "",
      targetObjectType: ADSync.string(context, "TargetObjectType") ?? "",
      precedence: Int(ADSync.string(context, "Precedence") ?? "") ?? 0, linkType: link ?? .join,
      immutableTag: ADSync.string(context, "ImmutableTag") ?? "",
      description: ADSync.string(context, "Description") ?? "")
    rule.isDisabled = ADSync.flag(context, "Disabled") ?? false
    try context.write(.object(ADSyncRuleObjects.rule(rule)))
  }
}
