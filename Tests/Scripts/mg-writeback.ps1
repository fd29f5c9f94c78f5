# mg-writeback: writebackConfiguration is beta-only, unset (null) until Update-MgBetaGroup sets it; security groups may only target universalSecurityGroup
$sg = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
$m1 = New-MgGroup -DisplayName 'M365 - SG01' -MailEnabled -MailNickname 'M365-SG01' -SecurityEnabled:$false -GroupTypes 'Unified'
$m2 = New-MgGroup -DisplayName 'M365 - MESG01' -MailEnabled -MailNickname 'M365-MESG01' -SecurityEnabled:$false -GroupTypes 'Unified'
$null -eq (Get-MgBetaGroup -GroupId $sg.Id).WritebackConfiguration
Get-MgBetaGroup -GroupId $sg.Id -Property id,displayName,writebackConfiguration | Select-Object DisplayName -ExpandProperty WritebackConfiguration | Out-Host
Update-MgBetaGroup -GroupId $sg.Id -WritebackConfiguration @{isEnabled=$true; onPremisesGroupType='universalSecurityGroup'}
Update-MgBetaGroup -GroupId $m2.Id -WritebackConfiguration @{isEnabled=$true; onPremisesGroupType='universalMailEnabledSecurityGroup'}
function Show-Writeback {
  Get-MgBetaGroup -All -Property displayName,writebackConfiguration | ForEach-Object {
    $w = $_.WritebackConfiguration
    '{0}: isEnabled={1} onPremisesGroupType={2}' -f $_.DisplayName, ($w.IsEnabled ?? 'null'), ($w.OnPremisesGroupType ?? 'null')
  }
}
Show-Writeback
Update-MgBetaGroup -GroupId $m1.Id -WritebackConfiguration @{isEnabled=$false}
Update-MgBetaGroup -GroupId $m2.Id -WritebackConfiguration @{onPremisesGroupType=$null} -PassThru
Show-Writeback
Update-MgBetaGroup -GroupId $sg.Id -WritebackConfiguration @{onPremisesGroupType='universalDistributionGroup'}
Update-MgBetaGroup -GroupId $m1.Id -WritebackConfiguration @{onPremisesGroupType='globalGroup'}
Update-MgGroup -GroupId $sg.Id -WritebackConfiguration @{isEnabled=$true}
Show-Writeback
