# long-filters: AD, LDAP and OData filters of thousands of terms answer instead of failing in the store, and the script goes on to its next statement
'before'
$null = New-MgGroup -DisplayName 'g500' -MailEnabled:$false -MailNickname 'g500' -SecurityEnabled
$odata = (0..999 | ForEach-Object { "displayName eq 'g$_'" }) -join ' or '
(Get-MgGroup -Filter $odata).DisplayName
$ad = ((0..9999 | ForEach-Object { "Name -eq 'nobody$_'" }) -join ' -or ') + " -or Name -eq 'Bob Smith'"
(Get-ADUser -Filter $ad).SamAccountName
$mixed = "Name -like 'A*' -and " + (((0..2999 | ForEach-Object { "Name -ne 'nobody$_'" })) -join ' -and ')
(Get-ADUser -Filter $mixed).SamAccountName
$ldap = '(|' + ((0..9999 | ForEach-Object { "(cn=nobody$_)" }) -join '') + '(cn=Alice Johnson))'
(Get-ADUser -LDAPFilter $ldap).SamAccountName
$not = '(&(objectClass=user)' + ('(!(cn=zz))' * 3000) + '(cn=Bob*))'
(Get-ADObject -LDAPFilter $not).Name
try { Get-ADUser -Filter ('-not ' * 100000 + "Name -eq 'x'") } catch { $_.CategoryInfo.Category }
'after'
