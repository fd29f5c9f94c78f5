# automation-null-value: [System.Management.Automation.Internal.AutomationNull]::Value is no value in a pipeline and $null as a value
[System.Management.Automation.Internal.AutomationNull]::Value
@([System.Management.Automation.Internal.AutomationNull]::Value).Count
@($null).Count
$x = [System.Management.Automation.Internal.AutomationNull]::Value
$null -eq $x
[System.Management.Automation.Internal.AutomationNull].FullName
# As an argument it is $null, which an ActionPreference parameter cannot take.
$arguments = @{ ErrorAction = [System.Management.Automation.Internal.AutomationNull]::Value }
try { Test-Path ./nothing @arguments } catch {
  $_.FullyQualifiedErrorId
  $_.Exception.Message
  $_.Exception.InnerException.pstypenames[0]
  $_.Exception.InnerException.InnerException.pstypenames[0]
  $_.Exception.InnerException.InnerException -is [System.Management.Automation.PSInvalidCastException]
}
try { Test-Path ./nothing -WarningAction $null } catch { $_.FullyQualifiedErrorId }
