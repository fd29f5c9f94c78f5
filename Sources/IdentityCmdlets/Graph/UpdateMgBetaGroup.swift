import ShellCore

/// Changes a group through the beta endpoint, which also sets writebackConfiguration.
final class UpdateMgBetaGroup: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Update-MgBetaGroup",
    synopsis: "Updates a group in the tenant, including its writeback settings.",
    description: """
      Takes Update-MgGroup's parameters and -WritebackConfiguration @{isEnabled=...; \
      onPremisesGroupType=...}: universalDistributionGroup, universalSecurityGroup or \
      universalMailEnabledSecurityGroup ($null clears a value). Microsoft 365 groups are \
      written back unless isEnabled is $false, as distribution groups when no type is set; \
      security groups only when isEnabled is $true, and only as universalSecurityGroup.
      """,
    parameters: UpdateMgGroup.parameters + [
      ParameterDeclaration(
        "WritebackConfiguration", .hashtable,
        help: "@{isEnabled=$true; onPremisesGroupType='universalSecurityGroup'}.")
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'M365 - MESG01' -MailEnabled -MailNickname 'M365-MESG01' -SecurityEnabled:$false -GroupTypes 'Unified'
        Update-MgBetaGroup -GroupId $g.Id -WritebackConfiguration @{isEnabled=$true; onPremisesGroupType='universalMailEnabledSecurityGroup'}
        Get-MgBetaGroup -GroupId $g.Id -Property id,displayName,writebackConfiguration | Select-Object -ExpandProperty WritebackConfiguration | ForEach-Object IsEnabled
        """,
        remarks: "Writes a Microsoft 365 group back as a mail-enabled security group.",
        prints: "True\n")
    ],
    module: "Microsoft.Graph.Beta.Groups")

  required init() {}

  func process(_ context: CommandContext) throws {
    try UpdateMgGroup.update(context, operation: "Update-MgBetaGroup_UpdateExpanded", beta: true)
  }
}
