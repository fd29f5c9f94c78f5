# ad-get-object: Get-ADObject has four default properties, so it prints a table
Get-ADObject -Identity 'OU=Corp,DC=contoso,DC=com'
