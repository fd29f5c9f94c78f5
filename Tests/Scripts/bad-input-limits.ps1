# bad-input-limits: hostile nesting, sizes and names give an error naming the problem and change nothing
function Show($script) { try { & $script } catch { '{0} | {1}' -f $_.FullyQualifiedErrorId, $_.Exception.Message } }
Show { Invoke-Expression ('1+' * 100000 + '1') }
Show { $a = @(1); Invoke-Expression ('$a' + '[0]' * 100000) }
Show { Invoke-Expression ('$a' + '.b' * 100000) }
Show { Invoke-Expression ('-not ' * 100000 + '$true') }
Invoke-Expression ('1+' * 3000 + '1')
Show { [int[]]::new(2147483647) }
Show { [int[]]::new(-1) }
Show { [int[]]::new(1000000000) }
([int[]]::new(3)) -join ','
Show { Get-ADObject -LDAPFilter ('(&' * 100000 + '(cn=x)' + ')' * 100000) }
Show { Get-ADObject -LDAPFilter ('(!' * 100000 + '(cn=x)' + ')' * 100000) }
Show { Get-MgUser -Filter ('(' * 100000 + "displayName eq 'x'" + ')' * 100000) -ErrorAction Stop }
$before = (Get-ADObject -Filter * | Measure-Object).Count
Show { New-ADUser -Name t1 -SamAccountName '   ' }
Show { New-ADUser -Name t2 -SamAccountName "a`tb" }
Show { New-ADUser -Name t3 -SamAccountName 'a/b' }
Show { New-ADUser -Name t4 -SamAccountName 'abcdefghijklmnopqrstu' }
Show { New-ADOrganizationalUnit -Name '' }
Show { Set-ADUser bsmith -Description ('x' * 1025) }
Show { Set-ADUser bsmith -Title "Sales`0Lead" }
Show { Rename-ADObject 'DC=contoso,DC=com' -NewName fabrikam }
(Get-ADObject -Filter * | Measure-Object).Count -eq $before
(Get-ADUser bsmith -Properties Description).Description
Set-ADUser bsmith -Description ('x' * 1024)
(Get-ADUser bsmith -Properties Description).Description.Length
