import IdentityEngine
import ShellCore

/// Adds a group of join conditions to a synchronization rule object and returns it;
/// Add-ADSyncRule saves it.
final class AddADSyncJoinConditionGroup: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Add-ADSyncJoinConditionGroup",
    synopsis: "Adds a join condition group to a synchronization rule.",
    description: """
      -JoinConditions takes JoinCondition objects made with New-Object \
      Microsoft.IdentityManagement.PowerShell.ObjectModel.JoinCondition (connector-space \
      attribute, metaverse attribute, case-sensitive). Groups are tried top-down; the first \
      that finds exactly one metaverse object joins. The rule object given is changed and \
      written back.
      """,
    parameters: [
      ParameterDeclaration(
        "SynchronizationRule", mandatory: true, pipeline: [.byValue],
        help: "The rule to add the group to."),
      ParameterDeclaration(
        "JoinConditions", .anyArray, mandatory: true, help: "The group's JoinCondition objects."),
    ],
    examples: [
      CmdletExample(
        """
        $rule = New-ADSyncRule -Name 'In from AAD - Cloud groups' -Direction Inbound -Precedence 45 -SourceObjectType group -TargetObjectType group -Connector 'b891884f-051e-4a83-95af-2544101c9083' -LinkType Join
        $condition = New-Object -TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.JoinCondition' -ArgumentList 'cloudAnchor','cloudAnchor',$false
        $null = Add-ADSyncJoinConditionGroup -SynchronizationRule $rule -JoinConditions @($condition)
        $rule.JoinFilter[0].JoinConditionList[0].MVAttribute
        """,
        remarks: "Joins a new rule's objects on cloudAnchor.", prints: "cloudAnchor\n")
    ], module: ADSync.module, outputType: ADSyncOutputTypes.rule)

  required init() {}

  func process(_ context: CommandContext) throws {
    let (object, rule) = try ADSyncRuleObjects.requireRule(context)
    var group: [JoinCondition] = []
    for (index, value) in (context.parameters["JoinConditions"]?.enumerated ?? []).enumerated() {
      guard let condition = ADSyncConditionObjects.joinCondition(value) else {
        throw context.terminatingError(
          "ParameterArgumentTransformationError",
          "Cannot bind parameter 'JoinConditions'. Element \(index) is not a "
            + "\(ADSyncConditionObjects.joinType).", category: .invalidArgument, target: value)
      }
      group.append(condition)
    }
    var changed = rule
    changed.joinFilter.append(group)
    ADSyncRuleObjects.fill(object, changed)
    try context.write(.object(object))
  }
}
