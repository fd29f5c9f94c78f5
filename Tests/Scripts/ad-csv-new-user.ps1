# ad-csv-new-user: Import-Csv .\users.csv | New-ADUser binds every column named after a parameter by
# property name, Path included (reference §1.2: New-ADUser's property parameters are all PN); a
# user created without a password stays disabled (§1.3).
Set-Location $HOME
@'
Name,SamAccountName,GivenName,Surname,Path,Department,Title
Ada Lovelace,alovelace,Ada,Lovelace,"OU=Users,OU=Corp,DC=contoso,DC=com",Engineering,Analyst
Alan Turing,aturing,Alan,Turing,"OU=Service Accounts,DC=contoso,DC=com",Research,Scientist
'@ | Set-Content .\users.csv
Import-Csv .\users.csv | New-ADUser
Get-ADUser -Filter "Surname -eq 'Lovelace' -or Surname -eq 'Turing'" -Properties Department, Title |
    Sort-Object Name | Format-Table Name, SamAccountName, Department, Title, Enabled, DistinguishedName
