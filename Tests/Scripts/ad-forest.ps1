# ad-forest: Get-ADForest, Get-ADDomainController and Get-ADRootDSE describe the lab's one-domain forest and its domain controller DC01
Get-ADForest
'-- domain controller'
$dc = Get-ADDomainController
$dc.PSObject.Properties.Name -join ','
$dc.Name, $dc.HostName, $dc.ComputerObjectDN, $dc.Site, $dc.IsGlobalCatalog, $dc.IsReadOnly, $dc.LdapPort, $dc.SslPort, $dc.OperatingSystem
$dc.NTDSSettingsObjectDN
$dc.InvocationId -match '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
(Get-ADDomainController -Identity dc01.contoso.com).Name
(Get-ADDomainController -Filter *).Count
(Get-ADDomainController -Discover -DomainName contoso.com -Service GlobalCatalog, PrimaryDC).Name
try { Get-ADDomainController -Identity DC02 } catch { $_.Exception.Message }
try { Get-ADDomainController -Filter 'Site -eq "x"' } catch { $_.Exception.Message }
'-- RootDSE'
$root = Get-ADRootDSE
$root.PSObject.Properties.Name -join ','
$root.configurationNamingContext, $root.dnsHostName, $root.dsServiceName, $root.ldapServiceName, $root.forestFunctionality
$root.namingContexts
$root.currentTime.GetType().FullName
$before = $root.highestCommittedUSN
New-ADGroup Auditors Global
(Get-ADRootDSE).highestCommittedUSN -gt $before
(Get-ADRootDSE -Properties supportedExtension).supportedExtension.Count
try { Get-ADRootDSE -Properties nosuch } catch { $_.Exception.Message }
