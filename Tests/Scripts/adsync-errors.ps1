# adsync-errors: an unknown rule, an unknown connector, an invalid PolicyType (the binder's ValidateSet error) and
# unknown connector-space and metaverse objects give errors and change nothing (reference §1.3, §1.6;
# the module's not-found wordings are unconfirmed)
Get-ADSyncRule -Identifier '00000000-0000-0000-0000-000000000001'
Get-ADSyncConnector -Name 'fabrikam.com'
Start-ADSyncSyncCycle -PolicyType Weekly
Get-ADSyncCSObject -ConnectorName 'fabrikam.com' -DistinguishedName 'CN=x,DC=fabrikam,DC=com'
Get-ADSyncMVObject -Identifier '6f84d2b1-2922-ec11-8d0e-0000000000ff'
try { Remove-ADSyncRule -Identifier 'nope' } catch { $_.Exception.Message }
try { Set-ADSyncScheduler -CustomizedSyncCycleInterval 'soon' } catch { $_.Exception.Message }
(Get-ADSyncRunProfileResult).Count
@(Get-ADSyncRule).Count
