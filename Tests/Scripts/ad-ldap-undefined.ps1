# ad-ldap-undefined: an LDAP comparison whose value the attribute's syntax rejects is Undefined (RFC 4511), NOT of Undefined matches nothing, while a missing attribute is simply FALSE
$all = @(Get-ADObject -LDAPFilter '(objectClass=*)').Count
@(Get-ADObject -LDAPFilter '(whenCreated<=20300101000000.0Z)').Count -eq $all
@(Get-ADObject -LDAPFilter '(!(whenCreated<=20300101000000.0Z))').Count
'-- an invalid time, an invalid integer'
@(Get-ADObject -LDAPFilter '(whenCreated<=garbage)').Count
@(Get-ADObject -LDAPFilter '(!(whenCreated<=garbage))').Count
@(Get-ADUser -LDAPFilter '(!(badPwdCount>=abc))').Count
'-- OR with a TRUE part, AND with a FALSE part still decide'
(Get-ADUser -LDAPFilter '(|(sAMAccountName=bsmith)(!(pwdLastSet>=x)))').SamAccountName
@(Get-ADUser -LDAPFilter '(!(&(sAMAccountName=bsmith)(pwdLastSet>=x)))').Count -eq (@(Get-ADUser -Filter *).Count - 1)
@(Get-ADUser -LDAPFilter '(!(|(sAMAccountName=bsmith)(pwdLastSet>=x)))').Count
'-- a missing attribute is FALSE, so its negation matches'
@(Get-ADUser -LDAPFilter '(!(department=Sales))').Count
