# adsync-force-password-sync: Microsoft's script that triggers a full sync of all password hashes (entra-docs
# connect/tshoot-connect-password-hash-synchronization.md), with the connector names filled in as a user would. It runs
# unchanged: New-Object builds the ConfigurationParameter, the connector's GlobalParameters is a keyed collection
# (Remove by name answers False when the parameter was not there, Add appends), Add-ADSyncConnector saves the connector
# and Set-ADSyncAADPasswordSyncConfiguration turns password hash sync off and on. The lab holds no password hashes, so
# it warns that it does not keep the parameter (reference §1.5).
$adConnector  = "contoso.com"
$aadConnector = "contoso.onmicrosoft.com - AAD"
Import-Module adsync
$c = Get-ADSyncConnector -Name $adConnector
$p = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter "Microsoft.Synchronize.ForceFullPasswordSync", String, ConnectorGlobal, $null, $null, $null
$p.Value = 1
$c.GlobalParameters.Remove($p.Name)
$c.GlobalParameters.Add($p)
$c = Add-ADSyncConnector -Connector $c
Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $aadConnector -Enable $false
Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $aadConnector -Enable $true
$p | Format-List Name,InputType,Scope,Value
(Get-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector).Enabled
$c.Name
