# mg-domain: Get-MgDomain lists the tenant's verified domains (MicrosoftGraphDomain) and gets one by name
$d = Get-MgDomain -CountVariable n
"count: $n"
$d | Sort-Object Id | ForEach-Object { '{0} default={1} initial={2} verified={3} {4}' -f $_.Id, $_.IsDefault, $_.IsInitial, $_.IsVerified, $_.AuthenticationType }
$c = Get-MgDomain -DomainId 'CONTOSO.COM'
$c.pstypenames[0]
$c.Id
$c.SupportedServices -join ','
$c.PasswordNotificationWindowInDays
$c.PasswordValidityPeriodInDays
$c.AvailabilityStatus -eq $null
(Get-MgDomain -Top 1).Count
(Get-MgDomain -DomainId 'contoso.com' -Property id,isDefault).AuthenticationType -eq $null
Get-MgDomain -DomainId 'fabrikam.com'
Get-MgDomain -Property nosuch
