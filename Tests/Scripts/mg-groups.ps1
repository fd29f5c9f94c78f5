# mg-groups: New-MgGroup and Get-MgGroup print the SDK's default table; OData filters, -Top, -All, -Property
$sg = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
$m1 = New-MgGroup -DisplayName 'M365 - SG01' -MailEnabled -MailNickname 'M365-SG01' -SecurityEnabled:$false -GroupTypes 'Unified' -Description 'Sales team'
$m2 = New-MgGroup -BodyParameter @{displayName='M365 - MESG01'; mailEnabled=$true; mailNickname='M365-MESG01'; securityEnabled=$false; groupTypes=@('Unified')}
Get-MgGroup | Out-Host
Get-MgGroup -Filter "groupTypes/any(c:c eq 'Unified')" -All | Out-Host
Get-MgGroup -Filter "startswith(displayName,'M365')" -Top 1 | ForEach-Object DisplayName
Get-MgGroup -Filter "displayName eq 'az sg01'" | ForEach-Object { $_.Id -eq $sg.Id }
Get-MgGroup -Filter "mailEnabled eq false and securityEnabled eq true" | ForEach-Object MailNickname
Get-MgGroup -Filter "displayName eq 'M365 - SG01' or mailNickname eq 'AZSG01'" | ForEach-Object DisplayName
Get-MgGroup -Filter "displayName in ('AZ SG01', 'M365 - MESG01')" | ForEach-Object DisplayName
Get-MgGroup -Filter "displayName ne 'AZ SG01'" -ConsistencyLevel eventual -CountVariable n | ForEach-Object DisplayName
"count: $n"
$g = Get-MgGroup -GroupId $m1.Id
$g.Mail
$g.ProxyAddresses
$g.SecurityIdentifier -like 'S-1-12-1-*'
$g.pstypenames[0]
$p = Get-MgGroup -GroupId $m1.Id -Property 'id,displayName'
$p.DisplayName
$null -eq $p.Mail
$p.Id -eq $m1.Id
