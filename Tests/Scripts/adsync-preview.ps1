# adsync-preview: Get-ADSyncPendingChange lists the adds, updates (attribute before/after), moves and deletes the next cycle
# would export and changes nothing; Start-ADSyncSyncCycle -WhatIf prints them as What if: lines; Get-ADSyncAttributeProvenance
# names the rule, precedence and outcome behind an attribute (lab extensions; reference §2, §3.7)
$null = Start-ADSyncSyncCycle -PolicyType Initial
@(Get-ADSyncPendingChange).Count
Set-ADUser -Identity ajohnson -Department 'Finance'
Get-ADSyncPendingChange | Out-Host
Get-ADSyncPendingChange | Select-Object -ExpandProperty Attributes | Out-Host
Start-ADSyncSyncCycle -WhatIf
@(Get-ADSyncPendingChange -PolicyType Initial).Count
(Get-MgUser -UserId 'ajohnson@contoso.com' -Property department).Department
(Get-ADSyncRunProfileResult -NumberRequested 1).RunProfileName
Start-ADSyncSyncCycle | Select-Object -ExpandProperty Result
(Get-MgUser -UserId 'ajohnson@contoso.com' -Property department).Department
@(Get-ADSyncPendingChange).Count

# a written-back group: its add, its move back, and the delete a hard delete causes
function Show-Pending {
  Get-ADSyncPendingChange | ForEach-Object {
    $line = '{0} | {1} {2} {3}' -f $_.ConnectorName, $_.Operation, $_.ObjectType, ($_.DistinguishedName -replace '_[0-9a-f]{12},', '_ID,')
    if ($_.NewDistinguishedName) { $line += ' -> ' + ($_.NewDistinguishedName -replace '_[0-9a-f]{12},', '_ID,') }
    $line
  }
}
$g = New-MgGroup -DisplayName 'M365 - PV01' -MailEnabled -MailNickname 'M365-PV01' -SecurityEnabled:$false -GroupTypes 'Unified'
Show-Pending
(Get-ADSyncPendingChange).Attributes | Where-Object Name -in 'displayName','groupType','msExchRecipientTypeDetails' | Format-Table Name,Before,After | Out-Host
$null = Start-ADSyncSyncCycle
@(Get-ADSyncPendingChange).Count
$ad = Get-ADGroup -Filter "DisplayName -eq 'M365 - PV01'"
Move-ADObject -Identity $ad.DistinguishedName -TargetPath 'OU=Groups,OU=Corp,DC=contoso,DC=com'
Show-Pending
(Get-ADSyncPendingChange).ChangedAttributes.Count
$null = Start-ADSyncSyncCycle
(Get-ADGroup -Identity $ad.ObjectGUID).DistinguishedName -replace '_[0-9a-f]{12},', '_ID,'
Remove-MgGroup -GroupId $g.Id
@(Get-ADSyncPendingChange).Count
Remove-MgDirectoryDeletedItem -DirectoryObjectId $g.Id
Show-Pending
@(Get-ADGroup -Filter "DisplayName -eq 'M365 - PV01'").Count

# provenance: which rule, which precedence
$dn = 'CN=Alice Johnson,OU=Users,OU=Corp,DC=contoso,DC=com'
Get-ADSyncAttributeProvenance -ConnectorName 'contoso.onmicrosoft.com - AAD' -DistinguishedName 'CN={454A777150333462576B324D503234614B30775241773D3D}' -Attribute department | Out-Host
$rule = Get-ADSyncRule | where Name -eq 'In from AD - User Join'
$clone = Get-ADSyncRule -Identifier $rule.Identifier
$clone.Identifier = '5a1c7e00-0000-4000-8000-0000000000bb'
$clone.Name = 'In from AD - User Join (custom)'
$clone.Precedence = 50
$clone.ImmutableTag = ''
$null = Add-ADSyncRule -SynchronizationRule $clone
$rule.Disabled = $true
$null = $rule | Add-ADSyncRule
Get-ADSyncAttributeProvenance -ConnectorName contoso.com -DistinguishedName $dn -Attribute displayName | Out-Host
$p = Get-ADSyncAttributeProvenance -ConnectorName contoso.com -DistinguishedName $dn displayName
$p[0].Source + ' ' + $p[0].FlowType + ' ' + $p[0].ConnectorName
$nobody = 'CN=Nobody,DC=contoso,DC=com'
Get-ADSyncAttributeProvenance -ConnectorName contoso.com -DistinguishedName $nobody cn
Get-ADSyncPendingChange -ConnectorName 'nowhere'
'end'
