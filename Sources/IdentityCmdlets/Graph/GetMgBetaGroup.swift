import ShellCore

/// Gets Microsoft Entra groups from the beta endpoint, which adds writebackConfiguration.
final class GetMgBetaGroup: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-MgBetaGroup",
    synopsis: "Gets groups from the tenant's beta endpoint.",
    description: """
      Works as Get-MgGroup; the objects also have WritebackConfiguration (IsEnabled, \
      OnPremisesGroupType), which Graph returns only when selected with -Property.
      """,
    parameters: [
      GraphParameters.groupId(sets: ["Get"]), GraphParameters.property, GraphExpansion.parameter,
    ]
      + GraphParameters.list,
    defaultParameterSet: "List",
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        Update-MgBetaGroup -GroupId $g.Id -WritebackConfiguration @{isEnabled=$true; onPremisesGroupType='universalSecurityGroup'}
        (Get-MgBetaGroup -GroupId $g.Id -Property id,displayName,writebackConfiguration).WritebackConfiguration.OnPremisesGroupType
        """,
        remarks: "Reads a group's writeback settings.", prints: "universalSecurityGroup\n")
    ],
    module: "Microsoft.Graph.Beta.Groups", outputType: GraphOutputTypes.betaGroup)

  required init() {}

  func process(_ context: CommandContext) throws {
    try GraphGroupRequests.get(context, beta: true)
  }
}
