# data-clixml-ad: identity objects exported with Export-Clixml come back from Import-Clixml as Deserialized.Microsoft.ActiveDirectory.Management.* objects with the same properties and text
$file = Join-Path $env:HOME 'users.xml'
$user = Get-ADUser -Identity ajohnson -Properties MemberOf
$user | Export-Clixml $file
$copy = Import-Clixml $file
$copy.pstypenames[0]
$copy.pstypenames[-1]
"$copy"
$copy | Select-Object Name, SamAccountName, Enabled, UserPrincipalName
@(Compare-Object $user.PSObject.Properties.Name $copy.PSObject.Properties.Name).Count
($copy.PSObject.Properties | Where-Object { "$($user.($_.Name))" -ne "$($_.Value)" }).Count
$copy.Enabled.GetType().Name
$copy.MemberOf.Count -eq $user.MemberOf.Count
$base = 'OU=Users,OU=Corp,DC=contoso,DC=com'
Get-ADUser -Filter * -SearchBase $base | Export-Clixml $file
$all = Import-Clixml $file
$all.Count -eq @(Get-ADUser -Filter * -SearchBase $base).Count
($all | Sort-Object SamAccountName | Select-Object -First 1).SamAccountName -eq (Get-ADUser -Filter * -SearchBase $base | Sort-Object SamAccountName | Select-Object -First 1).SamAccountName
$all | ForEach-Object { $_.pstypenames[0] } | Select-Object -Unique
Get-ADGroup -Identity 'Domain Admins' | Export-Clixml $file
(Import-Clixml $file).pstypenames[0]
Get-Content $file -TotalCount 4
