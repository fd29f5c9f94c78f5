# ad-errors: bad filters, properties, DNs, duplicates, unknown members and refused changes give the module's errors and change nothing
try { Get-ADUser -Filter 'SamAccountName -eq ThmsRynr' } catch { $_.Exception.Message; $_.CategoryInfo.Category }
try { Get-ADUser -Filter "SamAccountName -eq 'k'walker'" } catch { $_.Exception.Message }
try { Get-ADUser -Filter 'Department -match "x"' } catch { $_.Exception.Message }
try { Get-ADUser -Filter { Department -eq $nosuch } } catch { $_.Exception.Message }
try { Get-ADUser -Filter 'favouriteColour -eq "blue"' } catch { $_.Exception.Message }
try { Get-ADGroup -Filter "GroupScope -like 'Glob*'" } catch { $_.Exception.Message }
try { Get-ADGroup -LDAPFilter '(cn=Sales' } catch { $_.Exception.Message }
try { Get-ADUser ajohnson -Properties Extended } catch { $_.Exception.Message }
try { Get-ADUser ajohnson -Properties GroupScope } catch { $_.Exception.Message }
try { New-ADUser -Name 'Bob Again' -SamAccountName bsmith } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { New-ADGroup -Name 'Sales' -GroupScope Global -Path 'OU=Groups,OU=Corp,DC=contoso,DC=com' -SamAccountName Sales2 } catch { $_.Exception.Message }
try { New-ADGroup -Name X -GroupScope Global -Path 'OU=Nowhere,DC=contoso,DC=com' } catch { $_.Exception.Message }
try { New-ADUser -Name Y -Path 'not a dn' } catch { $_.Exception.Message }
try { New-ADUser -Name 'Too Long' -SamAccountName abcdefghijklmnopqrstu } catch { $_.Exception.Message }
try { Set-ADUser bsmith -UserPrincipalName 'ajohnson@contoso.com' } catch { $_.Exception.Message }
try { Add-ADGroupMember Sales bsmith, nosuchuser } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
(Get-ADGroupMember Sales).Count
try { Add-ADGroupMember Sales bsmith -DisablePermissiveModify } catch { $_.Exception.Message }
try { Remove-ADOrganizationalUnit 'OU=Corp,DC=contoso,DC=com' -Confirm:$false } catch { $_.Exception.Message }
try { Move-ADObject 'OU=Users,OU=Corp,DC=contoso,DC=com' 'DC=contoso,DC=com' } catch { $_.Exception.Message }
try { Set-ADGroup Sales -GroupScope DomainLocal } catch { $_.Exception.Message }
(Get-ADGroup Sales).GroupScope
New-ADOrganizationalUnit Tmp -ProtectedFromAccidentalDeletion $false
New-ADUser -Name t1 -Path 'OU=Tmp,DC=contoso,DC=com'
try { Remove-ADOrganizationalUnit 'OU=Tmp,DC=contoso,DC=com' -Confirm:$false } catch { $_.Exception.Message }
try { Set-ADObject 'OU=Tmp,DC=contoso,DC=com' -Replace @{memberOf='CN=Sales,OU=Groups,OU=Corp,DC=contoso,DC=com'} } catch { $_.Exception.Message }
try { Set-ADObject 'OU=Tmp,DC=contoso,DC=com' -Add @{favouriteColour='blue'} } catch { $_.Exception.Message }
try { Reset-ADLab } catch { $_.Exception.Message }
New-ADLabBulkObjects 4 -OUName Corp
try { New-ADLabBulkObjects 6 } catch { $_.Exception.Message }
@(Get-ADUser -Filter "SamAccountName -like 'usr*'").Count
@(Get-ADOrganizationalUnit -Filter "Name -eq 'Bulk'").Count
