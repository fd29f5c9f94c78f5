# ad-identity: -Identity takes a DN, GUID, SID or sAMAccountName (DN or GUID for ADObject); a miss is a terminating error
(Get-ADUser 'CN=Bob Smith,OU=Users,OU=Corp,DC=contoso,DC=com').SamAccountName
(Get-ADUser '7b1e4d22-3a9f-4c6e-8d21-0f5a6b7c1104').SamAccountName
(Get-ADUser 'S-1-5-21-4145720173-4034189219-1247918874-1104').SamAccountName
(Get-ADUser BSMITH).Name
(Get-ADComputer WS001).SID
(Get-ADObject '4a3b0d21-2c8f-4e6b-9d40-7f2b3c5d1123').Name
(Get-ADGroup 'S-1-5-32-544').Name
Get-ADUser ajohnson | Get-ADPrincipalGroupMembership | ForEach-Object name
$sales = Get-ADGroup Sales
(Get-ADGroupMember $sales).Count
try { Get-ADUser nosuchuser } catch {
  $_.Exception.Message
  $_.FullyQualifiedErrorId
  $_.CategoryInfo.Category
}
try { Get-ADUser 'CN=Sales,OU=Groups,OU=Corp,DC=contoso,DC=com' } catch { $_.Exception.Message }
try { Get-ADObject bsmith } catch { $_.Exception.Message }
try { Get-ADGroup 'S-1-5-21-4145720173-4034189219-1247918874-9999' } catch { $_.Exception.Message }
'still running'
