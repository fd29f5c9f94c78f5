import IdentityEngine
import ShellCore

/// Adds a group of scope conditions (AND-ed; groups are OR-ed) to a synchronization rule
/// object and returns it; Add-ADSyncRule saves it.
final class AddADSyncScopeConditionGroup: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Add-ADSyncScopeConditionGroup",
    synopsis: "Adds a scoping filter group to a synchronization rule.",
    description: """
      -ScopeConditions takes ScopeCondition objects made with New-Object \
      Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition (attribute, value, \
      operator). The conditions of one group must all hold; the rule is in scope when any of \
      its groups holds. The rule object given is changed and written back.
      """,
    parameters: [
      ParameterDeclaration(
        "SynchronizationRule", mandatory: true, pipeline: [.byValue],
        help: "The rule to add the group to."),
      ParameterDeclaration(
        "ScopeConditions", .anyArray, mandatory: true, help: "The group's ScopeCondition objects."),
    ],
    examples: [
      CmdletExample(
        """
        $rule = New-ADSyncRule -Name 'In from AAD - Cloud groups' -Direction Inbound -Precedence 45 -SourceObjectType group -TargetObjectType group -Connector 'b891884f-051e-4a83-95af-2544101c9083' -LinkType Join
        $condition = New-Object -TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition' -ArgumentList 'cloudMastered','true','EQUAL'
        $null = Add-ADSyncScopeConditionGroup -SynchronizationRule $rule -ScopeConditions @($condition)
        $rule.ScopeFilter[0].ScopeConditionList[0].ComparisonOperator
        """,
        remarks: "Scopes a new rule to cloud-mastered groups.", prints: "EQUAL\n")
    ], module: ADSync.module, outputType: ADSyncOutputTypes.rule)

  required init() {}

  func process(_ context: CommandContext) throws {
    let (object, rule) = try ADSyncRuleObjects.requireRule(context)
    var group: [ScopeCondition] = []
    for (index, value) in (context.parameters["ScopeConditions"]?.enumerated ?? []).enumerated() {
      guard let condition = ADSyncConditionObjects.scopeCondition(value) else {
        throw context.terminatingError(
          "ParameterArgumentTransformationError",
          "Cannot bind parameter 'ScopeConditions'. Element \(index) is not a "
            + "\(ADSyncConditionObjects.scopeType).", category: .invalidArgument, target: value)
      }
      group.append(condition)
    }
    var changed = rule
    changed.scopeFilter.append(group)
    ADSyncRuleObjects.fill(object, changed)
    try context.write(.object(object))
  }
}
