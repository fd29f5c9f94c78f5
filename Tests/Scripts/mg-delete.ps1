# mg-delete: Remove-MgGroup soft-deletes Microsoft 365 groups and deletes security groups; deleted groups are gone from Get-MgGroup
$sg = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
$m1 = New-MgGroup -DisplayName 'M365 - SG01' -MailEnabled -MailNickname 'M365-SG01' -SecurityEnabled:$false -GroupTypes 'Unified'
Remove-MgGroup -GroupId $m1.Id -PassThru
Remove-MgGroup -GroupId $sg.Id -WhatIf
(Get-MgGroup -All).DisplayName
Remove-MgGroup -GroupId $sg.Id
@(Get-MgGroup -All).Count
Get-MgGroup -GroupId $m1.Id
Remove-MgGroup -GroupId $sg.Id
'end'
