import IdentityEngine
import ShellCore

/// Adds an attribute flow to a synchronization rule built with New-ADSyncRule (or read with
/// Get-ADSyncRule), changing the rule object and returning it; Add-ADSyncRule saves it.
final class AddADSyncAttributeFlowMapping: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Add-ADSyncAttributeFlowMapping",
    synopsis: "Adds an attribute flow mapping to a synchronization rule.",
    description: """
      The rule object given is changed (scripts exported by the Synchronization Rules Editor \
      pass $syncRule[0] and keep the result with -OutVariable syncRule) and written back. A \
      Direct flow copies -Source to -Destination; a Constant flow sets the value given in \
      -Source (or -Expression); an Expression flow evaluates -Expression. Nothing is saved \
      until Add-ADSyncRule. An expression that does not parse is refused and the rule is \
      left as it was.
      """,
    parameters: [
      ParameterDeclaration(
        "SynchronizationRule", mandatory: true, pipeline: [.byValue],
        help: "The rule to add the flow to."),
      ParameterDeclaration(
        "Source", .stringArray, help: "The source attributes (Direct) or the value (Constant)."),
      ParameterDeclaration(
        "Destination", .string, mandatory: true, help: "The attribute the flow sets."),
      ParameterDeclaration(
        "FlowType", .string, mandatory: true, validValues: ["Direct", "Constant", "Expression"],
        help: "Direct, Constant or Expression."),
      ParameterDeclaration(
        "ValueMergeType", .string,
        validValues: ["Update", "Replace", "Merge", "MergeCaseInsensitive"],
        help: "How multi-valued contributions combine; Update by default."),
      ParameterDeclaration("Expression", .string, help: "The expression of an Expression flow."),
      ParameterDeclaration(
        "ExecuteOnce", .switchParameter, help: "Applies the flow only when the object is created."),
    ],
    examples: [
      CmdletExample(
        """
        New-ADSyncRule -Name 'In from AD - User Title' -Direction Inbound -Precedence 40 -SourceObjectType user -TargetObjectType person -Connector '9792d5d0-7815-4880-85e2-3e5de264452e' -LinkType Join -OutVariable syncRule | Out-Null
        Add-ADSyncAttributeFlowMapping -SynchronizationRule $syncRule[0] -Source @('department') -Destination 'department' -FlowType 'Direct' -ValueMergeType 'Update' -OutVariable syncRule | Out-Null
        $syncRule[0].AttributeFlowMappings[0].MappingSourceAsString
        """,
        remarks: "Adds a direct flow of department to a new inbound rule (not saved yet).",
        prints: "department\n")
    ], module: ADSync.module, outputType: ADSyncOutputTypes.rule)

  required init() {}

  func process(_ context: CommandContext) throws {
    let (object, rule) = try ADSyncRuleObjects.requireRule(context)
    let type =
      FlowType.allCases.first {
        $0.rawValue.lowercased() == (ADSync.string(context, "FlowType") ?? "").lowercased()
      } ?? .direct
    let source = context.parameters["Source"]?.enumerated.map { $0.toText() } ?? []
    let destination = ADSync.string(context, "Destination") ?? ""
    let expression = ADSync.string(context, "Expression")
    let mapping: AttributeFlowMapping
    switch type {
    case .direct:
      guard !source.isEmpty else {
        throw missing(context, "A Direct flow needs -Source: the attribute to copy.")
      }
      mapping = AttributeFlowMapping(source: source, destination: destination, flowType: .direct)
    case .constant:
      guard let value = source.first ?? expression else {
        throw missing(context, "A Constant flow needs its value in -Source.")
      }
      mapping = AttributeFlowMapping(
        destination: destination, flowType: .constant, expression: value)
    case .expression:
      guard let expression, !expression.isEmpty else {
        throw missing(context, "An Expression flow needs -Expression.")
      }
      _ = try ADSync.run(context, target: .string(expression)) { try SyncExpression(expression) }
      mapping = AttributeFlowMapping(
        source: source, destination: destination, flowType: .expression, expression: expression)
    }
    var changed = rule
    var added = mapping
    added.executeOnce = ADSync.flag(context, "ExecuteOnce") ?? false
    added.valueMergeType = ADSync.string(context, "ValueMergeType") ?? "Update"
    changed.attributeFlowMappings.append(added)
    ADSyncRuleObjects.fill(object, changed)
    try context.write(.object(object))
  }

  private func missing(_ context: CommandContext, _ message: String) -> RuntimeError {
    context.terminatingError(
      "ArgumentException", message, category: .invalidArgument,
      exceptionType: "System.ArgumentException")
  }
}
